/** `npm run import:follow-ups -- FILE.csv`: follow-up values from a CSV into the content (src/follow-up/import.ts). */
import { main } from '../src/follow-up/import-cli';

process.exitCode = main(process.argv.slice(2));
