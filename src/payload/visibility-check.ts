/**
 * Visibility expressions of a payload's questions against the questions themselves: every id must be a
 * question of the payload, every value one of that question's options (when it has a fixed list).
 */
import { closest, distance } from 'fastest-levenshtein';
import { optionValues, type Question } from './form-elements.js';
import { parseVisibility } from './visibility.js';

export interface VisibilityFinding {
  messageId: 'syntax' | 'unknownId' | 'unknownValue';
  /** The visibility string's JSON pointer and the range of its text to report. */
  pointer: string;
  range: [number, number];
  data: Record<string, string>;
}

export function checkVisibility(questions: readonly Question[]): VisibilityFinding[] {
  const findings: VisibilityFinding[] = [];
  const byId = new Map<string, Question>();
  for (const question of questions) if (question.id && !byId.has(question.id.value)) byId.set(question.id.value, question);
  const ids = [...byId.keys()];
  const valuesOf = new Map<Question, string[] | undefined>();
  for (const question of questions) {
    const visibility = question.visibility;
    if (typeof visibility?.value !== 'string') continue;
    const { pointer } = visibility;
    const parsed = parseVisibility(visibility.value);
    if (!parsed.ok) {
      findings.push({ messageId: 'syntax', pointer, range: parsed.error.range, data: { expression: shorten(visibility.value), reason: lowerFirst(parsed.error.message) } });
      continue;
    }
    for (const comparison of parsed.comparisons) {
      const target = byId.get(comparison.id);
      if (!target) {
        findings.push({ messageId: 'unknownId', pointer, range: comparison.idRange, data: { id: comparison.id, hint: idHint(comparison.id, ids) } });
        continue;
      }
      if (!valuesOf.has(target)) valuesOf.set(target, optionValues(target));
      const values = valuesOf.get(target);
      if (!values || comparison.value === 'null' || values.includes(comparison.value)) continue;
      // `x != dont_know_answer` is a harmless guard authors copy (3 corpus files); it is always true.
      if (comparison.value === 'dont_know_answer' && comparison.operator === '!=') continue;
      const data = { id: comparison.id, value: comparison.value, hint: valueHint(comparison.value, values) };
      findings.push({ messageId: 'unknownValue', pointer, range: comparison.valueRange, data });
    }
  }
  return findings;
}

function idHint(id: string, ids: readonly string[]): string {
  const near = nearest(id, ids);
  return near ? `did you mean \`${near}\`` : 'use the `id` of a question in this payload';
}

function valueHint(value: string, values: readonly string[]): string {
  const near = nearest(value, values);
  if (near) return `did you mean \`${near}\``;
  const listed = values.slice(0, 4).map((option) => `\`${shorten(option)}\``).join(', ');
  return values.length === 0 ? 'add the option or change the expression' : `use one of ${listed}${values.length > 4 ? ', …' : ''}`;
}

/** A candidate differing only in case, or within a third of the length in edits. */
function nearest(word: string, candidates: readonly string[]): string | undefined {
  // Edit distances to thousands of candidates would make one hostile payload slow; real forms have < 100.
  if (candidates.length === 0 || candidates.length > 1000) return undefined;
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === word.toLowerCase());
  if (sameCase) return sameCase;
  const near = closest(word, [...candidates]);
  return distance(word, near) <= Math.max(1, Math.floor(word.length / 3)) ? near : undefined;
}

const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
