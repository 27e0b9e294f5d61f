import type { Token } from '../../schemas/article.js';
import { removeComments } from '../html/remove-comments.js';
import { TOKEN_CLOSE, TOKEN_NAME } from '../html/token-syntax.js';
import { positionOf, type SourceFile } from '../source.js';
import type { Comment } from './comments.js';

/** A token's default is a short placeholder; text past this many characters is not part of it (and nested tokens stay linear). */
const MAX_DEFAULT_SOURCE_CHARS = 2000;

/**
 * Pair `<!--$Name-->` with the next `<!--/$Name-->`. An opening without its closing (or closed under
 * another name) is kept with `closed: false` so the tokens/unclosed rule can point at it.
 * Open tokens are also indexed by name, so a closing finds its opening at once: linear however many.
 */
export function extractTokens(file: SourceFile, comments: readonly Comment[]): Token[] {
  const tokens: Token[] = [];
  const open: Array<{ name: string; comment: Comment }> = [];
  const openByName = new Map<string, number[]>();
  for (const comment of comments) {
    const opening = TOKEN_NAME.exec(comment.body);
    if (opening) {
      const name = opening[1]!;
      open.push({ name, comment });
      const stack = openByName.get(name);
      if (stack) stack.push(open.length - 1);
      else openByName.set(name, [open.length - 1]);
      continue;
    }
    const closing = TOKEN_CLOSE.exec(comment.body);
    if (!closing) continue;
    const index = openByName.get(closing[1]!)?.at(-1);
    if (index === undefined) continue;
    // Everything opened after the matching opening is closed by it too: unclosed (or mismatched) tokens.
    for (let cursor = open.length - 1; cursor >= index; cursor -= 1) {
      const unclosed = open[cursor]!;
      openByName.get(unclosed.name)!.pop();
      if (cursor !== index) tokens.push(unclosedToken(file, unclosed.name, unclosed.comment));
      else tokens.push({
        name: unclosed.name,
        default: removeComments(file.text.slice(unclosed.comment.end, Math.min(comment.start, unclosed.comment.end + MAX_DEFAULT_SOURCE_CHARS))).replace(/\s+/g, ' ').trim(),
        closed: true,
        position: positionOf(file, unclosed.comment.start, comment.end),
      });
    }
    open.length = index;
  }
  for (const unclosed of open) tokens.push(unclosedToken(file, unclosed.name, unclosed.comment));
  return tokens.sort((a, b) => a.position.start.offset - b.position.start.offset);
}

function unclosedToken(file: SourceFile, name: string, comment: Comment): Token {
  return { name, default: '', closed: false, position: positionOf(file, comment.start, comment.end) };
}
