import type { Rule } from '../rule.js';
import { structureListDepth } from './list-depth.js';
import { structureMissingH1 } from './missing-h1.js';
import { structureRawHtml } from './raw-html.js';
import { structureSectionHeading } from './section-heading.js';
import { structureTable } from './table.js';
import { structureTooDeep } from './too-deep.js';
import { structureUnsupportedAlert } from './unsupported-alert.js';

export const structureRules = [
  structureListDepth,
  structureMissingH1,
  structureRawHtml,
  structureSectionHeading,
  structureTable,
  structureTooDeep,
  structureUnsupportedAlert,
] as const satisfies readonly Rule[];
