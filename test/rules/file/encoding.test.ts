import { describe, expect, it } from 'vitest';
import { processBytes } from '../../../src/process.js';
import { validateResult } from '../../../src/lint/validate.js';
import { fileEncoding } from '../../../src/rules/file/encoding.js';

const names = { path: 'articles/vm/disk.md', source: 'articles/vm/disk.md' };
const run = (bytes: Uint8Array) => validateResult(processBytes(bytes, names), { rules: [fileEncoding] });

describe('file/encoding (reported while reading)', () => {
  it('reports UTF-16 and rejects the file', () => {
    const result = processBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x3c]), names);
    expect(result.article).toBeUndefined();
    expect(run(new Uint8Array([0xfe, 0xff, 0x00, 0x3c]))).toEqual([expect.objectContaining({ ruleId: 'file/encoding', severity: 'error', line: 1, column: 1 })]);
  });

  it('reports an invalid byte at its line and column', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<properties />\n# Caf'), 0xe9, 0x0a]);
    expect(run(bytes)).toEqual([expect.objectContaining({ ruleId: 'file/encoding', line: 2, column: 6 })]);
  });

  it('accepts UTF-8 with a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<properties pageTitle="Café" />\n# Café\n')]);
    expect(run(bytes)).toEqual([]);
  });
});
