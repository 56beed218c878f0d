/**
 * The reference checker: no broken goal reference can be published (issue #3).
 *
 *   npm run check                          check ./content (or $CATALOGUE_CONTENT_DIR)
 *   tsx scripts/check-references.ts DIR    check another content folder
 *   … --format json                        machine-readable { findings, summary }
 *
 * Load → find issues → report; the pieces live in scripts/lib/check/ (rules.ts lists every rule).
 * Exit 0 when clean (warnings allowed), 1 when errors were found, 2 when the checker failed.
 */
import { main } from './lib/check/cli';

process.exitCode = main(process.argv.slice(2));
