import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../src/export/bundle.js';
import { classifyLink } from '../../src/links/classify.js';
import { docsHrefForCloud, localeFreeHref } from '../../src/links/docs.js';
import { parseArticle } from '../../src/process.js';
import { article } from '../helpers/article.js';

const body = [
  '# Virtual machine is unreachable after a restart',
  '',
  '## **Recommended Steps**',
  '',
  '1. Check the [resource health](data-blade:Microsoft_Azure_Support.ResourceHealthBlade.resourceId.$resourceId) of the machine',
  '2. Open [boot diagnostics](https://portal.azure.com/#blade/Microsoft_Azure_Compute/VirtualMachineBootDiagnosticsBlade/vmId/%24vmId) to see the console',
  '3. Review the [directory overview](https://portal.azure.com/#blade/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/Overview)',
  '4. Redeploy with the [redeploy button](button-data-blade:Microsoft_Azure_Compute.VirtualMachineRedeployViewModel.id.$resourceId)',
  '5. A [broken blade](data-blade:Microsoft_Azure_Compute.) link',
  '6. Read [boot errors](https://docs.microsoft.com/en-us/azure/virtual-machines/troubleshooting/boot-error-troubleshoot#common-errors)',
  '7. Read the [reset guide](https://learn.microsoft.com/azure/virtual-machines/reset-rdp)',
  '8. Jump to [the notes](#notes), ask [support](mailto:vmsupport@contoso.com) or read the [community answer](https://techcommunity.microsoft.com/t/vm/1)',
  '9. Follow <a href="https://learn.microsoft.com/en-us/azure/virtual-machines/serial-console-overview" target="_blank">the serial console guide</a>',
  '10. Or <a href="https://learn.microsoft.com/azure/virtual-machines/windows/run-command">run a *command*</a> on the machine',
  '',
  '## Notes',
  '',
  'Nothing else.',
  '',
].join('\n');

describe('links in the export', () => {
  const result = parseArticle(article(body), { path: 'articles/vm/unreachable.md' });
  const bundle = exportLibrary([result]);
  const exported = JSON.parse(bundle.files.get(bundle.index.articles[0]!.file)!);
  const byText = (text: string) => exported.links.find((link: { text: string }) => link.text === text);

  it('gives every link a kind', () => {
    expect(exported.links.map((link: { text: string; kind: string }) => [link.text, link.kind])).toEqual([
      ['resource health', 'blade'],
      ['boot diagnostics', 'blade'],
      ['directory overview', 'blade'],
      ['redeploy button', 'blade'],
      ['broken blade', 'blade'],
      ['boot errors', 'docs'],
      ['reset guide', 'docs'],
      ['the notes', 'anchor'],
      ['support', 'mailto'],
      ['community answer', 'external'],
      ['the serial console guide', 'docs'],
      ['run a command', 'docs'],
    ]);
  });

  it('parses portal links into blade references', () => {
    expect(byText('resource health')).toMatchObject({
      href: 'data-blade:Microsoft_Azure_Support.ResourceHealthBlade.resourceId.$resourceId',
      blade: { extension: 'Microsoft_Azure_Support', name: 'ResourceHealthBlade', parameters: { resourceId: '$resourceId' } },
      position: { start: { line: 7, column: 14 } },
    });
    expect(byText('boot diagnostics').blade).toEqual({
      extension: 'Microsoft_Azure_Compute',
      name: 'VirtualMachineBootDiagnosticsBlade',
      parameters: { vmId: '$vmId' },
    });
    expect(byText('directory overview').blade).toEqual({ extension: 'Microsoft_AAD_IAM', name: 'ActiveDirectoryMenuBlade', parameters: { '~': 'Overview' } });
    expect(byText('redeploy button').blade).toMatchObject({ name: 'VirtualMachineRedeployViewModel', parameters: { id: '$resourceId' } });
  });

  it('says why a blade link cannot be routed instead of guessing', () => {
    const broken = byText('broken blade');
    expect(broken.blade).toBeUndefined();
    expect(broken.bladeError).toBe('The blade link has an empty part (`..` or a dot at an end)');
  });

  it('keeps docs paths and adds a locale-free form', () => {
    expect(byText('boot errors')).toMatchObject({
      href: 'https://docs.microsoft.com/en-us/azure/virtual-machines/troubleshooting/boot-error-troubleshoot#common-errors',
      localeFreeHref: 'https://docs.microsoft.com/azure/virtual-machines/troubleshooting/boot-error-troubleshoot#common-errors',
      fragment: 'common-errors',
    });
    expect(byText('reset guide').localeFreeHref).toBe('https://learn.microsoft.com/azure/virtual-machines/reset-rdp');
  });

  it('includes raw HTML anchors, with their text even when it is markdown', () => {
    expect(byText('the serial console guide')).toMatchObject({
      localeFreeHref: 'https://learn.microsoft.com/azure/virtual-machines/serial-console-overview',
      position: { start: { line: 15, column: 20 } }, // where the href value is written
    });
    expect(byText('run a command').href).toBe('https://learn.microsoft.com/azure/virtual-machines/windows/run-command');
  });

  it('renders portal links with their portal address, and raw anchors without extra attributes', () => {
    const html = JSON.stringify(exported.recommendedSteps.blocks.map((block: { html: string }) => block.html));
    expect(html).toContain('<a href=\\"data-blade:Microsoft_Azure_Support.ResourceHealthBlade.resourceId.$resourceId\\">resource health</a>');
    expect(html).toContain('<a href=\\"button-data-blade:Microsoft_Azure_Compute.VirtualMachineRedeployViewModel.id.$resourceId\\">redeploy button</a>');
    expect(html).toContain('<a href=\\"https://learn.microsoft.com/en-us/azure/virtual-machines/serial-console-overview\\">the serial console guide</a>');
  });
});

