/** npm run screenshots – screenshots of the built site (src/dev/screenshots.ts). */
import '../src/dev/screenshots';
