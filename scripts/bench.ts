/** npm run bench – the national-scale build benchmark (src/bench/national.ts). */
import '../src/bench/national';
