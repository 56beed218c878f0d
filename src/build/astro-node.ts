/**
 * How `astro build` runs in `npm run build` (src/build/cli.ts) and in `npm run bench`
 * (src/bench/national.ts), the same in both so the bench measures the build that ships.
 *
 * `--max-semi-space-size=64` (MB): V8's young generation grows from its default of 16 MB to 64 MB.
 * Rendering 8,000 pages allocates many short-lived strings; with the default, the garbage
 * collector took 12 % of astro build's CPU on the national corpus (a --cpu-prof of
 * src/bench/astro-build.mjs). Measured there (30 November 2026, load 5–8 from other builds, one
 * run each, wall / user CPU): default 97.3 s / 63.7 s and 97.8 s / 57.6 s; 64 MB 78.3 s / 61.6 s
 * and 72.3 s / 48.6 s. It costs at most 3 × 48 MB more memory at the peak (well inside the 2 GB).
 */
export const ASTRO_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
