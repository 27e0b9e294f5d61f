/**
 * Turn the scanner's problems into one diagnostic per mistake. A single slip cascades in the scan: a
 * value without a closing quote swallows the next attribute name and leaves its value as stray text; an
 * unquoted value leaves stray words; a quote left open at the end hides the `/>`. Reporting each piece
 * would bury the one place the author must edit, so the follow-on problems are dropped here.
 */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { diagnosticAt } from '../diagnostics.js';
import { positionOf, type SourceFile } from '../source.js';
import type { ScannedAttribute, ScannedBlock, ScanProblem } from './properties-scanner.js';
import { fillTemplate, propertiesMalformedMessages, type MalformedMessageId } from './properties-messages.js';

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
const isNameChar = (code: number) => !Number.isNaN(code) && !isSpace(code) && ![61, 47, 62, 34, 39, 60].includes(code);

export function malformedDiagnostic(
  file: SourceFile,
  messageId: MalformedMessageId,
  data: Record<string, string>,
  start: number,
  end: number,
): Diagnostic {
  const message = fillTemplate(propertiesMalformedMessages[messageId], data);
  return { ...diagnosticAt('properties/malformed', 'error', message, positionOf(file, start, end)), messageId };
}

/** Diagnostics for the scan, one per mistake, in file order (the unclosed block last). */
export function scanDiagnostics(file: SourceFile, scanned: ScannedBlock): Diagnostic[] {
  const { text } = file;
  const swallowing = scanned.attributes.filter((attribute) => swallowsNextName(text, attribute));
  const found: Array<{ problem: ScanProblem; attribute?: ScannedAttribute }> = [
    ...scanned.problems.map((problem) => ({ problem })),
    ...swallowing.map((attribute) => ({
      attribute,
      problem: { kind: 'unclosed-quote' as const, offset: attribute.valueStart - 1, text: attribute.name },
    })),
  ].sort((a, b) => a.problem.offset - b.problem.offset);
  // Stray text after an unquoted value, a swallowing value or a name without `=` is the same mistake.
  // Both lists are in file order, so one pointer finds the next attribute: linear however broken the block.
  let quietUntil = -1;
  let next = 0;
  const kept = found.filter(({ problem, attribute }) => {
    if (problem.kind === 'stray-text' && problem.offset < quietUntil) return false;
    if (problem.kind === 'missing-quote' || attribute || isStrayName(problem)) {
      while (next < scanned.attributes.length && scanned.attributes[next]!.start <= problem.offset) next += 1;
      quietUntil = scanned.attributes[next]?.start ?? scanned.end + 1;
    }
    return true;
  });
  const hasOpenQuote = kept.some(({ problem }) => problem.kind === 'unclosed-quote');
  return kept
    .filter(({ problem }) => !(problem.kind === 'unclosed-block' && hasOpenQuote))
    .sort((a, b) => Number(a.problem.kind === 'unclosed-block') - Number(b.problem.kind === 'unclosed-block'))
    .map(({ problem }) => problemDiagnostic(file, scanned, problem));
}

function problemDiagnostic(file: SourceFile, scanned: ScannedBlock, problem: ScanProblem): Diagnostic {
  const { text } = file;
  switch (problem.kind) {
    case 'unclosed-block':
      return malformedDiagnostic(file, 'unclosedBlock', {}, problem.offset, Math.max(scanned.end, problem.offset + problem.text.length));
    case 'unclosed-quote':
      return malformedDiagnostic(file, 'unclosedQuote', { name: problem.text }, problem.offset, lineEnd(text, problem.offset));
    case 'missing-quote':
      return malformedDiagnostic(file, 'missingQuote', { name: problem.text }, problem.offset, wordEnd(text, problem.offset));
    case 'stray-text': {
      const messageId = isStrayName(problem) ? 'missingValue' : 'strayText';
      return malformedDiagnostic(file, messageId, { name: problem.text, text: problem.text }, problem.offset, problem.offset + problem.text.length);
    }
  }
}

/** A word where an attribute was expected (`selfHelpType "generic"`), not punctuation. */
const isStrayName = (problem: ScanProblem) => problem.kind === 'stray-text' && /^[A-Za-z_]/.test(problem.text);

/**
 * `pageTitle="Title⏎ description="Text"`: the value runs on to the next attribute's opening quote, so it
 * ends with white space, a name and `=`, and the text after its "closing" quote is not a separator.
 */
function swallowsNextName(text: string, attribute: ScannedAttribute): boolean {
  const after = text.charCodeAt(attribute.end);
  if (Number.isNaN(after) || isSpace(after) || after === 47 || after === 62) return false;
  let index = attribute.valueEnd;
  while (index > attribute.valueStart && isSpace(text.charCodeAt(index - 1))) index -= 1;
  if (text.charCodeAt(index - 1) !== 61) return false;
  index -= 1;
  while (index > attribute.valueStart && isSpace(text.charCodeAt(index - 1))) index -= 1;
  const nameEnd = index;
  while (index > attribute.valueStart && isNameChar(text.charCodeAt(index - 1))) index -= 1;
  return index < nameEnd && index > attribute.valueStart && isSpace(text.charCodeAt(index - 1));
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline === -1 ? text.length : newline;
  return end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function wordEnd(text: string, from: number): number {
  let index = from;
  while (index < text.length && !isSpace(text.charCodeAt(index)) && !text.startsWith('/>', index)) index += 1;
  return Math.max(index, from + 1);
}
