import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleBytes } from '../../src/library/read.js';

const folder = mkdtempSync(path.join(tmpdir(), 'selfhelp-read-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const write = (name: string, bytes: Buffer | string) => {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return file;
};

describe('readArticleBytes', () => {
  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a small article with a BOM and CRLF', Buffer.from('\uFEFF<properties pageTitle="Disk full" />\r\n\r\n# Disk full\r\n')],
    // Past Buffer's 4 KB pool and past one read of many file systems.
    ['a large article', Buffer.from(`# Big\n\n${'A line of text in a long article.\n'.repeat(6_000)}`)],
  ])('returns exactly the bytes of %s', (_, bytes) => {
    const read = readArticleBytes(write(`${bytes.length}.md`, bytes), 1024 * 1024);
    expect('bytes' in read && read.bytes.equals(bytes)).toBe(true);
  });

  it('reports a file over the limit without reading it', () => {
    const read = readArticleBytes(write('over.md', 'x'.repeat(2_000)), 1_000);
    expect('problem' in read && read.problem).toMatchObject({ ruleId: 'file/too-large' });
  });

  it('takes a file exactly at the limit', () => {
    const read = readArticleBytes(write('at.md', 'y'.repeat(1_000)), 1_000);
    expect('bytes' in read && read.bytes.length).toBe(1_000);
  });
});
