import type { Rule } from '../rule.js';

export const metadataRules = [] as const satisfies readonly Rule[];
