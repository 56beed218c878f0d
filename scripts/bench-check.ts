/** npm run bench:check – the checker benchmark (src/bench/check.ts). */
import '../src/bench/check';
