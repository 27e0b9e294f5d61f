/**
 * Property-based tests: random and mutated articles, built from real-shaped pieces (properties with
 * random casing, quoting and entities; headings, bold paragraphs, lists, links including script URLs,
 * tokens, payloads, raw HTML; CRLF and BOM), never make the reader or any rule throw, always come out
 * as exactly one exported or rejected file, and never put script into the export.
 * `SELFHELP_FUZZ_RUNS=50000 npx vitest run test/hostile/fuzz.test.ts` runs longer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../schemas/article.js';
import { exportLibrary } from '../../src/export/bundle.js';
import { validateResult } from '../../src/lint/validate.js';
import { processBytes, type FileResult } from '../../src/process.js';
import { allRules } from '../../src/rules/index.js';
import { dangerousInExport } from './safety.js';

const RUNS = Number(process.env.SELFHELP_FUZZ_RUNS ?? 2000);
const SEED = process.env.SELFHELP_FUZZ_SEED === undefined ? undefined : Number(process.env.SELFHELP_FUZZ_SEED);

const word = fc.constantFrom('disk', 'Virtual', 'machine', 'café', 'ÄÖÜ', '数据', '🙂', 'x', 'Recommended', 'steps', 'causes', 'include', 'resolve', 'the', 'a');
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(' '));

const attributeNames = ['pageTitle', 'description', 'service', 'resource', 'authors', 'ms.author', 'displayOrder', 'selfHelpType', 'supportTopicIds', 'resourceTags', 'productPesIds', 'cloudEnvironments', 'articleId', 'ownershipId', 'unknownThing'];
const randomCase = (name: string) => fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }).map((flags) => [...name].map((char, index) => (flags[index] ? char.toUpperCase() : char.toLowerCase())).join(''));
const attributeValue = fc.oneof(
  words,
  fc.constantFrom('generic', 'Diagnostics', 'TSG_Content', 'public, Fairfax', '32411835,1234', '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', '10', '', 'a &amp; b', '&quot;q&quot;', '&#x41;&#66;', '&lt;script&gt;alert(1)&lt;/script&gt;', '&#xD;&#xA;line', '&bogus;', 'javascript:alert(1)'),
);
const attribute = fc.tuple(fc.constantFrom(...attributeNames).chain(randomCase), attributeValue, fc.constantFrom('"', "'", '"', ''), fc.constantFrom(' ', '\n', '\t', '  ')).map(
  ([name, value, quote, space]) => `${space}${name}=${quote}${value}${quote}`,
);
const properties = fc.tuple(fc.constantFrom('<properties', '<Properties', '<PROPERTIES'), fc.array(attribute, { maxLength: 14 }), fc.constantFrom(' />', '/>', '\n/>', '>', '></properties>', '')).map(
  ([open, attributes, close]) => `${open}${attributes.join('')}${close}`,
);

const href = fc.constantFrom(
  'https://learn.microsoft.com/azure/virtual-machines/troubleshoot#steps', 'http://example.com', 'https://aka.ms/x', 'data-blade:Microsoft_Azure_Compute/VmBlade',
  'javascript:alert(1)', 'JavaScript:alert(1)', 'jav&#x09;ascript:alert(1)', '&#106;avascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'file:///etc/passwd', '#anchor', '', '<>', 'https://learn.microsoft.com/en-us/azure/',
);
const inline = fc.oneof(
  words,
  words.map((text) => `**${text}**`),
  words.map((text) => `_${text}_`),
  words.map((text) => `\`${text}\``),
  fc.tuple(words, href).map(([text, url]) => `[${text}](${url})`),
  fc.tuple(words, href).map(([text, url]) => `<a href="${url}" onclick="alert(1)">${text}</a>`),
  href.map((url) => `![image](${url})`),
  href.map((url) => `<${url}>`),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<b>bold</b>', '<br/>', '<!-- comment -->', '<iframe src="https://x"></iframe>', '&amp;', '&#0;', '\\*', '*', '_', '[', ']', '<', '`'),
  fc.tuple(fc.constantFrom('ServerName', 'Start', 'x.y-z'), words).map(([name, text]) => `<!--$${name}-->${text}<!--/$${name}-->`),
  fc.constantFrom('<!--$Open-->unclosed', '<!--/$Stray-->', '<!-- selfhelp-disable-next-line links/aka-ms -->', '<!-- selfhelp-disable -->'),
);
const line = fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

const json = fc.oneof(
  fc.constant('{"formElements":[{"id":"q1","controlType":"dropdown","displayLabel":"Which?","dropdownOptions":[{"text":"A","value":"a"}],"required":true}]}'),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.constantFrom('{"broken": ', '{"a":"raw\ttab"}', '{"html":"<script>alert(1)</script>","link":"javascript:alert(1)"}', `${'['.repeat(70)}${']'.repeat(70)}`, '{}'),
);
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([depth, text]) => `${'#'.repeat(depth)} ${text}`),
  fc.constantFrom('## Recommended Steps', '## Recommended Documents', '**Common causes include:**', 'Possible causes:', 'This can happen if:', '> [!NOTE]\n> Alert text'),
  words.map((text) => `**${text}**`),
  line,
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((item, index) => `${'  '.repeat(index % 3)}- ${item}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item, index) => `${index + 1}. ${item}`).join('\n')),
  line.map((text) => `> ${text}\n> > ${text}`),
  line.map((text) => `| a | b |\n|---|---|\n| ${text} | x |`),
  line.map((text) => `\`\`\`json\n${text}\n\`\`\``),
  json.map((text) => `---\n${text}\n---`),
  line.map((text) => `<!--issueDescription-->${text}<!--/issueDescription-->`),
  fc.constantFrom('<div>\n<script>alert(1)</script>\n</div>', '<details><summary>s</summary>x</details>', '---', '***', '[ref]: javascript:alert(1)', '[ref]'),
  // Pathological shapes, short enough to stay fast, around the reading limits.
  fc.tuple(fc.constantFrom('>', '- ', '* ', '1. ', '*a', 'a* ', '[', ']', '[a', '](u)', '~', '_a '), fc.integer({ min: 0, max: 400 })).map(([unit, count]) => unit.repeat(count)),
);

const articleText = fc.tuple(fc.boolean(), fc.option(properties, { freq: 8 }), fc.array(block, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\n', '\r')).map(
  ([bom, props, blocks, eol]) => `${bom ? '\uFEFF' : ''}${props ?? ''}\n\n${blocks.join('\n\n')}\n`.replace(/\n/g, eol),
);

/** Real-shaped article, then random edits: characters that matter to the parsers, inserted, deleted, or the text cut. */
const mutated = fc.tuple(articleText, fc.array(fc.tuple(fc.nat(), fc.constantFrom('<', '>', '/>', '"', "'", '*', '_', '[', ']', '(', ')', '#', '\n', '\r', '&', '!', '---', '{', '}', '`', '\u0000', '\uFFFD', '')), { maxLength: 8 }), fc.option(fc.nat())).map(
  ([text, edits, cut]) => {
    let result = text;
    for (const [at, insert] of edits) {
      const index = at % (result.length + 1);
      result = insert === '' ? result.slice(0, index) + result.slice(index + 1) : result.slice(0, index) + insert + result.slice(index);
    }
    return cut === null ? result : result.slice(0, cut % (result.length + 1));
  },
);

