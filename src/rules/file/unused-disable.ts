/**
 * A `selfhelp-disable` comment that suppresses nothing hides future problems in its range and misleads
 * readers about what is wrong with the article; ESLint reports the same.
 */
import { defineRule } from '../rule.js';

export const fileUnusedDisable = defineRule({
  meta: {
    id: 'file/unused-disable',
    description: 'Disallow disable directives that suppress nothing',
    severity: 'warning',
    fixable: true,
    messages: { unused: 'Unused disable directive; remove it' },
  },
  // Applied by the engine after all rules ran (it needs their findings): see lint/directives.ts.
  create: () => ({}),
});
