import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfHelpTypes } from '../../schemas/properties.js';
import { parseArticle } from '../../src/process.js';
import { repoRoot } from '../helpers/fixtures.js';

const articlesDir = path.join(repoRoot, 'articles');
const files = readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).sort();

describe('sample articles', () => {
  const parsed = files.map((file) => ({ file, ...parseArticle(readFileSync(path.join(articlesDir, file), 'utf8'), { path: `articles/${file}` }) }));

  it('cover every selfHelpType family of the corpus', () => {
    const families = selfHelpTypes.filter((type) => !['TSG_Questions', 'PartnerCenterQuickStart'].includes(type));
    expect(new Set(parsed.map((entry) => entry.article?.selfHelpType))).toEqual(new Set(families));
  });

  it.each(files)('%s parses cleanly with a title and an id', (file) => {
    const entry = parsed.find((item) => item.file === file)!;
    expect(entry.diagnostics).toEqual([]);
    expect(entry.article?.title).not.toBe('');
    expect(entry.article?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('types the problem-scoping payload, with a question whose visibility depends on another', () => {
    const scoping = parsed.find((entry) => entry.article?.selfHelpType === 'problemScopingQuestions')!;
    const elements = scoping.article!.payload!.problemScoping!.formElements;
    expect(elements.map((element) => element.controlType)).toEqual(expect.arrayContaining(['dropdown', 'textbox', 'multilinetextbox', 'datetimepicker', 'radioButtonGroup', 'infoblock']));
    expect(elements.some((element) => typeof element.visibility === 'string' && element.visibility.includes('=='))).toBe(true);
  });

  it('reads tokens and the issue description of the diagnostics article', () => {
    const diagnostics = parsed.find((entry) => entry.article?.selfHelpType === 'diagnostics')!.article!;
    expect(diagnostics.tokens.length).toBeGreaterThan(0);
    expect(diagnostics.tokens.every((token) => token.closed && token.default !== '')).toBe(true);
    expect(diagnostics.issueDescription?.text).toMatch(/\w/);
    // The token's default text reaches the HTML even though the line starts with a comment.
    expect(diagnostics.issueDescription?.html).toContain(diagnostics.tokens[0]!.default);
  });
});
