import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../src/export/bundle.js';
import { fillTokens } from '../../src/html/fill-tokens.js';
import type { Section } from '../../schemas/article.js';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';
import { browserScheme, exportDangers, htmlDangers } from './safety.js';

/**
 * A support article as an attacker would write it: every trick in a place a real author writes
 * (summary, causes, resolutions, tables, references, raw anchors, tokens, payload, properties).
 */
const hostileBody = [
  '# Storage account <script>alert("h1")</script> cannot be reached',
  '',
  'Requests to the account <img src=x onerror="alert(1)"> time out <b onmouseover="alert(2)">after 30 seconds</b>.',
  '',
  '## **Recommended Steps**',
  '',
  '**Requests fail from one virtual network only**',
  '',
  'Common causes include:',
  '',
  '* A firewall rule blocks the subnet. [Open the firewall settings](javascript:alert(3))',
  '    * Add the subnet on the <a href="&#106;avascript:alert(4)">Networking</a> page',
  '    * Or run <a href=" JaVaScRiPt:alert(5)">the repair script</a>',
  '* A private endpoint is missing. See <a href="jav&#x09;ascript:alert(6)">endpoints</a> and [the guide][guide]',
  '* The DNS zone is wrong: <a href="javascript&colon;alert(7)">zones</a>, <a href="vbscript:msgbox(8)">VB</a>',
  '',
  'To troubleshoot the issue, follow the steps described in [Troubleshoot connectivity](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==).',
  '',
  '| Setting | Value |',
  '| --- | --- |',
  '| Allowed network | <a href="DATA:text/html,<script>alert(10)</script>">network</a> |',
  '| Picture | ![diagram](javascript:alert(11)) <img src="data:image/svg+xml,<svg onload=alert(12)>"> |',
  '',
  'Autolink: <javascript:alert(13)> and [plain](java&#x0A;script:alert(14))',
  '',
  'Account <!--$AccountName--><img src=x onerror=alert(15)>contoso<!--/$AccountName--> is affected.',
  '',
  '<iframe src="https://evil.example" srcdoc="<script>alert(16)</script>"></iframe>',
  '<style>body { background: url("javascript:alert(17)") }</style>',
  '<svg><a xlink:href="javascript:alert(18)"><text>svg link</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(19)></style></mglyph></table></mtext></math>',
  '<form action="javascript:alert(20)"><button formaction="javascript:alert(21)">Go</button></form>',
  '<object data="javascript:alert(22)"></object>',
  '<p style="background:url(javascript:alert(23))" onclick="alert(24)">Styled paragraph</p>',
  '<a href="data-blade:Microsoft_Azure_Storage.Blade.url.javascript:alert(25)">blade with a script input</a>',
  '',
  '<video>',
  '    <src>javascript:alert(26)</src>',
  '    <title>Video with a script source</title>',
  '</video>',
  '',
  '[guide]: vbscript:msgbox(27)',
  '',
  '---',
  '{',
  '  "title": "Scoping",',
  '  "formElements": [',
  '    { "id": "q1", "controlType": "textbox", "infoBalloonText": "See <a href=\'javascript:alert(28)\'>help</a> <img src=x onerror=alert(29)>" },',
  '    { "id": "q2", "controlType": "infoblock", "content": "<b>Read</b> <a href=\'https://learn.microsoft.com/azure/storage/\' onclick=\'alert(30)\'>docs</a>" }',
  '  ],',
  '  "learnMoreLink": "javascript:alert(31)",',
  '  "documentLink": "  JAVASCRIPT:alert(32)"',
  '}',
  '---',
  '',
].join('\n');

const hostile = article(hostileBody, { helpUrl: 'javascript:alert(33)', selfHelpType: 'problemScopingQuestions' });

