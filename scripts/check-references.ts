/** `npm run check`: the reference checker (src/checker/; usage in src/checker/cli.ts). */
import { main } from '../src/checker/cli';

process.exitCode = main(process.argv.slice(2));
