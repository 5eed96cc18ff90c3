/** Serves out/ on a free local port for the browser benchmarks, exactly as scripts/serve.mjs does. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleStatic } from '../scripts/static-handler.mjs';

export async function serveOut(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(handleStatic);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
