/**
 * Cheap checks for input the fast reader refuses. Each is a plain scan or a linear regex over one
 * text value, so refusing never costs more than reading.
 */

/** Text where GFM would find a literal autolink (`www.`, `http(s)://`, `mailto:`, `xmpp:`, an email `@`). */
export function mayHoldAutolinkLiteral(value: string): boolean {
  if (value.includes('@')) return true;
  if (value.includes('.') && /www\./i.test(value)) return true;
  return value.includes(':') && /https?:|mailto:|xmpp:/i.test(value);
}

/** YAML frontmatter opens with `---` at the very start; remark-frontmatter reads it, markdown-it does not. */
export function mayOpenFrontmatter(markdown: string): boolean {
  return markdown.startsWith('---');
}

/**
 * A tab after a line's leading `>` markers: micromark expands it to spaces where the quote marker
 * consumes part of it, markdown-it keeps the tab in values.
 */
export function hasTabInLinePrefix(markdown: string): boolean {
  for (let tab = markdown.indexOf('\t'); tab !== -1; tab = markdown.indexOf('\t', tab + 1)) {
    let index = tab - 1;
    let quoted = false;
    for (; index >= 0 && isPrefixCharacter(markdown.charCodeAt(index)); index--) {
      if (markdown.charCodeAt(index) === 62) quoted = true;
    }
    const atLineStart = index < 0 || markdown.charCodeAt(index) === 10 || markdown.charCodeAt(index) === 13;
    if (atLineStart && quoted) return true;
  }
  return false;
}

const isPrefixCharacter = (code: number) => code === 32 || code === 9 || code === 62;