describe('link helpers', () => {
  it('classify unknown schemes as unsafe and relative paths as external', () => {
    expect(classifyLink('ms-settings:network')).toBe('unsafe');
    expect(classifyLink('  #blade/Microsoft_Azure_Support/HelpAndSupportBlade')).toBe('blade');
    expect(classifyLink('../compute/restart.md')).toBe('external');
    expect(classifyLink('#view/Microsoft_Azure_Billing/SubscriptionsBlade')).toBe('blade');
  });

  it('remove only a locale first segment', () => {
    expect(localeFreeHref('https://learn.microsoft.com/zh-hans-cn/azure/aks/')).toBe('https://learn.microsoft.com/azure/aks/');
    expect(localeFreeHref('https://learn.microsoft.com/azure/en-us-notes/')).toBe('https://learn.microsoft.com/azure/en-us-notes/');
  });

  it('move public Azure docs to the Azure China site for mooncake only', () => {
    const href = 'https://docs.microsoft.com/en-us/azure/backup/backup-azure-vms?tabs=cli#restore';
    expect(docsHrefForCloud(href, 'mooncake')).toBe('https://docs.azure.cn/en-us/backup/backup-azure-vms?tabs=cli#restore');
    expect(docsHrefForCloud('https://learn.microsoft.com/azure/aks/', 'mooncake')).toBe('https://docs.azure.cn/aks/');
    expect(docsHrefForCloud('https://learn.microsoft.com/sql/t-sql/statements', 'mooncake')).toBe('https://learn.microsoft.com/sql/t-sql/statements');
    expect(docsHrefForCloud('https://learn.microsoft.com/azure/', 'mooncake')).toBe('https://docs.azure.cn/');
    for (const cloud of ['public', 'fairfax', 'usnat', 'ussec', 'blackforest'] as const) expect(docsHrefForCloud(href, cloud)).toBe(href);
  });
});

describe('reference links in the export HTML', () => {
  const source = [
    '# Budgets cannot be created',
    '',
    'Azure uses [role-based access control][rbac] to decide who can create budgets; see also [the scopes] [scopes].',
    '',
    '## **Recommended Steps**',
    '',
    '1. Ask an owner for the [Cost Management Contributor][rbac] role',
    '',
    '[rbac]: https://learn.microsoft.com/azure/role-based-access-control/overview "RBAC"',
    '[scopes]: https://learn.microsoft.com/azure/cost-management-billing/costs/understand-work-scopes',
    '',
  ].join('\n');

  it('resolves a reference against a definition written in another block, in every cloud build', () => {
    const result = parseArticle(article(source, { cloudEnvironments: 'public,mooncake' }), { path: 'articles/cost/budgets.md' });
    for (const cloud of [undefined, 'mooncake'] as const) {
      const bundle = exportLibrary([result], cloud ? { cloud } : {});
      const exported = JSON.parse(bundle.files.get(bundle.index.articles[0]!.file)!);
      const host = cloud === 'mooncake' ? 'docs.azure.cn' : 'learn.microsoft.com';
      expect(exported.summary.html).toContain(`<a href="https://${host}/`);
      expect(exported.summary.html).toContain('title="RBAC">role-based access control</a>');
      expect(exported.summary.html).not.toContain('[rbac]');
      const step = exported.recommendedSteps.blocks[0].html as string;
      expect(step).toMatch(/<a href="https:\/\/[^"]+role-based-access-control\/overview" title="RBAC">Cost Management Contributor<\/a>/);
    }
  });
});