const invalidUtf8 = fc.tuple(articleText, fc.nat(), fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xfe, 0xff])).map(([text, at, bad]) => {
  const bytes = Buffer.from(text, 'utf8');
  const index = at % (bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, index), Buffer.from(bad), bytes.subarray(index)]);
});

/** The properties every input must keep; a failure names the input through fast-check's counterexample. */
function checkInvariants(bytes: Uint8Array): void {
  const names = { path: 'articles/fuzz/case.md', source: 'articles/fuzz/case.md' };
  const result: FileResult = processBytes(bytes, names);
  expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'internal/error')).toEqual([]);
  if (!result.article) expect(result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true);
  // Extraction does not re-check its model at run time; this is where its schema is held to.
  else expect(ArticleSchema.safeParse(result.article).error?.issues ?? []).toEqual([]);
  // Every rule, with errors thrown instead of reported: a rule that throws fails the property.
  const diagnostics = validateResult(result, { rules: allRules, rethrow: true });
  for (const diagnostic of diagnostics) {
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.message).not.toMatch(/\n\s+at /);
  }
  const bundle = exportLibrary([result]);
  expect(bundle.index.articles.length + bundle.index.rejected.length).toBe(1);
  expect(bundle.index.articles.length).toBe(result.article ? 1 : 0);
  expect(dangerousInExport(bundle)).toEqual([]);
}

/** Let the event loop turn between cases, so the test runner's own messages get through on long runs. */
const yieldingProperty = <T,>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void) =>
  fc.asyncProperty(arbitrary, async (value) => {
    check(value);
    await new Promise((resolve) => setImmediate(resolve));
  });

const settings = (share: number) => ({ numRuns: Math.max(1, Math.round(RUNS * share)), ...(SEED === undefined ? {} : { seed: SEED }) });

describe('fuzzing the reader, every rule and the export', () => {
  it('random real-shaped articles', async () => {
    await fc.assert(yieldingProperty(articleText, (text) => checkInvariants(Buffer.from(text, 'utf8'))), settings(0.5));
  });

  it('mutated articles', async () => {
    await fc.assert(yieldingProperty(mutated, (text) => checkInvariants(Buffer.from(text, 'utf8'))), settings(0.4));
  });

  it('articles with invalid UTF-8 spliced in', async () => {
    await fc.assert(yieldingProperty(invalidUtf8, (bytes) => checkInvariants(bytes)), settings(0.1));
  });
});
