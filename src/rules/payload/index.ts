import type { Rule } from '../rule.js';

export const payloadRules = [] as const satisfies readonly Rule[];
