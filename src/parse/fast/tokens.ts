import markdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/** markdown-it's own Token class, whose methods (attrGet, attrPush, …) every token keeps. */
const MarkdownItToken = new (markdownIt().core.State)('', markdownIt(), {}).Token;

/**
 * A markdown-it token with its fields set by plain assignment. markdown-it 15's build sets each field
 * through a defineProperty helper (four calls per field, a tenth of the fast reader's time); this is
 * otherwise the same object on the same prototype.
 */
class PlainToken {
  type: string;
  tag: string;
  attrs = null;
  map = null;
  nesting: -1 | 0 | 1;
  level = 0;
  children = null;
  content = '';
  markup = '';
  info = '';
  meta = null;
  block = false;
  hidden = false;

  constructor(type: string, tag: string, nesting: -1 | 0 | 1) {
    this.type = type;
    this.tag = tag;
    this.nesting = nesting;
  }
}
Object.setPrototypeOf(PlainToken.prototype, MarkdownItToken.prototype);

export const makeToken = (type: string, tag: string, nesting: -1 | 0 | 1): Token => new PlainToken(type, tag, nesting) as unknown as Token;

/** The class to hand markdown-it where it constructs tokens itself (`new state.Token(…)`). */
export const TokenClass = PlainToken as unknown as typeof MarkdownItToken;
