/**
 * The fast reader (markdown-it → mdast) must give remark's exact tree, positions included, or refuse.
 * Each case is written for one construct; equality is checked against remark itself, never against
 * a stored copy of either output.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFast } from '../../src/parse/fast/index.js';
import { firstDifference, remarkOracle } from '../helpers/remark-oracle.js';

const same: Array<[name: string, markdown: string]> = [
  ['ATX headings, closing hashes and trailing blanks', '# Title\n\n## Second ##  \n\n###\n'],
  ['setext headings', 'Top line\nsecond line\n===\n\nSub\n---  \n'],
  ['paragraphs with soft breaks and trailing spaces', 'one\ntwo \nthree\t\n\nnext'],
  ['hard breaks from spaces and from a backslash', 'spaces  \nbackslash\\\nend'],
  ['hard break inside a list item', '- first  \n  second\n'],
  ['nested tight bullet list', '- a\n- b\n  - c\n  - d\n- e\n'],
  ['loose list (blank line between items)', '- a\n\n- b\n'],
  ['item with two paragraphs (spread item, tight list)', '- a\n\n  b\n- c\n'],
  ['ordered list with start and a second list', '3. three\n4. four\n\n\n1) other\n'],
  ['blockquote with lazy line and trailing marker line', '> quoted\nlazy\n>\n\nafter'],
  ['alert-style blockquote', '> [!NOTE]\n> Read this first.\n'],
  ['fenced code with info and meta, indented fence', '  ```js title="x"\n  let a = 1;\n   b\n  ```  \n\n~~~\nplain\n~~~\n'],
  ['fence with only blanks as info', '``` \ncode\n```\n'],
  ['indented code with an inner blank line', '    line one\n\n    line two\n\ntext'],
  ['html block with indentation', '  <div class="x">\n  inside  \n</div>\n\nafter'],
  ['token comments and inline html', 'Use <!--$Token-->default<!--/$Token--> here<br>and <a href="https://example.com">there</a>.'],
  ['strong alone in a paragraph', '**Bold heading line**\n\nText'],
  ['emphasis and strong nesting', '*a **b** c* and ***both*** and _under_'],
  ['links with titles, images, inline code', '[text](https://example.com/a "Title") ![alt *x*](img.png \'t\') `code` and `` a`b ``'],
  ['escapes and entities', 'a \\* b \\_ c &amp; &copy; &#35; &#x41; &bogus;'],
  ['GFM table with alignment', '| Left | Right | Center | None |\n|:-----|------:|:------:|------|\n| a | b | c | d |\n'],
  ['table without outer pipes and a short row', 'a | b\n--|--\nc\n'],
  ['table with an escaped pipe and code', '| x | y |\n|---|---|\n| a \\| b | `c` |\n'],
  ['table with an escaped pipe inside code', '| x | y |\n|---|---|\n| `a \\| b` | c |\n'],
  ['strikethrough with two tildes', 'keep ~~this~~ and **~~that~~**'],
  ['angle-bracket autolinks', 'See <https://example.com/path?q=1> or <mailto:me@example.com>.'],
  ['CRLF line endings', '# Title\r\n\r\nLine one\r\nline two  \r\nthree\r\n\r\n- a\r\n- b\r\n\r\n```\r\ncode\r\nmore\r\n```\r\n'],
  ['mixed line endings (LF, CRLF, CR) kept as written in values', 'one\r\ntwo\nthree\rfour\n\n```\r\ncode\nmore\r\n```\n\n    indented\r\n    code\n\n<div>\r\nhtml\n</div>\n\n`span\r\nover\nlines` ![alt\nover\r\nlines](i.png)\r\n'],
  ['regions blanked to spaces (properties block and payload)', '                    \n          \n# Body\n\nText\n\n          \n      \n'],
  ['link inside emphasis and a lone asterisk', '*see [here](u)* and a * b'],
  ['thematic breaks', '***\n\n- - -\n\n___  \n'],
  ['a lone single tilde beside strikethrough (no partner in either reader)', 'about ~5 minutes, ~~not this~~'],
  ['strong runs of one length beside punctuation', '**Why?**<br>and **(this)**.'],
  ['lazy indented line without code or html', '1. first\n second line'],
  ['lazy lone tag ending a list item paragraph (micromark makes it an html node in the item)', '* Open the settings\n<br>\n\nThen:\n\n1. check the log\n   again\n<span class="note">\n\n- outer\n  - inner\n</b>\n'],
  ['indented lazy lone tag ending a list item paragraph (its indent kept in the html value)', '5. Restart the service\n <br>\n\n1. x\n  <br/>\n\nafter'],
  ['list in a quote followed by one blank quoted line (the list ends after that line)', '> Steps:\n> - open the file\n> - save it\n>  \n> Done.\n\n> > 1. nested\n> >\n> outer'],
  ['lazy lone <br> followed by text: micromark closes the list there (read as two documents)', '* [a](b)\n<br>\nmore\n\n1. For the template: <br>\n </br>\nAt this point\n<br>\n<br>\n2. Next\n\n- a result. \n<br>\n<br>\nthen\n'],
  ['lazy lone <br> after a hard break, with CRLF endings, twice in one list', '- Check the **permission**.  \r\n <br />\r\nGo to (**ASC**).\r\n\r\n - Method 1:  \r\n <BR>\r\nGo to X.\r\nIn the Y.\r\n'],
  ['lazy lone tag ending a quote\'s paragraph (an html node in the innermost quote)', '> > It failed.\n> > **Engage the team**\n<br>\n\n**Guidance**\n\n> a\n  <br>\n\nx'],
  ['lazy lone <br> in a quote followed by text: the quotes close there', '> a  \n<br />\nmore **b**\n> c\n\n> > d\n</br>\n<br>\n'],
  ['whitespace-only lines after indented code (micromark keeps those indented as far as the code)', '    code\n      \n\nafter\n\n    code\n  \n      \n    \n   \nafter\n\n    code\n    \n## h\n\n    code\n  \nend'],
  ['whitespace-only lines after indented code in a list item', '1. x\n\n        code\n          \nafter\n\n1. x\n\n        code\n        \n   more\n'],
  ['one-line quotes indented inside list items', '1. Find the partitions.\n\n    > The Windows partition is the larger one.\n\n2. Open a prompt.\n\n        bcdedit /store F:\\boot\\bcd\n\n    > Replace `<TEXT>` first.\n\n    > And check the `Boot` partition.\n'],
  ['lazy lines opening with inline html followed by text', '* Keep it short\n<br>Then explain why.\n\n1. step\n <span>note</span> after\n\n> quoted\n<b>bold</b> tail'],
  ['literal autolinks: protocol, www, email, trailing punctuation left out', 'Go to https://example.com/a?b=1. Or www.example.org, or write to team.lead@example.net!'],
  ['literal autolink with balanced parentheses and a reference inside', 'See (https://example.com/wiki/Page_(topic)) and http://example.com/?a=1&amp;b=2&c=3.'],
  ['literal autolinks in emphasis, headings, quotes, lists and cells', '# About www.example.com\n\n**https://example.com**\n\n> [!TIP]\n> mail ops@example.com\n\n- HTTP://EXAMPLE.COM/X\n\n| a | b |\n|---|---|\n| www.example.com/x | c |\n'],
  ['mailto: and xmpp: literals (micromark links the address part)', 'mailto:me@example.com and xmpp:me@example.com/home'],
  ['markers inside code spans, raw html, escapes and autolinks are not runs (runs of one length outside)', '**`"*Not allowed"*`** and **<i a="*x*">** \\*no\\** <https://x.com/*a**> **end**'],
  ['literal autolink after a link, and text micromark does not link', '[docs](u) then http://example.com/a_b_\n\nahttp://example.com, www.x, me@host, user@@example.com'],
];

describe('parseMarkdownFast gives remark\'s tree', () => {
  it.each(same)('%s', (_name, markdown) => {
    const fast = parseMarkdownFast(markdown);
    expect(fast, 'the fast reader refused').toBeDefined();
    const expected = remarkOracle(markdown);
    expect(firstDifference(fast, expected)).toBeUndefined();
    expect(isDeepStrictEqual(fast, expected)).toBe(true);
  });
});

/**
 * Constructs the fast reader refuses. Where remark builds something markdown-it has no token for, the
 * case names that node, and the test checks remark really builds it (so the refusal is needed).
 */
