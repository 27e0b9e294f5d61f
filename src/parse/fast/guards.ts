/**
 * Cheap checks for input the fast reader refuses. Each is a plain scan or a linear regex over one
 * text value, so refusing never costs more than reading.
 */

/** Inline content where GFM may find a literal autolink (`www.`, `http(s)://`, `mailto:`, `xmpp:`, an email `@`). */
export function mayHoldAutolinkLiteral(value: string): boolean {
  if (value.includes('@')) return true;
  if (value.includes('.') && /www\./i.test(value)) return true;
  return value.includes(':') && /https?:|mailto:|xmpp:/i.test(value);
}

/**
 * A text node where mdast-util-gfm-autolink-literal's find-and-replace could still make a link: a
 * `www.`, an `http(s)://`, or an `@` between address characters (emails, `mailto:`, `xmpp:`).
 */
export function transformMayLink(value: string): boolean {
  for (let at = value.indexOf('@'); at !== -1; at = value.indexOf('@', at + 1)) {
    if (isAddressCharacter(value.charCodeAt(at - 1)) && hasDottedLabel(value, at + 1)) return true;
  }
  if (!value.includes('.')) return false;
  // The transform's url pattern starts only where no ASCII letter or digit comes before.
  const urlStart = /https?:\/\/|www\./gi;
  for (let match = urlStart.exec(value); match; match = urlStart.exec(value)) {
    if (!isAsciiAlphanumeric(value.charCodeAt(match.index - 1))) return true;
  }
  return false;
}

const isAsciiAlphanumeric = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** `[\w-]+\.[\w-]` from `start`: the domain the transform's email patterns need after the `@`. */
function hasDottedLabel(value: string, start: number): boolean {
  let index = start;
  while (isLabelCharacter(value.charCodeAt(index))) index++;
  return index > start && value.charCodeAt(index) === 46 && isLabelCharacter(value.charCodeAt(index + 1));
}

const isLabelCharacter = (code: number) => code === 45 || code === 95 || isAsciiAlphanumeric(code);

/** `[\w+\-.]`, what the transform's patterns allow before the `@`. */
const isAddressCharacter = (code: number) => code === 43 || code === 46 || isLabelCharacter(code);

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
