// The one way we serve out/: as a CDN would, with gzip and clean URLs (/learn/x → learn/x.html).
import compression from 'compression';
import serveHandler from 'serve-handler';

const compress = compression();
const options = {
  public: 'out',
  cleanUrls: true,
  headers: [{ source: '**/*.wasm', headers: [{ key: 'Content-Type', value: 'application/wasm' }] }],
};

export function handleStatic(req, res) {
  compress(req, res, () => serveHandler(req, res, options));
}
