/** npm run schemas – the JSON Schema files (src/open-data/schemas-cli.ts). */
import '../src/open-data/schemas-cli';
