import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/process.js';

const parse = (text: string) => {
  const result = parseArticle(text, { path: 'articles/x/y.md' });
  return { ...result, metadata: result.article?.metadata, attributes: result.article?.properties.attributes };
};

describe('properties block', () => {
  it('maps any casing and stray whitespace to canonical names and keeps unknown attributes in extra', () => {
    const { metadata, diagnostics } = parse(
      `<properties\n  pagetitle="Disk is full"\n  ArticleID = 'abc'\n  ProductPesIds="15, 16,,"\n  supportToicIds="1"\n  selfhelptype="generic"\n/>\n# Disk is full\n`,
    );
    expect(diagnostics).toEqual([]);
    expect(metadata).toMatchObject({ pageTitle: 'Disk is full', articleId: 'abc', productPesIds: ['15', '16'], selfHelpType: 'generic' });
    expect(metadata?.extra).toEqual({ supportToicIds: '1' });
  });

  it('decodes entities and collapses whitespace; splits lists; lower-cases clouds; numbers displayOrder', () => {
    const { metadata } = parse(
      `<properties description="Fix &amp; verify&#xD;\n   the &quot;sync&quot; job" cloudEnvironments="Public, FairFax ,mooncake" displayOrder=" 42 " authors="ann, bo" resourceTags="" />\n# T\n`,
    );
    expect(metadata).toMatchObject({
      description: 'Fix & verify the "sync" job',
      cloudEnvironments: ['public', 'fairfax', 'mooncake'],
      displayOrder: 42,
      authors: ['ann', 'bo'],
      resourceTags: [],
    });
  });

  it('gives displayOrder null when empty and keeps the raw text in attributes', () => {
    const { metadata, attributes } = parse(`<properties displayOrder="" />\n# T\n`);
    expect(metadata?.displayOrder).toBeNull();
    expect(attributes?.[0]).toMatchObject({ name: 'displayOrder', key: 'displayOrder', value: '' });
  });

  it('allows blank lines and comments before the block and records each attribute position', () => {
    const { attributes, article } = parse(`\n<!-- owner: team -->\n  <properties\n\tpageTitle="A"\n\tservice="microsoft.web" />\n# T\n`);
    expect(attributes?.map((attribute) => [attribute.name, attribute.position.start.line, attribute.position.start.column])).toEqual([
      ['pageTitle', 4, 2],
      ['service', 5, 2],
    ]);
    expect(attributes?.[1]?.valuePosition.start).toMatchObject({ line: 5, column: 11 });
    expect(article?.title).toBe('T');
  });

  it('rejects a file with no properties block, naming the rule', () => {
    const result = parse('# Just a page\n\nText.\n');
    expect(result.article).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'properties/missing', severity: 'error' })]);
  });

  it('recovers an unclosed block that has attributes, reporting it at the block', () => {
    const result = parse(`<properties\n  pageTitle="Slow disk"\n  service="microsoft.compute"\n# Slow disk\n\nBody text.\n`);
    expect(result.article?.metadata.pageTitle).toBe('Slow disk');
    expect(result.article?.title).toBe('Slow disk');
    expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'properties/malformed', line: 1, column: 1 })]);
  });

  it('rejects an unclosed block with nothing in it', () => {
    const result = parse(`<properties\n# Title\n`);
    expect(result.article).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'properties/malformed', line: 1 });
  });

  it('reports a value whose quote never closes, and keeps the attributes before it', () => {
    const result = parse(`<properties pageTitle="Ok" description="never closed\n# Title\n`);
    expect(result.article?.metadata.pageTitle).toBe('Ok');
    expect(result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.line, diagnostic.column])).toContainEqual(['properties/malformed', 1, 40]);
  });
});
