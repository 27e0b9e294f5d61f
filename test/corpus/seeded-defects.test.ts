import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/lint/library.js';
import { validateResult } from '../../src/lint/validate.js';
import { summarize } from '../../src/library/summary.js';
import { parseArticle, processBytes } from '../../src/process.js';
import { allRules } from '../../src/rules/index.js';
import { corpusDir, hasShared } from '../helpers/shared.js';

/**
 * The acceptance check of the validation issue, on real articles read in place: insert one defect into a
 * copy, validate original and copy, and expect the named rule at the named line in the copy only.
 */
interface Seeded {
  text: string;
  line: number;
}
type Defect = (text: string) => Seeded;

const lines = (text: string) => text.split('\n');
const lineOf = (text: string, pattern: RegExp) => lines(text).findIndex((line) => pattern.test(line)) + 1;
const h1Line = (text: string) => lineOf(text, /^# /);

/** Insert body lines after the H1 (and a blank line); `reported` is the inserted line the finding is on. */
const afterH1 = (body: string, reported = 0): Defect => (text) => {
  const all = lines(text);
  const at = h1Line(text);
  all.splice(at, 0, '', ...body.split('\n'), '');
  return { text: all.join('\n'), line: at + 2 + reported };
};

/** Rewrite one attribute's value; the finding is on that attribute's line. */
const attribute = (name: string, value: string): Defect => (text) => {
  const line = lineOf(text, new RegExp(`^\\s*${name}\\s*=`, 'i'));
  const all = lines(text);
  all[line - 1] = all[line - 1]!.replace(/=\s*(["']).*?\1/, `="${value}"`);
  return { text: all.join('\n'), line };
};

const defects: Record<string, Defect> = {
  'properties/unknown': (text) => {
    const line = lineOf(text, /^\s*supportTopicIds\s*=/i);
    return { text: lines(text).map((entry, index) => (index === line - 1 ? entry.replace(/supportTopicIds/i, 'supportToicIds') : entry)).join('\n'), line };
  },
  'properties/duplicate': (text) => {
    const line = lineOf(text, /^\s*service\s*=/i);
    const all = lines(text);
    all.splice(line, 0, all[line - 1]!.replace(/service/i, 'SERVICE'));
    return { text: all.join('\n'), line: line + 1 };
  },
  'metadata/self-help-type': attribute('selfHelpType', 'genric'),
  'metadata/cloud-environment': attribute('cloudEnvironments', 'public,mooncak'),
  'metadata/support-topic-id': attribute('supportTopicIds', '3214x2240'),
  'metadata/product-id': attribute('productPesIds', '14785,abc'),
  'metadata/article-id': attribute('articleId', '9c4b7d2e-1f3a-4e5b-8c6d-7e8f9a0b1c2z'),
  'metadata/page-title': attribute('pageTitle', 'Sign-in fails after a password change.'),
  'structure/list-depth': afterH1('- One\n  - Two\n    - Three', 2),
  'structure/table': afterH1('| Port | Use |\n|---|---|\n| 443 | HTTPS |'),
  'structure/unsupported-alert': afterH1('> [!NOTE]\n> Restart the service after the change.'),
  'structure/raw-html': afterH1('<script>alert(1)</script>'),
  'links/locale': afterH1('See [the guide](https://learn.microsoft.com/en-us/azure/virtual-machines/overview).'),
  'links/aka-ms': afterH1('See [the guide](https://aka.ms/vmguide).'),
  'links/review-site': afterH1('See [the guide](https://review.docs.microsoft.com/azure/virtual-machines/overview).'),
  'links/empty': afterH1('See [the guide]().'),
  'links/blade-syntax': afterH1('Open [the blade](data-blade:Microsoft_Azure_Support.).'),
  'links/unsafe-scheme': afterH1('Open [the page](javascript:alert(1)).'),
  'links/insecure': afterH1('See [the status page](http://status.example.com/azure).'),
  'links/internal-host': afterH1('See [the wiki](https://supportability.visualstudio.com/AzureIaaSVM/_wiki).'),
  'links/descriptive-text': afterH1('For details, click [here](https://learn.microsoft.com/azure/virtual-machines/overview).'),
  'tokens/unclosed': afterH1('The server <!--$ServerName-->your server is down.'),
  'structure/section-heading': (text) => {
    const all = lines(text);
    const at = h1Line(text);
    all.splice(at, 0, '', '## Recomended steps', '', 'Restart the virtual machine.');
    return { text: all.join('\n'), line: at + 2 };
  },
  'structure/missing-h1': (text) => {
    const at = h1Line(text);
    return { text: lines(text).map((line, index) => (index === at - 1 ? line.replace(/^# /, '#') : line)).join('\n'), line: at };
  },
};

/** Real articles with the properties every defect needs (multi-line block, supportTopicIds, an H1). */
function pickArticles(count: number): Array<{ file: string; text: string }> {
  const picked: Array<{ file: string; text: string }> = [];
  for (const folder of readdirSync(corpusDir).sort()) {
    for (const name of readdirSync(path.join(corpusDir, folder)).sort()) {
      const file = path.join(corpusDir, folder, name);
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
      const needed = [/^\s*supportTopicIds\s*=\s*"\d+/im, /^\s*selfHelpType\s*=\s*"generic"/im, /^\s*service\s*=/im, /^\s*articleId\s*=/im, /^\s*pageTitle\s*=/im, /^\s*productPesIds\s*=\s*"\d/im, /^\s*cloudEnvironments\s*=/im, /^# /m];
      if (needed.every((pattern) => pattern.test(text)) && !text.includes('issueDescription')) picked.push({ file, text });
      if (picked.length === count) return picked;
    }
  }
  return picked;
}

const findings = (text: string, ruleId: string) =>
  validateResult(parseArticle(text, { path: 'articles/seeded.md' }), { rules: allRules })
    .filter((diagnostic) => diagnostic.ruleId === ruleId)
    .map((diagnostic) => diagnostic.line);

describe.skipIf(!hasShared)('seeded defects in real articles', () => {
  const articles = hasShared ? pickArticles(3) : [];

  it('found real articles to seed', () => expect(articles).toHaveLength(3));

  for (const [ruleId, seed] of Object.entries(defects)) {
    it(`${ruleId}: reported at the seeded line in the copy only`, () => {
      for (const { file, text } of articles) {
        const copy = seed(text);
        const inCopy = findings(copy.text, ruleId);
        expect(inCopy, `${path.basename(file)}`).toContain(copy.line);
        // The original may already have findings of this rule elsewhere; the copy has exactly one more.
        expect(inCopy.length).toBe(findings(text, ruleId).length + 1);
      }
    });
  }

  it('file/encoding: an invalid byte is reported at its line', () => {
    const { text } = articles[0]!;
    const line = h1Line(text) + 2;
    const all = lines(text);
    all.splice(line - 1, 0, 'Caf\uFFFD');
    const bytes = Buffer.from(all.join('\n'));
    const bad = bytes.indexOf(Buffer.from('\uFFFD'));
    const broken = Buffer.concat([bytes.subarray(0, bad), Buffer.from([0xe9]), bytes.subarray(bad + 3)]);
    const result = processBytes(broken, { path: 'seeded.md', source: 'seeded.md' });
    expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'file/encoding', line })]);
  });

  it('library/duplicate-article-id: both files of a copied id are reported at the articleId line', () => {
    const [first, second] = articles;
    const id = /articleId\s*=\s*"([^"]*)"/i.exec(first!.text)![1]!;
    const copy = attribute('articleId', id)(second!.text);
    const summaries = [parseArticle(first!.text, { path: 'a.md' }), parseArticle(copy.text, { path: 'b.md' })].map((result) => summarize(result.article!));
    const found = checkLibrary(summaries, allRules);
    expect(found.get('b.md')?.map((diagnostic) => [diagnostic.ruleId, diagnostic.line])).toEqual([['library/duplicate-article-id', copy.line]]);
    expect(found.get('a.md')?.map((diagnostic) => diagnostic.ruleId)).toEqual(['library/duplicate-article-id']);
  });
});

/** Real problem-scoping articles, one form element per `"id":` line (the common layout). */
function pickScopingArticles(count: number): string[] {
  const picked: string[] = [];
  const folders = readdirSync(corpusDir).filter((folder) => folder.toLowerCase().startsWith('problemscopingques')).sort();
  for (const folder of folders) {
    for (const name of readdirSync(path.join(corpusDir, folder)).sort()) {
      const text = readFileSync(path.join(corpusDir, folder, name), 'utf8').replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
      const ids = lines(text).filter((line) => /^\s*"id"\s*:\s*"\w+",\s*$/.test(line));
      const result = parseArticle(text);
      const clean = validateResult(result, { rules: allRules }).every((diagnostic) => !diagnostic.ruleId.startsWith('payload/'));
      if (ids.length >= 3 && clean && /^\s*articleId\s*=/im.test(text)) picked.push(text);
      if (picked.length === count) return picked;
    }
  }
  return picked;
}

const idLines = (text: string) => lines(text).flatMap((line, index) => (/^\s*"id"\s*:\s*"\w+",\s*$/.test(line) ? [index + 1] : []));

const payloadDefects: Record<string, Defect> = {
  'payload/json-syntax': (text) => {
    // Drop the comma that ends the first element: the parser fails at the next element's `{`.
    const all = lines(text);
    const second = idLines(text)[1]! - 1;
    let open = second;
    while (!all[open]!.includes('{')) open -= 1;
    let close = open - 1;
    while (!/},?\s*$/.test(all[close]!) && !/},\s*\{\s*$/.test(all[close]!)) close -= 1;
    all[close] = all[close]!.replace(/},(\s*\{?\s*)$/, '}$1');
    const line = all[close]!.includes('{') ? close + 1 : open + 1;
    return { text: all.join('\n'), line };
  },
  'payload/schema': (text) => {
    const [first, second] = idLines(text);
    const all = lines(text);
    const id = /"id"\s*:\s*"(\w+)"/.exec(all[first! - 1]!)![1]!;
    all[second! - 1] = all[second! - 1]!.replace(/"id"\s*:\s*"\w+"/, `"id": "${id}"`);
    return { text: all.join('\n'), line: second! };
  },
  'payload/visibility': (text) => {
    const third = idLines(text)[2]!;
    const all = lines(text);
    const indent = /^\s*/.exec(all[third - 1]!)![0];
    all.splice(third, 0, `${indent}"visibility": "no_such_question == Yes",`);
    return { text: all.join('\n'), line: third + 1 };
  },
  'metadata/required': (text) => {
    const line = lineOf(text, /^\s*articleId\s*=/i);
    const all = lines(text);
    all.splice(line - 1, 1);
    return { text: all.join('\n'), line: lineOf(text, /<properties/i) };
  },
};

describe.skipIf(!hasShared)('seeded defects in real problem-scoping articles', () => {
  const articles = hasShared ? pickScopingArticles(2) : [];

  it('found real articles to seed', () => expect(articles).toHaveLength(2));

  for (const [ruleId, seed] of Object.entries(payloadDefects)) {
    it(`${ruleId}: reported at the seeded line in the copy only`, () => {
      for (const text of articles) {
        const copy = seed(text);
        const inCopy = findings(copy.text, ruleId);
        expect(inCopy).toContain(copy.line);
        expect(findings(text, ruleId)).toEqual([]);
      }
    });
  }
});
