import type { IncomingMessage, ServerResponse } from 'node:http';
/** Serves out/ with gzip, clean URLs and the headers in out/_headers, as a CDN would. */
export function handleStatic(req: IncomingMessage, res: ServerResponse): void;
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}
/** Parses the `_headers` format (Netlify, Cloudflare Pages). */
export function parseHeadersFile(text: string): HeaderRule[];
/** The headers that the rules give a request path. */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][];