const refused: Array<[name: string, markdown: string, remarkBuilds?: (node: Nodes) => boolean]> = [
  ['literal autolink after an unclosed [ (only the mdast transform links it, without position)', '[see https://example.com', (node) => node.type === 'link' && node.position === undefined],
  ['literal the transform finds where micromark does not (after ©)', '&copy;www.example.com', (node) => node.type === 'link' && node.position === undefined],
  ['literal autolink running into emphasis markdown-it paired', '*a http://example.com/*b* c*', (node) => node.type === 'link'],
  ['link reference definition', '[a]: https://example.com\n\n[a]', (node) => node.type === 'definition'],
  ['footnote', 'Text[^1]\n\n[^1]: Note', (node) => node.type === 'footnoteDefinition'],
  ['YAML frontmatter', '---\ntitle: x\n---\n\ntext', (node) => node.type === 'yaml'],
  ['task list item', '- [ ] todo\n- [x] done', (node) => node.type === 'listItem' && node.checked !== null],
  ['single-tilde strikethrough', '~one~ and ~~~three~~~', (node) => node.type === 'delete'],
  ['indented lazy lone tag in a nested list (outer items take part of the indent)', '- a\n  - b\n   <br>\n', (node) => node.type === 'html' && node.value === ' <br>'],
  ['list in a quote followed by a nested quote (micromark ends the list after the next line\'s marker)', '> - quoted\n> > nested', (node) => node.type === 'list' && node.position!.end.line === 2],
  ['nested quote followed by a list in the outer quote', '> > nested\n> - quoted', (node) => node.type === 'blockquote' && node.position!.end.line === 2 && node.position!.end.column === 3],
  ['lazy <br> in a quote followed by indented code (micromark splits the code)', '> quoted\n <br>\n    code\n    code', (node) => node.type === 'code' && node.value === 'code'],
  ['indented code right after a quote (micromark makes a node per line)', '>\n    code\n    code', (node) => node.type === 'code' && node.value === 'code'],
  ['table header line that opens a code fence', '``` | \n|---|\n\n> ~~~ |\n> |---|', (node) => node.type === 'code'],
  ['list item opening on a blank line after indented code (micromark reads the marker as text)', '    code\n\n- \n  - nested', (node) => node.type === 'paragraph'],
  ['lazy lone tag followed by text in a nested list', '- a\n  - b\n<br>\nmore\n', (node) => node.type === 'listItem' && node.children.some((child) => child.type === 'html')],
  ['lazy lone tag followed by a line that is not plain text', '* a\n<br>\n- b\n', (node) => node.type === 'listItem' && node.children.some((child) => child.type === 'html')],
  ['lazy lone tag with attributes followed by text', '* a\n<br class="x">\nmore\n', (node) => node.type === 'listItem' && node.children.some((child) => child.type === 'html')],
  ['multi-line link title with mixed line endings', '[a](u "t\r\nx")\nb', (node) => node.type === 'link' && node.title === 't\r\nx'],
  ['list in a quote followed by two blank quoted lines (mdast also marks it spread)', '> - a\n>\n>\n> b', (node) => node.type === 'list' && node.spread === true],
  ['list in a list item in a quote followed by a blank quoted line', '> 1. a\n>    - b\n>\n> c'],
  ['nested quote followed by a blank quoted line at the end', '>>word\r\n>', (node) => node.type === 'blockquote' && node.children[0]?.type === 'blockquote' && node.children[0].position!.end.line === 2],
  ['tab in the indent of indented code inside a list item', '-\n\t    word', (node) => node.type === 'code'],
  ['quote marker indented four columns on a later line', '> a\n    >b', (node) => node.type === 'text' && node.value === 'a\n>b'],
  ['a lone marker line, then a paragraph after an indented marker', '>\r    >word', (node) => node.type === 'code'],
  ['unclosed fence', '```\ncode\n'],
  ['empty list item', '* \n* text\n'],
  ['tab inside a quote prefix', '>\t<br>'],
  ['rule of 3 on a partly used run (micromark counts what is left, markdown-it the whole run)', '"_## _word__', (node) => node.type === 'emphasis'],
  ['trailing blanks holding a tab (no break in micromark)', 'word\t  \nnext', (node) => node.type === 'paragraph' && node.children.length === 1],
  ['ordered list from 2 after indented code (micromark reads a paragraph)', '    code\n\n2) item', (node) => node.type === 'paragraph'],
  ['code span over a lazy line indented less than its item', '1. `a\n | b`', (node) => node.type === 'inlineCode' && node.value.includes('\n |')],
  ['indented code, a blank line, then a whitespace-only line', '    code\n\n\t', (node) => node.type === 'code' && node.value.endsWith('\n')],
  ['table header line that opens a list', '2) |a\n|:-:|\n', (node) => node.type === 'list'],
  ['strikethrough tildes touching emphasis markers', '*~~*word~~', (node) => node.type === 'emphasis'],
  ['table right under a paragraph line', 'word\n|:-:|\n|:-:|', (node) => node.type === 'table'],
  ['quote whose last line has no marker and is not lazy', '>\n    >', (node) => node.type === 'code'],
];

