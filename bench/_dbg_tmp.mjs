import { readFileSync } from 'node:fs';
import { decodeSource } from '../dist/src/source.js';
import { splitRegions } from '../dist/src/split.js';
import { reader } from '../dist/src/parse/fast/engine.js';
const f = process.argv[2];
const source = decodeSource(readFileSync('/work/shared/corpus/' + f), { path: f, source: f });
const md = splitRegions(source.value).value.markdown;
const lines = md.split('\n');
const tokens = reader.parse(md, { blockStarts: new Map(), lazyIndentedLines: new Set(), lazyHtmlLines: new Set() });
for (const t of tokens) if (t.type === 'inline') {
  const [a, b] = t.map;
  const content = t.content.split('\n');
  for (let i = a; i < b; i++) {
    const piece = content[i - a] ?? '';
    const line = lines[i].replace(/[ \t]+$/, i === b - 1 ? '' : 'X');
    if (!lines[i].replace(/\r$/, '').replace(/[ \t]+$/, '').endsWith(piece.replace(/[ \t]+$/, '')) ) console.log(JSON.stringify({ line: i + 1, src: lines[i], piece }));
  }
}
