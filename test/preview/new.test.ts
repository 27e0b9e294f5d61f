import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selfHelpTypes } from '../../schemas/properties.js';
import { runCli } from '../../src/cli/run.js';
import { validateLibrary } from '../../src/library/validate.js';
import { scaffoldArticle, TargetExistsError } from '../../src/new/scaffold.js';
import { parseArticle } from '../../src/process.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** What an unfilled template may be flagged for: its placeholders, nothing else. */
const placeholderRules = new Set(['metadata/required', 'metadata/page-title', 'links/empty']);

const article = (service: string, order: string, id: string) =>
  `<properties pageTitle="Existing article" service="${service}" displayOrder="${order}" selfHelpType="generic" articleId="${id}" />\n\n# Existing article\n`;

/** What an author would type over each empty attribute. */
const filled: Record<string, string> = {
  pageTitle: 'Backups fail on the storage account',
  description: 'Steps for backups that fail on a storage account',
  infoBubbleText: 'Backups failed on this storage account',
  resource: 'storageaccounts',
  'ms.author': 'jdoe',
  supportTopicIds: '32612345',
  productPesIds: '16459',
  ownershipId: 'Storage_Backup',
  articleTags: 'healthannotation_Example',
};

describe('selfhelp new', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-new-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const scaffold = (type: (typeof selfHelpTypes)[number], extra: Partial<Parameters<typeof scaffoldArticle>[0]> = {}) =>
    scaffoldArticle({ type, cwd: dir, now: new Date(2024, 2, 5), ...extra });

  it.each(selfHelpTypes)('writes a %s article that parses, and that validation flags until it is filled in', async (type) => {
    const created = await scaffold(type, { service: 'microsoft.storage' });
    expect(created.source).toBe(`articles/${type.toLowerCase()}-${created.articleId.slice(0, 8)}.md`);
    expect(created.articleId).toMatch(GUID);
    const { article: model } = parseArticle(readFileSync(created.path, 'utf8'), { path: created.path });
    expect(model?.selfHelpType).toBe(type);
    expect(model?.metadata.articleId).toBe(created.articleId);
    const [file] = await validateLibrary([created.source], { cwd: dir, workers: 1 });
    const rules = new Set(file!.diagnostics.map((diagnostic) => diagnostic.ruleId));
    expect(file!.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true);
    expect([...rules].filter((rule) => !placeholderRules.has(rule))).toEqual([]);

    // Filled in, nothing is left to flag: the template itself follows every rule.
    let text = readFileSync(created.path, 'utf8').replace(/(\s)([\w.]+)=""/g, (match, space: string, name: string) => (filled[name] ? `${space}${name}="${filled[name]}"` : match));
    text = text.replaceAll('](https://)', '](https://learn.microsoft.com/azure/storage/)');
    writeFileSync(created.path, text);
    const [after] = await validateLibrary([created.source], { cwd: dir, workers: 1 });
    expect(after!.diagnostics).toEqual([]);
  });

  it('takes the next free displayOrder of the service and today’s date where the template has one', async () => {
    mkdirSync(path.join(dir, 'articles', 'storage'), { recursive: true });
    writeFileSync(path.join(dir, 'articles', 'storage', 'a.md'), article('Microsoft.Storage', '5', '0b6e7f1a-7c1e-4c52-8f0e-2d1c9a4b7e01'));
    writeFileSync(path.join(dir, 'articles', 'storage', 'b.md'), article('microsoft.storage', '12', '0b6e7f1a-7c1e-4c52-8f0e-2d1c9a4b7e02'));
    writeFileSync(path.join(dir, 'articles', 'other.md'), article('microsoft.network', '40', '0b6e7f1a-7c1e-4c52-8f0e-2d1c9a4b7e03'));
    // The service is inferred from the articles beside the new file.
    const created = await scaffold('generic', { target: 'articles/storage/backup-fails.md' });
    expect(created).toMatchObject({ source: 'articles/storage/backup-fails.md', service: 'Microsoft.Storage', displayOrder: 13 });
    expect(created.text).toContain('displayOrder="13"');
    expect(created.text).toContain('service="Microsoft.Storage"');
    const health = await scaffold('servicehealthinsights', { target: 'articles/storage/' });
    expect(health.text).toContain('<!--$startTime-->2024-03-05<!--/$startTime-->');
    expect(health.text).not.toContain('displayOrder');
    const unknown = await scaffold('generic', { target: 'articles/new/', service: 'microsoft.compute' });
    expect(unknown.displayOrder).toBe(1);
    const noService = await scaffold('diagnostics', { target: 'drafts/' });
    expect(noService.displayOrder).toBeUndefined();
    expect(noService.text).toContain('displayOrder=""');
  });

  it('shapes a generic article like the seed: a symptom with its causes and a step', async () => {
    const created = await scaffold('generic');
    const { article: model } = parseArticle(created.text, { path: created.path });
    expect(model?.symptoms.map((symptom) => [symptom.title, symptom.causes.length, symptom.steps.length])).toEqual([
      ['TODO: First symptom, as the customer would notice it', 2, 1],
    ]);
    expect(model?.recommendedDocuments?.links).toHaveLength(1);
  });

  it('gives every article its own id and never overwrites a file', async () => {
    const first = await scaffold('generic');
    const second = await scaffold('generic');
    expect(first.articleId).not.toBe(second.articleId);
    const before = readFileSync(first.path, 'utf8');
    await expect(scaffold('tools', { target: first.source })).rejects.toBeInstanceOf(TargetExistsError);
    expect(readFileSync(first.path, 'utf8')).toBe(before);
  });

  it('runs from the CLI, with usage errors for unknown types and taken paths', async () => {
    const out = { stdout: '', stderr: '' };
    const io = { cwd: dir, stdout: { write: (chunk: string) => (out.stdout += chunk) }, stderr: { write: (chunk: string) => (out.stderr += chunk) } };
    expect(await runCli(['new', 'problemscopingquestions', 'articles/psq/vm-slow.md'], io)).toBe(0);
    expect(out.stdout).toMatch(/^Created articles\/psq\/vm-slow\.md: problemScopingQuestions, articleId [0-9a-f-]{36}\n/);
    expect(existsSync(path.join(dir, 'articles', 'psq', 'vm-slow.md'))).toBe(true);
    expect(await runCli(['new', 'problemScopingQuestions', 'articles/psq/vm-slow.md'], io)).toBe(2);
    expect(out.stderr).toContain('articles/psq/vm-slow.md exists already');
    expect(await runCli(['new', 'genric'], io)).toBe(2);
    expect(out.stderr).toContain('Unknown selfHelpType `genric`; did you mean `generic`');
    expect(await runCli(['new'], io)).toBe(2);
  });
});
