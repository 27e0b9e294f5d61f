/**
 * Where sentences start in a short text such as a title: after `.`, `!` or `?`, white space, then a
 * capital letter or digit, unless the period ends an abbreviation. A linear scan, no regex over the text.
 */
const abbreviations = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'no', 'inc', 'ltd', 'ver', 'min', 'max']);
const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r';

/** Offsets in the title where a new sentence starts (`… failed. Restart …`, `… match? Check …`). */
export function sentenceBreaks(title: string): number[] {
  const breaks: number[] = [];
  for (let index = 0; index < title.length; index += 1) {
    const char = title[index]!;
    if (char !== '.' && char !== '!' && char !== '?') continue;
    if (!isSpace(title[index + 1])) continue;
    let next = index + 1;
    while (isSpace(title[next])) next += 1;
    const following = title[next];
    if (following === undefined || !/[\p{Lu}\p{Nd}]/u.test(following)) continue;
    if (char === '.' && isAbbreviation(title, index)) continue;
    breaks.push(next);
  }
  return breaks;
}

/** `e.g.`, `etc.`, a single initial (`J.`), or a dotted acronym (`U.S.`) before the period. */
function isAbbreviation(title: string, period: number): boolean {
  let start = period;
  while (start > 0 && !isSpace(title[start - 1])) start -= 1;
  const word = title.slice(start, period).toLowerCase();
  return word.length <= 1 || word.includes('.') || abbreviations.has(word);
}

