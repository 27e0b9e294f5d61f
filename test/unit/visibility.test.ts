import { describe, expect, it } from 'vitest';
import { evaluateVisibility, parseVisibility, referencedIds } from '../../src/payload/visibility.js';

const parse = (text: string) => {
  const parsed = parseVisibility(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed;
};

describe('parseVisibility', () => {
  it('reads comparisons with their places', () => {
    const parsed = parse('disk_type == Premium SSD && os != null');
    expect(parsed.comparisons.map(({ id, operator, value, idRange, valueRange }) => ({ id, operator, value, idRange, valueRange }))).toEqual([
      { id: 'disk_type', operator: '==', value: 'Premium SSD', idRange: [0, 9], valueRange: [13, 24] },
      { id: 'os', operator: '!=', value: 'null', idRange: [28, 30], valueRange: [34, 38] },
    ]);
    expect(referencedIds(parsed)).toEqual(['disk_type', 'os']);
  });

  it('keeps balanced parentheses inside values and uses unbalanced ones for grouping', () => {
    const parsed = parse('tier == Hot && (reason == Cannot read (403) || reason == Slow)');
    expect(parsed.comparisons.map((node) => node.value)).toEqual(['Hot', 'Cannot read (403)', 'Slow']);
    expect(parsed.expression.type).toBe('and');
  });

  it('accepts spacing variants, quoted values and constants', () => {
    expect(parse('a==b').comparisons[0]).toMatchObject({ id: 'a', value: 'b' });
    expect(parse("a == 'x && y'").comparisons[0]).toMatchObject({ value: 'x && y' });
    expect(parse('  tier == Hot  ').comparisons[0]?.value).toBe('Hot');
    expect(parse('null').expression).toEqual({ type: 'constant', value: true });
    expect(parse('TRUE').expression).toEqual({ type: 'constant', value: true });
    expect(parse('false').expression).toEqual({ type: 'constant', value: false });
  });

  it('reports what is wrong and where', () => {
    const error = (text: string) => {
      const parsed = parseVisibility(text);
      return parsed.ok ? undefined : parsed.error;
    };
    expect(error('tier = Hot')).toEqual({ message: 'Expected `==` or `!=` after `tier`, found `=`', range: [5, 6] });
    expect(error('tier Hot')?.message).toBe('Expected `==` or `!=` after `tier`, found nothing');
    expect(error('tier ==')?.message).toContain('Missing value after `==`');
    expect(error('(tier == Hot')?.message).toBe('Missing `)`; close the parenthesis');
    expect(error('tier == Hot &&')?.message).toContain('ends too early');
    expect(error('tier == Hot)')?.message).toContain('Unexpected `)`');
    expect(error('&& tier == Hot')?.message).toContain('Unexpected `&&`');
    expect(error('a == "open')?.message).toContain('never closed');
    expect(error(`${'('.repeat(60)}a == b${')'.repeat(60)}`)?.message).toContain('more than 50 levels');
  });

  it('handles long chains without deep recursion', () => {
    const chain = Array.from({ length: 20_000 }, (_, index) => `q == v${index}`).join(' || ');
    const parsed = parse(chain);
    expect(parsed.comparisons).toHaveLength(20_000);
    expect(evaluateVisibility(chain, { q: 'v19999' })).toBe(true);
  });
});

describe('evaluateVisibility', () => {
  it('compares answers, with && before ||', () => {
    const expression = 'os == Windows && size == Large || os == Linux';
    expect(evaluateVisibility(expression, { os: 'Windows', size: 'Large' })).toBe(true);
    expect(evaluateVisibility(expression, { os: 'Windows', size: 'Small' })).toBe(false);
    expect(evaluateVisibility(expression, { os: 'Linux' })).toBe(true);
    expect(evaluateVisibility('os == Windows && (size == Large || size == Medium)', { os: 'Windows', size: 'Medium' })).toBe(true);
  });

  it('treats null as unanswered and multi-select answers as sets', () => {
    expect(evaluateVisibility('os != null', {})).toBe(false);
    expect(evaluateVisibility('os != null', { os: 'Linux' })).toBe(true);
    expect(evaluateVisibility('os == null', { os: '' })).toBe(true);
    expect(evaluateVisibility('apps == SQL', { apps: ['IIS', 'SQL'] })).toBe(true);
    expect(evaluateVisibility('apps != SQL', { apps: ['IIS'] })).toBe(true);
  });

  it('shows questions without a condition or with one it cannot read', () => {
    expect(evaluateVisibility(undefined, {})).toBe(true);
    expect(evaluateVisibility(null, {})).toBe(true);
    expect(evaluateVisibility(true, {})).toBe(true);
    expect(evaluateVisibility(false, {})).toBe(false);
    expect(evaluateVisibility('null', {})).toBe(true);
    expect(evaluateVisibility('os = Linux', {})).toBe(true);
  });
});
