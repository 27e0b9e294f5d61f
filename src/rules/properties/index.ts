import type { Rule } from '../rule.js';
import { propertiesCase } from './case.js';
import { propertiesDuplicate } from './duplicate.js';
import { propertiesMalformed } from './malformed.js';
import { propertiesMissing } from './missing.js';
import { propertiesUnknown } from './unknown.js';

export const propertiesRules = [
  propertiesCase,
  propertiesDuplicate,
  propertiesMalformed,
  propertiesMissing,
  propertiesUnknown,
] as const satisfies readonly Rule[];
