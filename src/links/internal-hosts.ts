/**
 * Hosts only Microsoft staff can open: corporate network names, internal tools, and Microsoft's own
 * SharePoint, Teams and Azure DevOps spaces. Each entry names what it is (for the message) and, where the
 * corpus has it, how often it appears there. A customer following such a link gets a sign-in wall or
 * nothing at all. Public Microsoft sites that merely sound internal stay off the list: the partner
 * extranet (clt.partners.extranet.microsoft.com), app.vssps.visualstudio.com, status.dev.azure.com,
 * marketplace.visualstudio.com, assetsprod.microsoft.com and query.prod.cms.rt.microsoft.com are public.
 */
import { isHostUnder } from './url.js';

interface InternalHost {
  /** What the host is, in a reader's words: "Microsoft's internal support wiki". */
  what: string;
  matches(host: string, path: string): boolean;
}

const under = (...domains: string[]) => (host: string) => domains.some((domain) => isHostUnder(host, domain));

/** Azure DevOps organisations of Microsoft itself, as `<org>.visualstudio.com` or `dev.azure.com/<org>`. */
const microsoftDevOpsOrgs = new Set([
  'msazure', 'msdata', 'mseng', 'microsoft', 'supportability', 'identitydivision', 'ceapex', 'msasg', 'office', 'onedrive', 'skype', 'domoreexp',
]);

const internalHosts: readonly InternalHost[] = [
  // supportability.visualstudio.com: 51 corpus links (support wikis); msdata.visualstudio.com: 4 (work items).
  {
    what: "a Microsoft Azure DevOps project",
    matches: (host, path) =>
      (host.endsWith('.visualstudio.com') && microsoftDevOpsOrgs.has(host.split('.')[0]!)) ||
      (host === 'dev.azure.com' && microsoftDevOpsOrgs.has(path.split('/')[1]?.toLowerCase() ?? '')),
  },
  // jarvis-west.dc.ad.msft.net: 13 corpus links (Jarvis/Geneva dashboards).
  { what: 'the Microsoft corporate network', matches: under('msft.net', 'corp.microsoft.com') },
  { what: "Microsoft's internal monitoring portal", matches: under('microsoftgeneva.com') },
  // portal.microsofticm.com: 4 corpus links.
  { what: "Microsoft's internal incident system", matches: under('microsofticm.com') },
  { what: "Microsoft's internal engineering hub", matches: under('eng.ms') },
  // old.csssupportwiki.com: 1 corpus link.
  { what: "Microsoft's internal support wiki", matches: under('csssupportwiki.com') },
  // microsofteur-my.sharepoint.com: 5 corpus links (personal OneDrive images).
  {
    what: "Microsoft's own SharePoint or OneDrive",
    matches: (host) => (host.endsWith('.sharepoint.com') && host.startsWith('microsoft')) || isHostUnder(host, 'sharepoint-df.com'),
  },
  // teams.microsoft.com/l/channel/…: 3 corpus links, to a channel in Microsoft's tenant.
  { what: 'a Microsoft Teams channel', matches: (host, path) => host === 'teams.microsoft.com' && /^\/l\/(channel|team|chat)\//i.test(path) },
  // cosmosdbmetrics, vmainsight, armprod, azurecm…: 6 corpus links to Microsoft's telemetry clusters.
  { what: "Microsoft's internal telemetry (Kusto)", matches: (host) => host.endsWith('.kusto.windows.net') && host !== 'help.kusto.windows.net' },
  // xlocationsn3prod.location-diagnostics.store.core.windows.net (2), jitaccess.security.core.windows.net (1).
  { what: "an internal Azure Storage tool", matches: under('store.core.windows.net') },
  { what: "Microsoft's just-in-time access tool", matches: (host) => host === 'jitaccess.security.core.windows.net' },
  // genie-azure-prod.dev.databricks.com: 3 corpus links (Databricks' support access tool).
  { what: "Databricks' internal tooling", matches: under('dev.databricks.com') },
  // Microsoft's own tenants of Power BI and Stream, and Azure's dogfood clouds: no corpus links.
  { what: "Microsoft's internal Power BI or Stream", matches: under('msit.powerbi.com', 'msit.microsoftstream.com') },
  { what: "Azure's internal test cloud", matches: under('azure-test.net') },
];

/** What makes the URL internal, or undefined for a public one. `extraHosts` come from config. */
export function internalHostOf(url: URL, extraHosts: readonly string[] = []): string | undefined {
  const host = url.hostname.toLowerCase();
  if (extraHosts.some((extra) => isHostUnder(host, extra.toLowerCase()))) return 'an internal site';
  return internalHosts.find((entry) => entry.matches(host, url.pathname))?.what;
}
