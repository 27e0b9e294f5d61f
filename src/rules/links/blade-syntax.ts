/**
 * The portal opens `data-blade:` links and `#blade/` portal URLs itself; one it cannot route does
 * nothing when clicked, and readers are stuck on the step that needed the blade. The grammar comes from
 * the templates (`data-blade:extensionName.bladeName.nameOfInputParam.valueOfInputParam`) and the 106
 * blade links of the corpus, all of which parse; see `src/links/blade.ts`.
 */
import { distance } from 'fastest-levenshtein';
import { bladeSchemeOf, isBladeLink, parseBladeLink } from '../../links/blade.js';
import { linkVisitors } from '../../links/each-link.js';
import { displayUrl } from '../../links/url.js';
import { defineRule } from '../rule.js';

const dataBladeForm = '`data-blade:Extension.BladeName.parameter.value`';
const fragmentForm = '`#blade/Extension/BladeName/parameter/value`';

/** What comes before the first `:`, lower-cased, when it could be meant as a scheme (`data_blade:`). */
function prefixOf(url: string): string | undefined {
  const trimmed = url.trim();
  const colon = trimmed.indexOf(':');
  if (colon <= 0 || colon > 30) return undefined;
  const prefix = trimmed.slice(0, colon).toLowerCase();
  return /[/?#\s]/.test(prefix) ? undefined : prefix;
}

export const linksBladeSyntax = defineRule({
  meta: {
    id: 'links/blade-syntax',
    description: 'Require portal blade links the portal can route',
    severity: 'error',
    fixable: false,
    messages: {
      malformed: 'Blade link `{url}` {problem}; write it as {form}',
      misspelledScheme: 'Unknown link scheme `{scheme}:`; did you mean `data-blade:`',
    },
  },
  create(context) {
    return linkVisitors(context.file, {
      target({ url, node }) {
        if (isBladeLink(url)) {
          const parsed = parseBladeLink(url);
          if (!('error' in parsed)) return;
          const form = bladeSchemeOf(url) ? dataBladeForm : fragmentForm;
          context.report({ node, messageId: 'malformed', data: { url: displayUrl(url.trim(), 60), problem: parsed.error, form } });
          return;
        }
        const scheme = prefixOf(url);
        if (scheme && scheme !== 'data' && distance(scheme, 'data-blade') <= 2) {
          context.report({ node, messageId: 'misspelledScheme', data: { scheme } });
        }
      },
    });
  },
});
