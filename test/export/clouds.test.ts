import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CloudEnvironment } from '../../schemas/properties.js';
import { runCli } from '../../src/cli/run.js';
import { exportLibrary } from '../../src/export/bundle.js';
import { availableIn } from '../../src/export/clouds.js';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';
import { capture } from './cli.js';

const backupBody = [
  '# Restore of a virtual machine backup fails',
  '',
  '## **Recommended Steps**',
  '',
  '**The restore job fails with a permissions error**',
  '',
  'Common causes include:',
  '',
  '* The vault identity has no role on the target resource group',
  '',
  'To troubleshoot the issue, follow the steps described in [Restore disks](https://docs.microsoft.com/azure/backup/backup-azure-arm-restore-vms#restore-disks).',
  '',
  '## **Recommended Documents**',
  '',
  '* [Backup FAQ](https://learn.microsoft.com/en-us/azure/backup/backup-azure-vm-backup-faq)',
  '* [T-SQL reference](https://learn.microsoft.com/sql/t-sql/language-reference)',
  '',
].join('\n');

const withPayload = [
  '# Backup scoping questions',
  '---',
  '{ "formElements": [ { "id": "q", "controlType": "textbox", "infoBalloonText": "Check the <a href=\'https://docs.microsoft.com/azure/backup/backup-support-matrix\'>support matrix</a>" } ] }',
  '---',
  '',
].join('\n');

const articles = [
  parseArticle(article(backupBody, { articleId: 'backup-all', cloudEnvironments: 'public, Fairfax, MoonCake, usnat, ussec' }), { path: 'a/all.md' }),
  parseArticle(article(backupBody, { articleId: 'backup-public', cloudEnvironments: 'public' }), { path: 'a/public.md' }),
  parseArticle(article(backupBody, { articleId: 'backup-china', cloudEnvironments: 'mooncake' }), { path: 'a/china.md' }),
  parseArticle(article(backupBody, { articleId: 'backup-no-china', cloudEnvironments: 'public,mooncake', disableClouds: 'mooncake' }), {
    path: 'a/no-china.md',
  }),
  parseArticle(article(withPayload, { articleId: 'backup-scoping', cloudEnvironments: 'mooncake', selfHelpType: 'problemScopingQuestions' }), {
    path: 'a/scoping.md',
  }),
];

const ids = (cloud?: CloudEnvironment) =>
  exportLibrary(articles, cloud ? { cloud } : {}).index.articles.map((entry) => entry.id);

describe('per-cloud builds', () => {
  it('export only the articles available in the cloud', () => {
    expect(ids()).toEqual(['backup-all', 'backup-china', 'backup-no-china', 'backup-public', 'backup-scoping']);
    expect(ids('public')).toEqual(['backup-all', 'backup-no-china', 'backup-public']);
    expect(ids('mooncake')).toEqual(['backup-all', 'backup-china', 'backup-scoping']);
    expect(ids('fairfax')).toEqual(['backup-all']);
    expect(ids('blackforest')).toEqual([]);
  });

  it('treat an article without cloudEnvironments as public only', () => {
    const { article: model } = parseArticle(article('# T\n', { cloudEnvironments: '' }));
    expect(availableIn(model!, 'public')).toBe(true);
    expect(availableIn(model!, 'fairfax')).toBe(false);
  });

  it('move Azure docs links to docs.azure.cn in the mooncake build, everywhere', () => {
    const bundle = exportLibrary(articles, { cloud: 'mooncake' });
    expect(bundle.index.build).toEqual({ cloud: 'mooncake', shapes: [] });
    const china = JSON.parse(bundle.files.get('articles/backup-china.json')!);
    expect(china.links.map((link: { href: string }) => link.href)).toEqual([
      'https://docs.azure.cn/backup/backup-azure-arm-restore-vms#restore-disks',
      'https://docs.azure.cn/en-us/backup/backup-azure-vm-backup-faq',
      'https://learn.microsoft.com/sql/t-sql/language-reference',
    ]);
    expect(china.links[1]).toMatchObject({
      kind: 'docs',
      localeFreeHref: 'https://docs.azure.cn/backup/backup-azure-vm-backup-faq',
      writtenHref: 'https://learn.microsoft.com/en-us/azure/backup/backup-azure-vm-backup-faq',
    });
    expect(china.links[2].writtenHref).toBeUndefined();
    expect(china.symptoms[0].steps[0].href).toBe('https://docs.azure.cn/backup/backup-azure-arm-restore-vms#restore-disks');
    expect(china.recommendedDocuments.blocks[0].html).toBe(
      '<ul>\n<li><a href="https://docs.azure.cn/en-us/backup/backup-azure-vm-backup-faq">Backup FAQ</a></li>\n' +
        '<li><a href="https://learn.microsoft.com/sql/t-sql/language-reference">T-SQL reference</a></li>\n</ul>',
    );
    expect(JSON.stringify(china)).not.toMatch(/"html":"[^"]*docs\.microsoft\.com\/azure/);
    const scoping = JSON.parse(bundle.files.get('articles/backup-scoping.json')!);
    expect(scoping.payload.json.formElements[0].infoBalloonText).toBe(
      'Check the <a href="https://docs.azure.cn/backup/backup-support-matrix">support matrix</a>',
    );
  });

  it('keep public docs hosts in every other cloud build', () => {
    for (const cloud of ['public', 'fairfax'] as const) {
      const all = JSON.parse(exportLibrary(articles, { cloud }).files.get('articles/backup-all.json')!);
      expect(all.links[0].href).toBe('https://docs.microsoft.com/azure/backup/backup-azure-arm-restore-vms#restore-disks');
      expect(all.links[0].writtenHref).toBeUndefined();
    }
  });
});

describe('selfhelp export --cloud', () => {
  it('writes the cloud build and counts the articles left out', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'selfhelp-cloud-'));
    await mkdir(path.join(dir, 'in'));
    await writeFile(path.join(dir, 'in', 'public.md'), article(backupBody, { articleId: 'p', cloudEnvironments: 'public' }));
    await writeFile(path.join(dir, 'in', 'china.md'), article(backupBody, { articleId: 'c', cloudEnvironments: 'mooncake' }));
    const run = capture();
    expect(await runCli(['export', 'in', '--out', 'out', '--cloud', 'MoonCake'], run.io(dir))).toBe(0);
    const index = JSON.parse(await readFile(path.join(dir, 'out', 'index.json'), 'utf8'));
    expect(index.articles.map((entry: { id: string }) => entry.id)).toEqual(['c']);
    expect(run.err).toContain('2 files: 1 exported, 0 rejected, 1 not in mooncake');
  });

  it('rejects an unknown cloud with exit 2 and the choices', async () => {
    const run = capture();
    expect(await runCli(['export', 'in', '--out', 'out', '--cloud', 'azurechina'], run.io(tmpdir()))).toBe(2);
    expect(run.err).toContain('Unknown --cloud `azurechina`; use one of `public`, `fairfax`, `mooncake`, `usnat`, `ussec`, `blackforest`');
  });
});