describe('hostile article content', () => {
  const result = parseArticle(hostile, { path: 'articles/storage/hostile.md' });
  const bundle = exportLibrary([result], { shapes: ['help-api'] });
  const [entry] = bundle.index.articles;
  const exported = JSON.parse(bundle.files.get(entry!.file)!);
  const solution = JSON.parse(bundle.files.get(entry!.helpApiFile!)!);

  it('is exported (hostile content is neutralised, not a reason to drop the article)', () => {
    expect(result.article).toBeDefined();
    expect(bundle.index.rejected).toEqual([]);
  });

  it('leaves no script, handler, dangerous element or unsafe target in any html or url field', () => {
    expect(exportDangers(exported)).toEqual([]);
    expect(exportDangers(solution, '$', { placeholders: true })).toEqual([]);
  });

  it('keeps what a reader needs: the words, the safe formatting and the safe links', () => {
    const html = JSON.stringify(exported);
    expect(html).toContain('<b>after 30 seconds</b>');
    expect(html).toContain('Styled paragraph');
    expect(html).toContain('<a>Networking</a>');
    const infoblock = exported.payload.json.formElements[1].content;
    expect(infoblock).toBe('<b>Read</b> <a href="https://learn.microsoft.com/azure/storage/">docs</a>');
  });

  it('marks every unsafe link and empties its target, whatever the spelling', () => {
    const unsafe = exported.links.filter((link: { kind: string }) => link.kind === 'unsafe');
    expect(unsafe.map((link: { text: string }) => link.text)).toEqual([
      'Open the firewall settings',
      'Networking',
      'the repair script',
      'endpoints',
      'the guide',
      'zones',
      'VB',
      'Troubleshoot connectivity',
      'network',
      'javascript:alert(13)',
      'plain',
      'blade with a script input',
    ]);
    for (const link of unsafe) {
      expect(link.href).toBe('');
      expect(link.unsafeReason).toMatch(/scheme|address/);
    }
    // Only the well-formed script-free blade link would have been a blade; the one carrying a script is not.
    expect(exported.links.some((link: { kind: string }) => link.kind === 'blade')).toBe(false);
  });

  it('reports each removed link where it is written', () => {
    const warnings = exported.diagnostics.filter((diagnostic: { ruleId: string }) => diagnostic.ruleId === 'export/unsafe-link');
    expect(warnings).toHaveLength(12);
    expect(warnings[0]).toMatchObject({ severity: 'warning', line: 13, column: 38 });
    expect(warnings[0].message).toBe('Link target `javascript:alert(3)` is removed from the export; link to a web page or a portal blade');
  });

  it('reports raw HTML the export leaves out', () => {
    const raw = exported.diagnostics.filter((diagnostic: { ruleId: string }) => diagnostic.ruleId === 'export/raw-html');
    const messages = raw.map((diagnostic: { message: string }) => diagnostic.message);
    expect(messages).toContain('Raw HTML `<script>` is removed from the export with all it contains');
    expect(messages).toContain('Event handler `onmouseover` on `<b>` is removed from the export; portals never run scripts');
    expect(messages).toContain('Raw HTML `<iframe>` is removed from the export with all it contains');
    expect(messages).toContain('Attribute `style` on `<p>` is removed from the export; portals do not use it');
    expect(raw.find((diagnostic: { message: string }) => diagnostic.message.includes('`onmouseover`'))).toMatchObject({ line: 5, column: 65, endColumn: 91 });
  });

  it('clears unsafe targets in payload and property fields the model does not know', () => {
    expect(exported.payload.json.learnMoreLink).toBe('');
    expect(exported.payload.json.documentLink).toBe('');
    expect(exported.metadata.extra.helpUrl).toBe('');
    expect(exported.payload.problemScoping.formElements[0].infoBalloonText).toBe('See <a>help</a> <img src="x">');
  });

  it('keeps a token default holding markup as safe HTML and fills values as text', () => {
    const blocks = exported.sections.flatMap(function all(section: Section): Section['blocks'] {
      return [...section.blocks, ...section.sections.flatMap(all)];
    });
    const paragraph = blocks.find((block: { text: string }) => block.text.startsWith('Account'));
    expect(paragraph?.html).toBe('<p>Account <span data-token="AccountName"><img src="x">contoso</span> is affected.</p>');
    const filled = fillTokens(exported, { AccountName: '<img src=x onerror=alert(34)><script>alert(35)</script>' });
    expect(exportDangers(filled)).toEqual([]);
    expect(JSON.stringify(filled)).toContain('&lt;img src=x onerror=alert(34)&gt;&lt;script&gt;alert(35)&lt;/script&gt;');
  });

  it('turns a video with a script source into nothing a browser would open', () => {
    expect(solution.replacementMaps.videos).toEqual([{ src: '', title: 'Video with a script source', replacementKey: '<!--video-1-->' }]);
  });
});

describe('the independent checker', () => {
  // A check that cannot fail proves nothing: show it catches what it must.
  it('sees scripts, handlers and unsafe targets however they are spelled', () => {
    expect(htmlDangers('<p onclick="x()">a</p>')).toEqual(['attribute onclick on <p>']);
    expect(htmlDangers('<a href="&#106;avascript:x()">a</a>')).toEqual(['href="javascript:x()"']);
    expect(htmlDangers('<script>x()</script>')).toEqual(['element <script>']);
    expect(htmlDangers('<a href="https://learn.microsoft.com/">ok</a><span data-token="A">a</span>')).toEqual([]);
    expect(browserScheme(' Java\tScript:x')).toBe('javascript');
    expect(exportDangers({ links: [{ href: 'vbscript:x' }], html: '<img src="data:x">' })).toEqual([
      '$.links[0].href: vbscript:x',
      '$.html: src="data:x"',
    ]);
  });
});
