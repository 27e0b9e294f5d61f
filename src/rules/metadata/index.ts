import type { Rule } from '../rule.js';
import { metadataArticleId } from './article-id.js';
import { metadataCloudEnvironment } from './cloud-environment.js';
import { metadataPageTitle } from './page-title.js';
import { metadataProductId } from './product-id.js';
import { metadataRequired } from './required.js';
import { metadataSelfHelpType } from './self-help-type.js';
import { metadataSupportTopicId } from './support-topic-id.js';

export const metadataRules = [
  metadataArticleId,
  metadataCloudEnvironment,
  metadataPageTitle,
  metadataProductId,
  metadataRequired,
  metadataSelfHelpType,
  metadataSupportTopicId,
] as const satisfies readonly Rule[];
