import type { Article } from '../../schemas/article.js';
import type { FileSummary } from '../rules/rule.js';
import { collectReferences } from './references.js';

/** The few facts library-wide rules need, so they never hold full models. */
export function summarize(article: Article): FileSummary {
  const attribute = (key: string) => article.properties.attributes.find((entry) => entry.key === key);
  const idAttribute = attribute('articleId');
  const orderAttribute = attribute('displayOrder');
  const fileName = article.source.slice(article.source.lastIndexOf('/') + 1).toLowerCase();
  const summary: FileSummary = {
    source: article.source,
    fileName,
    selfHelpType: article.selfHelpType,
    clouds: article.metadata.cloudEnvironments ?? [],
    references: collectReferences(article),
  };
  if (article.metadata.service) summary.service = article.metadata.service;
  const id = article.metadata.articleId?.trim();
  if (id && idAttribute) summary.articleId = { value: id, position: idAttribute.valuePosition };
  const order = article.metadata.displayOrder;
  if (typeof order === 'number' && orderAttribute) summary.displayOrder = { value: order, position: orderAttribute.valuePosition };
  return summary;
}
