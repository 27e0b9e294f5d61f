import type { Rule } from '../rule.js';

export const tokensRules = [] as const satisfies readonly Rule[];
