/** The import assistant measured against the hand transcription (src/import/bench/cli.ts). */
import { main } from '../src/import/bench/cli';

process.exitCode = await main(process.argv.slice(2));
