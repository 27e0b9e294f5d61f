import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/source.js';
import { processBytes } from '../../src/process.js';
import { article } from '../helpers/article.js';

const names = { path: 'a.md', source: 'a.md' };
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('strips a UTF-8 BOM and remembers it; offsets exclude it', () => {
    const decoded = decodeSource(utf8('\uFEFF<properties />\n# T'), names);
    expect(decoded.value?.bom).toBe(true);
    expect(decoded.value?.text.startsWith('<properties')).toBe(true);
    expect(decoded.value?.toPoint(0)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('reports UTF-16 by its BOM instead of guessing', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00]);
    const decoded = decodeSource(bytes, names);
    expect(decoded.value).toBeUndefined();
    expect(decoded.diagnostics).toEqual([expect.objectContaining({ ruleId: 'file/encoding', line: 1, column: 1 })]);
    expect(decoded.diagnostics[0]!.message).toContain('UTF-16');
  });

  it('reports NUL bytes at their line and column', () => {
    const decoded = decodeSource(utf8('line one\nab\u0000c'), names);
    expect(decoded.diagnostics[0]).toMatchObject({ ruleId: 'file/encoding', line: 2, column: 3 });
  });

  it('reports invalid UTF-8 at the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('ok\nxy'), 0xc3, 0x28]);
    const decoded = decodeSource(bytes, names);
    expect(decoded.diagnostics[0]).toMatchObject({ ruleId: 'file/encoding', line: 2, column: 3 });
  });
});

describe('line endings and BOM do not change the model', () => {
  const text = article('# Printer queue stalls\n\n## **Recommended Steps**\n\nRestart the spooler [service docs](https://learn.microsoft.com/windows/spooler#restart).\n');
  const model = (bytes: Uint8Array) => {
    const { article: value } = processBytes(bytes, names);
    if (!value) throw new Error('not parsed');
    return { title: value.title, links: value.links.map((link) => [link.href, link.position.start.line, link.position.start.column]), sections: value.sections.length };
  };
  it('CRLF gives the same lines and columns as LF', () => {
    expect(model(utf8(text.replaceAll('\n', '\r\n')))).toEqual(model(utf8(text)));
  });
  it('a BOM gives the same lines and columns', () => {
    expect(model(utf8(`\uFEFF${text}`))).toEqual(model(utf8(text)));
  });
});
