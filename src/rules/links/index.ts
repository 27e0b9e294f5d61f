import { linksAkaMs } from './aka-ms.js';
import { linksBladeSyntax } from './blade-syntax.js';
import { linksDescriptiveText } from './descriptive-text.js';
import { linksEmpty } from './empty.js';
import { linksInsecure } from './insecure.js';
import { linksInternalHost } from './internal-host.js';
import { linksLocale } from './locale.js';
import { linksReviewSite } from './review-site.js';
import { linksUnsafeScheme } from './unsafe-scheme.js';

export const linksRules = [
  linksAkaMs,
  linksBladeSyntax,
  linksDescriptiveText,
  linksEmpty,
  linksInsecure,
  linksInternalHost,
  linksLocale,
  linksReviewSite,
  linksUnsafeScheme,
] as const;
