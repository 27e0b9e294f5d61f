/**
 * A properties block the portal's XML reader cannot read loses all of the article's metadata, or quietly
 * takes a wrong value (a quote left open swallows the next attribute). The reader reports where the
 * block breaks and still recovers every attribute it can, so one typo does not hide the rest.
 */
import { propertiesMalformedMessages } from '../../parse/properties-messages.js';
import { defineRule } from '../rule.js';

export const propertiesMalformed = defineRule({
  meta: {
    id: 'properties/malformed',
    description: 'Require a well-formed `<properties … />` block: closed, every value quoted',
    severity: 'error',
    fixable: false,
    reportedBy: 'reader',
    messages: propertiesMalformedMessages,
  },
  create: () => ({}),
});
