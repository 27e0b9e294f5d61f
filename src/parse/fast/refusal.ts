/**
 * Thrown inside the fast reader when the input uses something it cannot reproduce exactly as remark
 * does; `parseMarkdownFast` turns it into `undefined` so the caller parses with remark instead.
 * An exception keeps the many small checks deep in the conversion one line each.
 */
export class Refusal extends Error {
  constructor(readonly reason: string) {
    super(`fast markdown reader refuses: ${reason}`);
  }
}

export function refuse(reason: string): never {
  throw new Refusal(reason);
}

/**
 * Thrown where micromark closes a top-level list that markdown-it continues: after `line` (0-based),
 * micromark starts afresh. `parseMarkdownFast` then reads the text before and after apart.
 */
export class SplitAfter extends Error {
  constructor(readonly line: number) {
    super(`fast markdown reader splits after line ${line + 1}`);
  }
}
