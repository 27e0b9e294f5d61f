import type { Rule } from '../rule.js';
import { tokensIssueDescription } from './issue-description.js';
import { tokensUnclosed } from './unclosed.js';

export const tokensRules = [tokensIssueDescription, tokensUnclosed] as const satisfies readonly Rule[];
