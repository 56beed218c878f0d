/** The import assistant: drafts content files from a PDF or text file (src/import/cli.ts). */
import { main } from '../src/import/cli';

process.exitCode = await main(process.argv.slice(2));
