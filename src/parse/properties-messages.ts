/**
 * What the reader says about a missing or broken `<properties>` block. The rule modules
 * (`properties/missing`, `properties/malformed`) show the same templates, so docs and output agree.
 */
export const propertiesMissingMessages = {
  missing: 'No `<properties … />` block; start the article with its metadata block from the template',
} as const;

export const propertiesMalformedMessages = {
  unclosedBlock: 'The properties block is not closed; end it with `/>` before the title',
  emptyUnclosedBlock: 'The properties block is not closed and holds no attributes; write name="value" pairs, then `/>`',
  closedWithGt: 'The properties block ends with `>`; end it with `/>`',
  unclosedQuote: 'The value of `{name}` has no closing quote; end it with the quote it opens with',
  missingQuote: 'The value of `{name}` is not quoted; write {name}="value"',
  missingValue: 'Attribute `{name}` has no value; write {name}="value"',
  strayText: 'Unexpected `{text}` in the properties block; write attributes as name="value"',
  noSpace: 'No space before `{name}`; separate attributes with a space',
  invalidName: '`{name}` is not a valid attribute name; use letters, digits, `.`, `-` and `_`',
  notWellFormed: 'The properties block is not well-formed ({detail}); write attributes as name="value"',
} as const;

export type MalformedMessageId = keyof typeof propertiesMalformedMessages;

/** Fill `{name}` placeholders (the lint engine does the same for rules). */
export const fillTemplate = (template: string, data: Record<string, string> = {}): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => data[name] ?? match);
