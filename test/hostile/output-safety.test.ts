/**
 * Output safety: exported HTML and link fields never carry script, whatever the article tries; output
 * file names come only from sanitised ids; the export never writes outside `--out`.
 */
import { mkdtemp, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../src/export/bundle.js';
import { writeBundle } from '../../src/export/write.js';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';
import { dangerousHtml, dangerousInExport } from './safety.js';

/** Ways to smuggle script through markdown and raw HTML (OWASP filter-evasion classics, adapted). */
const vectors = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">raw link</a>',
  '<a href="jav&#x09;ascript:alert(1)">tab-split</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">encoded</a>',
  '<a href=" javascript:alert(1)">leading space</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '[inline](javascript:alert(1))',
  '[upper](JAVASCRIPT:alert(1))',
  '[spaced](<javascript:alert(1)>)',
  '[entity](javascript&#58;alert(1))',
  '[escaped](java\\script:alert(1))',
  '![image](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[reference][evil]\n\n[evil]: javascript:alert(1)',
  '[data](data:text/html;base64,PHNjcmlwdD4=)',
  '<!--$Token--><script>alert(1)</script><!--/$Token-->',
  '**[bold](javascript:alert(1))**',
  '> [quoted](javascript:alert(1)) <img src=x onerror=alert(1)>',
  '| a | b |\n|---|---|\n| [cell](javascript:alert(1)) | <script>x</script> |',
  '- cause <img src=x onerror=alert(1)>\n  - resolution [fix](javascript:alert(1))',
];

describe('exported HTML and link fields never carry script', () => {
  it.each(vectors)('%s', (vector) => {
    const body = `# Title\n\nCommon causes include:\n\n- ${vector.split('\n')[0]}\n\n${vector}\n\n## Recommended Steps\n\n${vector}\n\n<!--issueDescription-->${vector}<!--/issueDescription-->\n`;
    const result = parseArticle(article(body), { path: 'articles/xss/vector.md' });
    expect(result.article).toBeDefined();
    expect(dangerousInExport(exportLibrary([result]))).toEqual([]);
  });

  it('the checker itself flags script (it can fail)', () => {
    expect(dangerousHtml('<p><a href="jav&#x09;ascript:x">a</a></p>')).not.toEqual([]);
    expect(dangerousHtml('<img src=x onerror=alert(1)>')).not.toEqual([]);
    expect(dangerousHtml('<p><a href="https://learn.microsoft.com/">ok</a></p>')).toEqual([]);
  });
});

describe('export file names and folder', () => {
  const hostileIds = ['../../etc/passwd', '..', '/absolute/path', 'C:\\Windows\\win.ini', 'a/../../b', '%2e%2e%2fescape', 'nul\u0000byte', '.hidden', 'CON', `${'x'.repeat(500)}`];

  it('derives every output name from a sanitised id, inside articles/', () => {
    const results = hostileIds.map((id, index) => parseArticle(article(`# Title ${index}\n`, { articleId: id }), { path: `articles/id/${index}.md` }));
    const bundle = exportLibrary(results);
    expect(bundle.index.articles).toHaveLength(hostileIds.length);
    for (const name of bundle.files.keys()) {
      expect(name).toMatch(/^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,200}\/)*[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/);
      expect(name.split('/')).not.toContain('..');
    }
  });

  it('writes nothing outside --out, even for a bundle with a crafted name', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'selfhelp-out-'));
    const out = path.join(root, 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'previous.json'), '{}');
    const bundle = exportLibrary([]);
    bundle.files.set('../escaped.json', '{}');
    await expect(writeBundle(bundle, out)).rejects.toThrow();
    expect((await readdir(root)).filter((name) => !name.startsWith('.'))).toEqual(['out']);
  });
});