function someNode(node: Nodes, test: (node: Nodes) => boolean): boolean {
  return test(node) || ('children' in node && node.children.some((child) => someNode(child, test)));
}

describe('parseMarkdownFast refuses what it cannot reproduce', () => {
  it.each(refused)('%s', (_name, markdown, remarkBuilds) => {
    expect(parseMarkdownFast(markdown)).toBeUndefined();
    if (remarkBuilds) expect(someNode(remarkOracle(markdown), remarkBuilds)).toBe(true);
  });
});

/**
 * Random documents from a small alphabet of markdown pieces (markers, delimiters, breaks, containers):
 * whatever the fast reader does not refuse must equal remark's tree.
 * `SELFHELP_FUZZ_RUNS=20000 SELFHELP_FUZZ_SEED=random npx vitest run test/unit/fast-markdown.test.ts` runs longer.
 */
const RUNS = Number(process.env.SELFHELP_FUZZ_RUNS ?? 1000);
/**
 * A fixed seed by default, so CI checks the same thousand documents every time; `SELFHELP_FUZZ_SEED`
 * (or `random`) explores others, and a failure prints the document to add as a refusal or a case.
 */
const SEED = process.env.SELFHELP_FUZZ_SEED === 'random' ? undefined : Number(process.env.SELFHELP_FUZZ_SEED ?? 20261125);

