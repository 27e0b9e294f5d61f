// Regenerate docs/rules/README.md, the generated tail of each rule page, and docs/schema/*.json
// from the built package (run `npm run build` first; `npm run docs` does both).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { allRules } from '../dist/src/rules/index.js';
import { renderCatalogue, renderGeneratedSection } from '../dist/src/docs/catalogue.js';
import { renderJsonSchemas } from '../dist/src/docs/json-schemas.js';

const marker = '<!-- generated: do not edit below -->';
await writeFile(new URL('../docs/rules/README.md', import.meta.url), renderCatalogue(allRules));
for (const rule of allRules) {
  const file = new URL(`../docs/rules/${rule.meta.id}.md`, import.meta.url);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) continue;
  const head = text.includes(marker) ? text.slice(0, text.indexOf(marker)).trimEnd() : text.trimEnd();
  await writeFile(file, `${head}\n\n${renderGeneratedSection(rule)}`);
}
await mkdir(new URL('../docs/schema/', import.meta.url), { recursive: true });
for (const [name, text] of Object.entries(renderJsonSchemas())) {
  await writeFile(new URL(`../docs/schema/${name}.schema.json`, import.meta.url), text);
}
