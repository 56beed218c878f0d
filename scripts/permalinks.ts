/** `npm run permalinks:check|update`: the permalink lock (src/permalinks/; usage in src/permalinks/cli.ts). */
import { main } from '../src/permalinks/cli';

process.exitCode = main(process.argv.slice(2));
