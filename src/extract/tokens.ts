import type { Token } from '../../schemas/article.js';
import { removeComments } from '../html/render.js';
import { TOKEN_CLOSE, TOKEN_NAME } from '../html/token-syntax.js';
import { positionOf, type SourceFile } from '../source.js';
import type { Comment } from './comments.js';

/**
 * Pair `<!--$Name-->` with the next `<!--/$Name-->`. An opening without its closing (or closed under
 * another name) is kept with `closed: false` so the tokens/unclosed rule can point at it.
 */
export function extractTokens(file: SourceFile, comments: readonly Comment[]): Token[] {
  const tokens: Token[] = [];
  const open: Array<{ name: string; comment: Comment }> = [];
  for (const comment of comments) {
    const opening = TOKEN_NAME.exec(comment.body);
    if (opening) {
      open.push({ name: opening[1]!, comment });
      continue;
    }
    const closing = TOKEN_CLOSE.exec(comment.body);
    if (!closing) continue;
    const index = findLastIndex(open, (entry) => entry.name === closing[1]);
    if (index === -1) continue;
    for (const unclosed of open.splice(index)) {
      if (unclosed.name !== closing[1]) tokens.push(unclosedToken(file, unclosed.name, unclosed.comment));
      else tokens.push({
        name: unclosed.name,
        default: removeComments(file.text.slice(unclosed.comment.end, comment.start)).replace(/\s+/g, ' ').trim(),
        closed: true,
        position: positionOf(file, unclosed.comment.start, comment.end),
      });
    }
  }
  for (const unclosed of open) tokens.push(unclosedToken(file, unclosed.name, unclosed.comment));
  return tokens.sort((a, b) => a.position.start.offset - b.position.start.offset);
}

function unclosedToken(file: SourceFile, name: string, comment: Comment): Token {
  return { name, default: '', closed: false, position: positionOf(file, comment.start, comment.end) };
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if (predicate(items[index]!)) return index;
  return -1;
}
