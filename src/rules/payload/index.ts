import type { Rule } from '../rule.js';
import { payloadJsonSyntax } from './json-syntax.js';
import { payloadMissing } from './missing.js';
import { payloadSchema } from './schema.js';
import { payloadVisibility } from './visibility.js';

export const payloadRules = [payloadJsonSyntax, payloadMissing, payloadSchema, payloadVisibility] as const satisfies readonly Rule[];
