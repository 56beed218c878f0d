/** npm run build – the all-or-nothing build (src/build/cli.ts). */
import '../src/build/cli';
