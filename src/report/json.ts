/** ESLint's `json` formatter (eslint/eslint: lib/cli-engine/formatters/json.js): the results as they are. */
import type { LintResult } from '../../schemas/report.js';
import type { Formatter } from './results.js';

export const json: Formatter = (results) => JSON.stringify(results);

/**
 * The same text as `json`, in pieces (one result each), so a large run writes its report without ever
 * holding it as one string: for 16,000 files that string alone is tens of megabytes.
 */
export function* jsonChunks(results: readonly LintResult[]): Generator<string> {
  yield '[';
  for (const [index, result] of results.entries()) yield (index === 0 ? '' : ',') + JSON.stringify(result);
  yield ']';
}
