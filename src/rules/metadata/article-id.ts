/**
 * articleId is how the portal, other articles and diagnose-and-solve menus find an article; the
 * templates ask for a GUID. Many types use readable ids on purpose (servicehealthinsights, rca,
 * advisorRecommendationMetadata, problemScopingQuestions, 273 generic files; tsg-content.md allows
 * "article name OR GUID"), so a readable id is accepted there. Reported everywhere: a GUID with a typo
 * (`02cfb5ef-z9b0-…`, a truncated GUID) and the templates' placeholders (`newGuid`, `<…>`).
 * Where every template and corpus file uses a GUID, anything else is reported.
 */
import type { SelfHelpType } from '../../../schemas/properties.js';
import { isBrokenGuid, isGuid } from '../../metadata/ids.js';
import { findAttribute } from '../../properties/attributes.js';
import { defineRule } from '../rule.js';

/** Types whose template asks for a GUID and whose corpus files all have one (Apollo 10, TSG_Description 7, tools 2, TSG_Questions 2). */
const guidTypes: ReadonlySet<SelfHelpType> = new Set<SelfHelpType>(['Apollo', 'TSG_Description', 'tools', 'TSG_Questions']);

const isPlaceholder = (value: string): boolean => value.toLowerCase() === 'newguid' || value.includes('<') || value.includes('>');

export const metadataArticleId = defineRule({
  meta: {
    id: 'metadata/article-id',
    description: 'Require a well-formed articleId: a GUID, or a readable id where the type allows one',
    severity: 'error',
    fixable: false,
    messages: {
      placeholder: 'articleId `{value}` is a template placeholder; replace it with a new GUID',
      brokenGuid: 'articleId `{value}` is not a valid GUID (8-4-4-4-12 hex digits); fix it or generate a new one',
      notGuid: 'articleId `{value}` is not a GUID; {type} articles need a GUID, so generate one',
      suspicious: 'articleId `{value}` looks like a mistake ({reason}); use a GUID or a readable slug',
    },
  },
  create(context) {
    return {
      'file:exit'() {
        const attribute = findAttribute(context.file.properties.block, 'articleId');
        const value = attribute?.value.trim() ?? '';
        if (!attribute || value === '' || isGuid(value)) return;
        const type = context.file.article.selfHelpType;
        const node = { position: attribute.valuePosition };
        if (isPlaceholder(value)) context.report({ node, messageId: 'placeholder', data: { value } });
        else if (isBrokenGuid(value)) context.report({ node, messageId: 'brokenGuid', data: { value } });
        else if (type !== null && guidTypes.has(type)) context.report({ node, messageId: 'notGuid', data: { value, type } });
        // Readable ids are fine, but a bare number (a support topic id pasted in: 7 corpus files) or one
        // with spaces (1 file) cannot be told from a slip; a warning, as the article still works.
        else if (/^\d+$/.test(value)) context.report({ node, messageId: 'suspicious', data: { value, reason: 'only digits' }, severity: 'warning' });
        else if (/\s/.test(value)) context.report({ node, messageId: 'suspicious', data: { value, reason: 'it contains spaces' }, severity: 'warning' });
      },
    };
  },
});
