import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/parse/json-positions.js';

const slice = (text: string, span: { start: number; end: number } | undefined) => (span ? text.slice(span.start, span.end) : undefined);

describe('scanJson positions', () => {
  const text = '{\n  "title": "Slow VM",\n  "formElements": [\n    { "id": "a", "order": 1 },\n    { "id": "b~/x", "n": null }\n  ],\n  "empty": [], "o": {}\n}';
  const scan = scanJson(text);

  it('parses valid JSON without error and ends at the closing brace', () => {
    expect(scan.error).toBeUndefined();
    expect(scan.end).toBe(text.length);
  });

  it('maps pointers to values and keys', () => {
    expect(slice(text, scan.entries.get('/title')?.value)).toBe('"Slow VM"');
    expect(slice(text, scan.entries.get('/title')?.key)).toBe('"title"');
    expect(slice(text, scan.entries.get('/formElements/1/id')?.value)).toBe('"b~/x"');
    expect(slice(text, scan.entries.get('/formElements/0/order')?.value)).toBe('1');
    expect(slice(text, scan.entries.get('/formElements/0')?.value)).toBe('{ "id": "a", "order": 1 }');
    expect(slice(text, scan.entries.get('/formElements/1/n')?.value)).toBe('null');
    expect(slice(text, scan.entries.get('/empty')?.value)).toBe('[]');
    expect(slice(text, scan.entries.get('/o')?.value)).toBe('{}');
    expect(slice(text, scan.entries.get('')?.value)).toBe(text);
  });

  it('escapes ~ and / in pointer segments and decodes escaped keys', () => {
    const keyed = '{"a/b": 1, "c~d": 2, "\\u0065": 3}';
    const result = scanJson(keyed);
    expect(slice(keyed, result.entries.get('/a~1b')?.value)).toBe('1');
    expect(slice(keyed, result.entries.get('/c~0d')?.value)).toBe('2');
    expect(slice(keyed, result.entries.get('/e')?.value)).toBe('3');
  });

  it('stops after the value when asked', () => {
    const result = scanJson('{"a": 1}\n# Title', { stopAfterValue: true });
    expect(result.error).toBeUndefined();
    expect(result.end).toBe(8);
  });

  it('handles hostile nesting without recursion and records only down to maxDepth', () => {
    const depth = 100_000;
    const deep = '['.repeat(depth) + ']'.repeat(depth);
    const result = scanJson(deep, { maxDepth: 3 });
    expect(result.error).toBeUndefined();
    expect([...result.entries.keys()]).toEqual(['/0/0/0', '/0/0', '/0', '']);
    const unclosed = scanJson('{"a":'.repeat(depth));
    expect(unclosed.error?.message).toContain('never closed');
  });
});

describe('scanJson errors', () => {
  const errorOf = (text: string) => {
    const { error } = scanJson(text);
    return error && { at: error.offset, text: text.slice(error.offset, error.end), message: error.message };
  };

  it('missing comma: at the next property', () => {
    expect(errorOf('{"a": 1\n "b": 2}')).toEqual({ at: 9, text: '"b"', message: 'Missing `,` before `"b"`; add a comma after the previous property' });
    expect(errorOf('[1 2]')?.message).toBe('Missing `,` before `2`; add a comma after the previous item');
  });

  it('trailing comma: at the comma', () => {
    expect(errorOf('{"a": [1, 2,\n]}')).toMatchObject({ at: 11, text: ',', message: 'Trailing `,` before `]`; remove it' });
    expect(errorOf('{"a": 1,\n}')).toMatchObject({ at: 7, message: 'Trailing `,` before `}`; remove it' });
  });

  it('raw control characters inside strings', () => {
    expect(errorOf('{"a": "x\ty"}')).toMatchObject({ at: 8, message: 'Raw tab inside a string; write it as `\\t`' });
    expect(errorOf('{"a": "x\ny"}')?.message).toContain('Line break inside a string');
    expect(errorOf('{"a": "x\u0001"}')?.message).toContain('U+0001');
    expect(scanJson('{"a": "x\ty"}', { allowControlCharacters: true }).error).toBeUndefined();
  });

  it('unclosed containers and strings', () => {
    expect(errorOf('{"a": [1, 2]')).toMatchObject({ at: 0, message: 'This `{` is never closed; add the matching `}`' });
    expect(errorOf('{"a": "abc')).toMatchObject({ at: 6, message: 'This string is never closed; add the closing `"`' });
    expect(errorOf('   ')?.message).toContain('empty');
  });

  it('names what authors commonly get wrong', () => {
    expect(errorOf("{'a': 1}")?.message).toBe('Property names need double quotes; replace `\'` with `"`');
    expect(errorOf('{a: 1}')?.message).toBe('Property name `a` needs double quotes');
    expect(errorOf('{"a" 1}')?.message).toBe('Missing `:` after the property name `a`; add it before the value');
    expect(errorOf('{"a": tru}')?.message).toBe('Unexpected `tru`; write a string in double quotes, a number, `true`, `false` or `null`');
    expect(errorOf('{"a": True}')?.message).toBe('Write `true` in lower case (found `True`)');
    expect(errorOf('{"a": 01}')?.message).toContain('Invalid number `01`');
    expect(errorOf('{"a": "\\q"}')?.message).toContain('Invalid escape `\\q`');
    expect(errorOf('{"a": "\\u12G4"}')?.message).toContain('four hex digits');
    expect(errorOf('{"a": 1} x')).toMatchObject({ at: 9, message: expect.stringContaining('after the end of the JSON') });
    expect(errorOf('{"a": 1 // note\n}')?.message).toBe('Comments are not allowed in JSON; remove it');
    expect(errorOf('{"a":\u00a01}')?.message).toContain('no-break space (U+00A0)');
    expect(errorOf('{"a": }')?.message).toBe('Missing value before `}`; write a value after the `:`');
    expect(errorOf('[1,,2]')?.message).toBe('Missing value before `,`; write a value or remove the extra comma');
    expect(errorOf('{"a": [1}')?.message).toBe('Unexpected `}`; the `[` it should close needs `]`');
  });

  it('agrees with JSON.parse on validity', () => {
    const samples = ['{}', '[]', '"x"', '0', '-1.5e+3', 'true', ' null ', '{"a":[{"b":[]}]}', '[1,]', '{,}', '01', '1.', '-', '.5', '"\\/"', '[', '{"a":1}}'];
    for (const sample of samples) {
      let valid = true;
      try {
        JSON.parse(sample);
      } catch {
        valid = false;
      }
      expect(scanJson(sample).error === undefined, sample).toBe(valid);
    }
  });
});
