// Serves the static export on http://localhost:$PORT (default 3000).
import http from 'node:http';
import { handleStatic } from './static-handler.mjs';

const port = Number(process.env.PORT ?? 3000);
http.createServer(handleStatic).listen(port, () => console.log(`Minimax is being served on http://localhost:${port}`));
