import type { Rule } from '../rule.js';

export const propertiesRules = [] as const satisfies readonly Rule[];
