import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/process.js';
import { findAttribute, isBlankValue, listItems, namePosition, openingTagPosition } from '../../src/properties/attributes.js';

const parse = (text: string) => {
  const parsed = parseArticle(text).parsed;
  if (!parsed) throw new Error('test article did not parse');
  return parsed;
};

describe('property attribute helpers', () => {
  const parsed = parse('<properties\n  supportTopicIds=" 32411835 ,&#xD;\n 3241x, ,"\n  SelfHelpType="generic"\n  pageTitle="&#xD;"\n/>\n# Title\n');
  const block = parsed.properties.block;

  it('finds an attribute by its canonical name', () => {
    expect(findAttribute(block, 'selfHelpType')?.name).toBe('SelfHelpType');
    expect(findAttribute(block, 'articleId')).toBeUndefined();
  });

  it('splits a list value into located, decoded items', () => {
    const items = listItems(parsed.file, findAttribute(block, 'supportTopicIds')!);
    expect(items.map((item) => item.value)).toEqual(['32411835', '3241x']);
    expect(items.map((item) => [item.position.start.line, item.position.start.column, item.position.end.column])).toEqual([
      [2, 21, 29],
      [3, 2, 7],
    ]);
  });

  it('treats encoded white space as blank', () => {
    expect(isBlankValue(findAttribute(block, 'pageTitle')!)).toBe(true);
    expect(isBlankValue(findAttribute(block, 'selfHelpType')!)).toBe(false);
  });

  it('locates names and the opening tag', () => {
    const name = namePosition(parsed.file, findAttribute(block, 'selfHelpType')!);
    expect([name.start.line, name.start.column, name.end.column]).toEqual([4, 3, 15]);
    const tag = openingTagPosition(parsed.file, block);
    expect([tag.start.line, tag.start.column, tag.end.column]).toEqual([1, 1, 12]);
  });
});
