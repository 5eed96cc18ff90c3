import type { IncomingMessage, ServerResponse } from 'node:http';
/** Serves out/ with gzip and clean URLs, as a CDN would. */
export function handleStatic(req: IncomingMessage, res: ServerResponse): void;
