/** npm run bench:search – the search benchmark (src/bench/search.ts). */
import '../src/bench/search';
