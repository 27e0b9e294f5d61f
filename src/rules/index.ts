import { fileRules } from './file/index.js';
import { libraryRules } from './library/index.js';
import { linksRules } from './links/index.js';
import { metadataRules } from './metadata/index.js';
import { payloadRules } from './payload/index.js';
import { propertiesRules } from './properties/index.js';
import { structureRules } from './structure/index.js';
import { tokensRules } from './tokens/index.js';
import type { LibraryRule, Rule } from './rule.js';

/** Every per-file rule, sorted by id. */
export const rules: readonly Rule[] = [
  ...fileRules,
  ...linksRules,
  ...metadataRules,
  ...payloadRules,
  ...propertiesRules,
  ...structureRules,
  ...tokensRules,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));

/** Rules over the whole run, on per-file summaries. */
export const libraryWideRules: readonly LibraryRule[] = [...libraryRules];

/** Every rule, per-file and library-wide: what config, docs and `selfhelp rules` list. */
export const allRules: ReadonlyArray<Rule | LibraryRule> = [...rules, ...libraryWideRules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
