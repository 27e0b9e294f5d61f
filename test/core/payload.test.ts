import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';

const scoping = `{
  "$schema": "SelfHelpContent",
  "title": "Backup job fails",
  "formElements": [
    { "id": "job_type", "order": 1, "controlType": "dropdown", "displayLabel": "Which job fails?",
      "dropdownOptions": [{ "value": "vm", "text": "Virtual machine" }, { "value": "sql", "text": "SQL in VM" }] },
    { "id": "job_error", "order": 2, "controlType": "textbox", "displayLabel": "Error code", "visibility": "job_type == vm" }
  ]
}`;

describe('JSON payload', () => {
  it('is recognised after the H1, parsed, typed, and hidden from the markdown parser', () => {
    const result = parseArticle(article(`# Backup job fails\n---\n${scoping}\n---\n\nMore text.\n`, { selfHelpType: 'problemScopingQuestions' }));
    const value = result.article!;
    expect(result.diagnostics).toEqual([]);
    expect(value.payload?.position.start.line).toBe(4);
    expect(value.payload?.problemScoping?.formElements.map((element) => element.id)).toEqual(['job_type', 'job_error']);
    expect(value.payload?.problemScoping?.formElements[1]?.visibility).toBe('job_type == vm');
    // A `---` under text would make a setext heading; the payload must not turn the H1 into one.
    expect(value.title).toBe('Backup job fails');
    expect(value.sections[0]?.blocks.map((block) => block.text)).toEqual(['More text.']);
  });

  it('keeps broken JSON as raw text with the error position; the article is still built', () => {
    const broken = '{\n  "title": "x",\n  "formElements": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}';
    const result = parseArticle(article(`# T\n---\n${broken}\n---\n`));
    expect(result.article?.payload?.raw).toBe(broken);
    expect(result.article?.payload?.json).toBeUndefined();
    expect(result.article?.payload?.error).toMatchObject({ line: 9, column: 5 });
    expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'payload/json-syntax', line: 9, column: 5 })]);
  });

  it('reads JSON with raw line breaks inside strings but still reports them', () => {
    const result = parseArticle(article(`# T\n---\n{ "title": "two\nlines" }\n---\n`));
    expect(result.article?.payload?.json).toEqual({ title: 'two\nlines' });
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['payload/json-syntax']);
  });

  it('reports a payload that never closes', () => {
    const result = parseArticle(article(`# T\n---\n{ "title": "x" }\n`));
    expect(result.article?.payload?.json).toEqual({ title: 'x' });
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'payload/json-syntax', line: 4, column: 1 });
  });

  it('does not take a thematic break for a payload', () => {
    const result = parseArticle(article('# T\n\nIntro.\n\n---\n\nMore.\n'));
    expect(result.article?.payload).toBeNull();
  });
});
