/**
 * Some article types are nothing but their JSON payload: the questions of a problem-scoping form, an
 * advisor recommendation's card, a support-topic list, a diagnose-and-solve menu. Without the payload
 * the portal has nothing to show. Every corpus file of these types has one (373 problemScopingQuestions,
 * 82 advisorRecommendationMetadata, 21 supportTopicDescription, 4 diagnoseandsolve, 2 TSG_Questions);
 * `tools` is not listed: its template and both corpus files are plain markdown.
 */
import { defineRule } from '../rule.js';

export const payloadMissing = defineRule({
  meta: {
    id: 'payload/missing',
    description: 'Require a JSON payload for article types that are defined by one',
    severity: 'error',
    fixable: false,
    appliesTo: ['problemScopingQuestions', 'advisorRecommendationMetadata', 'supportTopicDescription', 'diagnoseandsolve', 'TSG_Questions'],
    messages: {
      missing: 'A `{type}` article needs a JSON payload; add it between two `---` lines after the H1',
    },
  },
  create(context) {
    return {
      'file:exit': () => {
        const { article, payload } = context.file;
        if (payload || !article.selfHelpType) return;
        const typeAttribute = article.properties.attributes.find((attribute) => attribute.key === 'selfHelpType');
        const node = article.titlePosition ? { position: article.titlePosition } : typeAttribute ? { position: typeAttribute.valuePosition } : undefined;
        if (node) context.report({ node, messageId: 'missing', data: { type: article.selfHelpType } });
      },
    };
  },
});
