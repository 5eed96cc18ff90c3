import { retiringServiceWorker } from '@/lib/offline/retire';

// A route only under `next dev` (the `.dev.ts` extension, next.config.mjs): the built site's
// /sw.js is written by scripts/build-sw.ts, and this one retires it (lib/offline/retire.ts).
export const dynamic = 'force-static';

export function GET() {
  return new Response(retiringServiceWorker, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' },
  });
}
