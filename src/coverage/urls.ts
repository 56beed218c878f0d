/** The addresses of the coverage pages and files. */

/** The coverage overview: every municipality × theme. */
export const overviewUrl = () => '/overblik/';
/** The coverage counts as data. */
export const coverageDataUrl = (format: 'json' | 'csv') => `/data/coverage.${format}`;
