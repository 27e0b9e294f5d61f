/**
 * pageTitle is the title customers see in search results and support-request suggestions: one short
 * sentence, no full stop (the templates' titles have none; 61 of the 2,006 corpus titles end with one).
 * servicehealthinsights is left out: its pageTitle is the health message itself, written as sentences
 * (33 of its 50 corpus files).
 */
import { findAttribute } from '../../properties/attributes.js';
import { positionOf } from '../../source.js';
import { sentenceBreaks } from '../../text/sentences.js';
import { defineRule } from '../rule.js';

export const metadataPageTitle = defineRule({
  meta: {
    id: 'metadata/page-title',
    description: 'Require a pageTitle of one sentence without a trailing period',
    severity: 'warning',
    fixable: false,
    messages: {
      empty: 'pageTitle is empty; give the article a short, one-sentence title',
      sentences: 'pageTitle has {count} sentences; keep one short sentence and move the rest to description',
      trailingPeriod: 'pageTitle ends with a period; remove it',
    },
  },
  create(context) {
    return {
      'file:exit'() {
        const { file, properties, article } = context.file;
        const attribute = findAttribute(properties.block, 'pageTitle');
        if (!attribute || article.selfHelpType === 'servicehealthinsights') return;
        const title = attribute.value.trim();
        if (title === '') {
          context.report({ node: { position: attribute.valuePosition }, messageId: 'empty' });
          return;
        }
        const breaks = sentenceBreaks(title);
        if (breaks.length > 0) {
          context.report({ node: { position: attribute.valuePosition }, messageId: 'sentences', data: { count: breaks.length + 1 } });
          return;
        }
        if (!title.endsWith('.') || title.endsWith('..')) return;
        // Point at the period as written; the value may end in an entity such as `&#xD;` after it.
        const raw = file.text.slice(attribute.valuePosition.start.offset, attribute.valuePosition.end.offset);
        const period = raw.lastIndexOf('.');
        const offset = attribute.valuePosition.start.offset + period;
        const position = period === -1 ? attribute.valuePosition : positionOf(file, offset, offset + 1);
        context.report({ node: { position }, messageId: 'trailingPeriod' });
      },
    };
  },
});
