/** `npm run serve` / `node scripts/serve.mjs [dir] [port]`: serves a built site (src/serve/server.mjs). */
import { main } from '../src/serve/server.mjs';

await main(process.argv.slice(2));
