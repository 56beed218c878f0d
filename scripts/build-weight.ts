/** the page-weight step over a built site (part of npm run build) (src/weight/cli.ts). */
import '../src/weight/cli';
