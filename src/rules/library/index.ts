import type { LibraryRule } from '../rule.js';

export const libraryRules = [] as const satisfies readonly LibraryRule[];