const piece = fc.constantFrom(
  'word', 'x', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '# ', '## ', '- ', '* ', '1. ', '2) ', '> ', '>', '    ', '```', '~~~', '\n---\n', '\n===\n',
  '*', '**', '_', '__', '~~', '`', '``', '[', ']', '(', ')', '](u)', '](<a b> "t")', '![', '\\', '\\*', '&amp;', '&#35;', '&bogus;',
  '<b>', '</b>', '<!--$T-->', '<br>', '<div>', '|', ' | ', '|---|', '|:-:|', '\n| a | b |\n|---|---|\n', 'é', '🙂', '"', "'", '.', '!',
  // Literal autolink pieces: prefixes, domains, path punctuation, emails.
  'http://', 'https://', 'www.', 'WWW.', 'x.com', 'a_b', '.org', '/p', '@', 'me@x.co', 'mailto:', 'xmpp:', '&', ';', ',', '?', '-', '©',
);
const document = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Lines around lazy `<br>` lines in lists and quotes, the shape read as two documents (see `SplitAfter`). */
const lazyBreakLine = fc.constantFrom(
  '- item', '* item  ', '1. step', '2) step', '  - nested', '> - quoted', '> quoted', '> > nested', '>', '<br>', ' <br>', '</br>', '<br />', '<BR/>', '   <br>', '<br> x',
  'Text after', ' text', 'a\\', '**bold** end', '', '    code', '        code', '- ', '|a|b|', '---', '#', '  ', '    ', '      ', '          ',
);
const lazyBreakDocument = fc.array(lazyBreakLine, { maxLength: 14 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((ending) => lines.join(ending)));

describe('parseMarkdownFast on generated markdown', () => {
  it('is undefined or equal to remark around lazy <br> lines in lists and quotes', () => {
    let read = 0;
    fc.assert(
      fc.property(lazyBreakDocument, (markdown) => {
        const fast = parseMarkdownFast(markdown);
        if (fast === undefined) return true;
        read += 1;
        const difference = firstDifference(fast, remarkOracle(markdown));
        if (difference) throw new Error(`${JSON.stringify(markdown)}: ${difference}`);
        return true;
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    expect(read).toBeGreaterThan(RUNS / 4);
  });

  it('is undefined or equal to remark', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        const fast = parseMarkdownFast(markdown);
        if (fast === undefined) return true;
        const difference = firstDifference(fast, remarkOracle(markdown));
        if (difference) throw new Error(`${JSON.stringify(markdown)}: ${difference}`);
        return true;
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });
});
