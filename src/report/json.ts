/** ESLint's `json` formatter (eslint/eslint: lib/cli-engine/formatters/json.js): the results as they are. */
import type { Formatter } from './results.js';

export const json: Formatter = (results) => JSON.stringify(results);
