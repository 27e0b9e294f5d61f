import { structureRawHtml } from '../../../src/rules/structure/raw-html.js';
import { article } from '../../helpers/article.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(structureRawHtml, {
  valid: [
    { name: 'line breaks', source: article('# Title\n\n[Reset the VM](https://learn.microsoft.com/azure)<br>\nRestarts it.<br/>') },
    { name: 'comments, tokens and directives', source: article('# Title\n\n<!-- <script>old()</script> -->\n\nThe VM <!--$VmName-->vm1<!--/$VmName--> stopped.') },
    { name: 'tags in code', source: article('# Title\n\nUse `<script>` in the page, or:\n\n```\n<iframe src="x"></iframe>\n```') },
    { name: 'escaped placeholder', source: article('# Title\n\nRun `klist get cifs/\\<account>.file.core.windows.net`, replacing \\<account>.') },
    {
      name: 'Apollo elements in an Apollo article',
      source: article('# Title\n\n## Slow disk\n\n<insight>\n    <symptomId>slowdisk</symptomId>\n</insight>\n\n<video>\n    <src>https://example.com/v</src>\n</video>', { selfHelpType: 'Apollo' }),
    },
    { name: 'allowed by option', source: article('# Title\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd>.'), options: { allow: ['kbd', 'br'] } },
  ],
  invalid: [
    {
      name: 'script block',
      source: article('# Title\n\n<script>\ndocument.title = "x";\n</script>'),
      errors: [{ messageId: 'dangerousTag', line: 5, column: 1, endLine: 5, endColumn: 9 }],
    },
    {
      name: 'inline iframe and a style block',
      source: article('# Title\n\nWatch <iframe src="https://example.com/v"></iframe> now.\n\n<style>\np { color: red }\n</style>'),
      errors: [
        { messageId: 'dangerousTag', line: 5, column: 7, endColumn: 43 },
        { messageId: 'dangerousTag', line: 7, column: 1 },
      ],
    },
    {
      name: 'event handler on an allowed tag',
      source: article('# Title\n\nRestart it.<br onmouseover="steal()">'),
      errors: [{ messageId: 'eventHandler', line: 5, column: 16, endColumn: 37 }],
    },
    {
      name: 'javascript URL, also disguised with an entity',
      source: article('# Title\n\n<a href="javascript:run()">Run</a> or <a href="java&#x09;script:run()">this</a>'),
      errors: [
        { messageId: 'scriptUrl', line: 5, column: 4, endColumn: 27 },
        { messageId: 'scriptUrl', line: 5, column: 42 },
      ],
    },
    {
      name: 'other HTML',
      source: article('# Title\n\n<div>\nCheck the <b>Networking</b> blade.\n</div>'),
      errors: [
        { messageId: 'otherTag', line: 5, column: 1, endColumn: 6 },
        { messageId: 'otherTag', line: 6, column: 11, endColumn: 14 },
      ],
    },
    {
      name: 'placeholder read as a tag',
      source: article('# Title\n\nRun `klist` for cifs/<storageAccount>.file.core.windows.net.'),
      errors: [{ messageId: 'placeholder', line: 5, column: 22, endColumn: 38 }],
    },
    {
      name: 'Apollo element outside Apollo',
      source: article('# Title\n\n<insight>\n<symptomId>slowdisk</symptomId>\n</insight>'),
      errors: [
        { messageId: 'placeholder', line: 5, column: 1 },
        { messageId: 'placeholder', line: 6, column: 1 },
      ],
    },
    {
      name: 'exact place inside a quote',
      source: article('# Title\n\n> <div>\n> <span>Restart</span>\n> </div>'),
      errors: [
        { messageId: 'otherTag', line: 5, column: 3 },
        { messageId: 'otherTag', line: 6, column: 3, endColumn: 9 },
      ],
    },
  ],
});
