// node bench/fast-markdown.mjs [corpus dir]   (after `npm run build`)
// Times remark (parse + frontmatter + gfm) against parseMarkdownFast on every corpus file's markdown
// region, single-threaded, after one warm-up pass each. The fast figure includes conversion and the
// refusal checks, but not remark's time for the files it refuses.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const root = fileURLToPath(new URL('..', import.meta.url));
const { parseMarkdownFast } = await import(path.join(root, 'dist/src/parse/fast/index.js'));
const { decodeSource } = await import(path.join(root, 'dist/src/source.js'));
const { splitRegions } = await import(path.join(root, 'dist/src/split.js'));

const corpus = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus'));
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

function* markdownFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(full);
    else if (entry.name.endsWith('.md')) yield full;
  }
}

const inputs = [];
for (const file of markdownFiles(corpus)) {
  const source = decodeSource(readFileSync(file), { path: file, source: file });
  const regions = source.value && splitRegions(source.value).value;
  if (regions) inputs.push(regions.markdown);
}

function time(run) {
  for (const markdown of inputs) run(markdown); // warm-up
  const started = performance.now();
  let result = 0;
  for (const markdown of inputs) result += run(markdown);
  return { ms: performance.now() - started, result };
}

const remark = time((markdown) => (processor.parse(markdown).children.length > 0 ? 0 : 0));
const fast = time((markdown) => (parseMarkdownFast(markdown) === undefined ? 1 : 0));
console.log(`files: ${inputs.length}`);
console.log(`remark+gfm total: ${remark.ms.toFixed(0)} ms`);
console.log(`parseMarkdownFast total: ${fast.ms.toFixed(0)} ms`);
console.log(`ratio: ${(fast.ms / remark.ms).toFixed(3)}`);
console.log(`fallbacks: ${fast.result} (${((100 * fast.result) / inputs.length).toFixed(1)}%)`);
