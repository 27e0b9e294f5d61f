/**
 * Without a `<properties … />` block the portal has no title, type, id or support topics for the file:
 * it cannot be published or found. The reader reports it and the file is rejected.
 */
import { propertiesMissingMessages } from '../../parse/properties-messages.js';
import { defineRule } from '../rule.js';

export const propertiesMissing = defineRule({
  meta: {
    id: 'properties/missing',
    description: 'Require a `<properties … />` metadata block',
    severity: 'error',
    fixable: false,
    reportedBy: 'reader',
    messages: propertiesMissingMessages,
  },
  create: () => ({}),
});
