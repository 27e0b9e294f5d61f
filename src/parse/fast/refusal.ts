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
