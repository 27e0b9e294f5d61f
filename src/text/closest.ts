import { distance } from 'fastest-levenshtein';

export interface ClosestOptions {
  /** How both sides are compared; default: lower-case, without spaces, `_`, `-` and `.`. */
  fold?: (value: string) => string;
  /** Also suggest a candidate that contains the value, or is contained in it (`health` → `servicehealthinsights`). */
  matchContained?: boolean;
}

const defaultFold = (value: string): string => value.toLowerCase().replace(/[\s_.-]+/g, '');

/** Edits allowed before a near value stops looking like a typo: 1 for short words, up to 3 for long ones. */
const maxEdits = (length: number): number => Math.max(1, Math.min(3, Math.floor(length / 4)));

/**
 * The candidate a mistyped value most likely meant, for "did you mean" messages; undefined when no
 * candidate is close enough. Ties go to the earlier candidate, so callers list the common ones first.
 */
export function closestMatch(value: string, candidates: readonly string[], options: ClosestOptions = {}): string | undefined {
  const fold = options.fold ?? defaultFold;
  const wanted = fold(value);
  if (wanted === '') return undefined;
  let best: { candidate: string; edits: number } | undefined;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    if (folded === wanted) return candidate;
    const edits = distance(wanted, folded);
    if (edits <= maxEdits(Math.min(wanted.length, folded.length)) && (!best || edits < best.edits)) best = { candidate, edits };
  }
  if (best) return best.candidate;
  if (!options.matchContained || wanted.length < 4) return undefined;
  return candidates.find((candidate) => {
    const folded = fold(candidate);
    return folded.includes(wanted) || wanted.includes(folded);
  });
}
