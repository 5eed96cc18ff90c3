// Serves the static export the way a CDN would: /learn/x resolves to learn/x.html.
import http from 'node:http';
import handler from 'serve-handler';

const port = Number(process.env.PORT ?? 3000);
const server = http.createServer((req, res) =>
  handler(req, res, {
    public: 'out',
    cleanUrls: true,
    headers: [{ source: '**/*.wasm', headers: [{ key: 'Content-Type', value: 'application/wasm' }] }],
  }),
);
server.listen(port, () => console.log(`Minimax is being served on http://localhost:${port}`));
