/** the search index over a built site (part of npm run build) (src/search/cli.ts). */
import '../src/search/cli';
