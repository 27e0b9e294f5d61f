import { describe, expect, it } from 'vitest';
import { isBladeLink, parseBladeLink } from '../../src/links/blade.js';

describe('parseBladeLink', () => {
  it('reads data-blade links with parameters and the fallback address', () => {
    expect(parseBladeLink('data-blade:Microsoft_Azure_Compute.VmResizeBlade.id.$resourceId.mode.advanced')).toEqual({
      extension: 'Microsoft_Azure_Compute',
      name: 'VmResizeBlade',
      parameters: { id: '$resourceId', mode: 'advanced' },
    });
    expect(parseBladeLink('data-blade:HubsExtension.ServiceHealthBlade;data-blade-uri:{$domain}/#view/health')).toEqual({
      extension: 'HubsExtension',
      name: 'ServiceHealthBlade',
      parameters: {},
      uri: '{$domain}/#view/health',
    });
  });

  it('reads button variants and portal URLs, keeping a lone menu item under `~`', () => {
    expect(parseBladeLink('button-data-blade:Microsoft_Azure_Network.NextHopBlade.id.$subscriptionId')).toMatchObject({ name: 'NextHopBlade' });
    expect(parseBladeLink('https://portal.azure.com/?feature.x=1#blade/Microsoft_AAD_IAM/UsersMenuBlade/AllUsers/filter/a%2Fb')).toEqual({
      extension: 'Microsoft_AAD_IAM',
      name: 'UsersMenuBlade',
      parameters: { '~': 'AllUsers', filter: 'a/b' },
    });
    expect(parseBladeLink('#blade/HubsExtension/BrowseAll/')).toEqual({ extension: 'HubsExtension', name: 'BrowseAll', parameters: {} });
  });

  it.each([
    ['data-blade:', 'has no extension or blade name'],
    ['data-blade:Microsoft_Azure_Monitoring', 'has no blade name after `Microsoft_Azure_Monitoring`'],
    ['data-blade:Microsoft_Azure_Monitoring.AlertsBlade.scope', 'has a parameter `scope` without a value'],
    ['data-blade:Microsoft_Azure_Monitoring.scope.$resourceId', 'has a value `$resourceId` without a parameter name (is the extension or blade missing?)'],
    ['data-blade:Microsoft_Azure_Monitoring..AlertsBlade', 'has an empty part (`..` or a dot at an end)'],
    ['data-blade:Microsoft_Azure_Monitoring.Alerts Blade', 'contains white space'],
    ['data-blade:Microsoft-Azure.AlertsBlade', 'has an extension name `Microsoft-Azure` that is not a name'],
    ['data-blade:Microsoft_Azure_Monitoring.AlertsBlade.$scope.x', 'has a parameter name `$scope` that is not a name'],
    ['data-blade:Microsoft_Azure_Monitoring.AlertsBlade;open-in:new', 'has an unknown option `;open-in`'],
    ['https://portal.azure.com/#blade/Microsoft_Azure_Billing', 'has no blade name after `Microsoft_Azure_Billing`'],
    ['https://ms.portal.azure.com/#blade/Microsoft_Azure_Billing//CostBlade', 'has an empty part (`//`)'],
    ['https://portal.azure.com/#blade/Microsoft_Azure_Billing/CostBlade/scope/%E0%A4%A', 'has a broken `%` escape'],
    ['https://learn.microsoft.com/azure/', 'is not a portal blade link'],
  ])('reports %s', (href, error) => {
    expect(parseBladeLink(href)).toEqual({ error });
  });
});

describe('isBladeLink', () => {
  it('recognises blade links whether or not they are well formed', () => {
    expect(isBladeLink('Data-Blade:X')).toBe(true);
    expect(isBladeLink('https://portal.azure.cn/#view/X/Y')).toBe(true);
    expect(isBladeLink('https://portal.azure.com/#home')).toBe(false);
    expect(isBladeLink('https://example.com/#blade/X/Y')).toBe(false);
  });
});
