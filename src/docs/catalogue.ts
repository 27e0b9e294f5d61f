import { z } from 'zod';
import type { LibraryRule, Rule } from '../rules/rule.js';

/**
 * The rule catalogue table (docs/rules/README.md), generated from rule metadata so that severities,
 * fixability and descriptions cannot drift from the code.
 */
export function renderCatalogue(rules: ReadonlyArray<Rule | LibraryRule>): string {
  const rows = rules.map((rule) => {
    const { id, description, severity, fixable, recommended } = rule.meta;
    const level = recommended === false ? 'off' : severity;
    return `| [\`${id}\`](${id}.md) | ${level} | ${fixable ? 'yes' : ''} | ${description} |`;
  });
  return [
    '# Rules',
    '',
    'Generated from the rules\' metadata by `npm run docs`; do not edit by hand.',
    'Severity is the default in the `recommended` preset (`strict` turns every rule on as an error).',
    '',
    '| rule | severity | fixable | description |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** The generated part of a rule's doc page: options (from its zod schema) and whether it fixes. */
export function renderGeneratedSection(rule: Rule | LibraryRule): string {
  const lines = ['<!-- generated: do not edit below -->', '', `- Default severity: ${rule.meta.recommended === false ? 'off' : rule.meta.severity}`, `- Fixable: ${rule.meta.fixable ? 'yes (`selfhelp validate --fix`)' : 'no'}`];
  if (rule.meta.appliesTo) lines.push(`- Applies to: ${rule.meta.appliesTo.map((type) => `\`${type}\``).join(', ')}`);
  if (rule.meta.options) lines.push('', 'Options (JSON Schema):', '', '```json', JSON.stringify(z.toJSONSchema(rule.meta.options), null, 2), '```');
  return `${lines.join('\n')}\n`;
}
