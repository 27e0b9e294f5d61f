// npm run bench:hostile — pathological markdown must take time proportional to its size: for each shape,
// the CPU time of an input twice as large divided by the time of the smaller one (linear ≈ 2, quadratic ≈ 4).
import { parseArticle } from '../dist/src/process.js';

const props = '<properties pageTitle="Pathological" selfHelpType="generic" />\n\n# Pathological\n\n';
const shapes = [
  ['nested block quotes', (n) => `${'>'.repeat(n)} deep`, 100_000],
  ['a line of * markers', (n) => `x ${'*'.repeat(n)}`, 100_000],
  ['alternating *a*a…', (n) => '*a'.repeat(n), 50_000],
  ['unpaired ]', (n) => `x${']'.repeat(n)}`, 100_000],
  ['unclosed and stray tokens', (n) => `${'<!--$Open-->'.repeat(n)}\n\n${'<!--/$Other-->'.repeat(n)}`, 10_000],
  ['links, one per line', (n) => '[link](https://learn.microsoft.com/azure/x)\n'.repeat(n), 2_000],
  ['properties block that never closes', (n) => `\n${' a="b"'.repeat(n)}`, 20_000],
];

const cpuMs = (run) => {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
};

console.log('| input | n | 2n ÷ n (linear ≈ 2) |\n|---|---:|---:|');
for (const [name, make, n] of shapes) {
  const small = props + make(n);
  const large = props + make(n * 2);
  const ratio = cpuMs(() => parseArticle(large)) / cpuMs(() => parseArticle(small));
  console.log(`| ${name} | ${n} | ${ratio.toFixed(2)} |`);
}
