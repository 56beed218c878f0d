/** npm run generate-corpus – the generated national corpus (src/corpus/cli.ts). */
import '../src/corpus/cli';
