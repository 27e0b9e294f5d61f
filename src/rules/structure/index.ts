import type { Rule } from '../rule.js';

export const structureRules = [] as const satisfies readonly Rule[];
