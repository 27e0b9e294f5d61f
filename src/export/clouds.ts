import type { Article } from '../../schemas/article.js';
import type { CloudEnvironment } from '../../schemas/properties.js';

/**
 * Whether an article is shown in a cloud: listed in `cloudEnvironments` and not in `disableClouds`
 * (2 corpus files disable clouds they list). Every corpus file lists its clouds; one that lists none is
 * taken to be public only, the portal's home, rather than published to sovereign clouds by omission.
 */
export function availableIn(article: Pick<Article, 'metadata'>, cloud: CloudEnvironment): boolean {
  const listed = article.metadata.cloudEnvironments ?? [];
  const clouds = listed.length > 0 ? listed : ['public'];
  const disabled = (article.metadata.disableClouds ?? '').split(',').map((name) => name.trim().toLowerCase());
  return clouds.includes(cloud) && !disabled.includes(cloud);
}
