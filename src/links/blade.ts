/**
 * Portal blade links. The portal opens `data-blade:Extension.BladeName.param.value…` links itself (the
 * templates' form; 75 corpus links), and full portal URLs with a `#blade/Extension/BladeName/param/value`
 * fragment (31 corpus links). A link it cannot route does nothing when clicked, so the linter reports it
 * and the export stage turns good ones into typed blade references; both read links through this parser.
 */

export interface BladeLink {
  /** The portal extension that owns the blade, e.g. `Microsoft_Azure_Compute`. */
  extension: string;
  /** The blade, e.g. `VirtualMachineRedeployViewModel`. */
  name: string;
  /**
   * Inputs in order of writing; `$resourceId`-style values are filled by the portal. In a `#blade/` URL
   * a lone first segment is a menu item (`…/ActiveDirectoryMenuBlade/Overview`), kept under the key `~`
   * as the portal's `#view/…/~/Overview` form writes it.
   */
  parameters: Record<string, string>;
  /** The fallback address after `;data-blade-uri:`, when given. */
  uri?: string;
}

export type BladeLinkResult = BladeLink | { error: string };

/**
 * `data-blade:` is the templates' form. 4 corpus files use `button-data-blade:` and
 * `button-data-context:` for the same target drawn as a button; their grammar is the same.
 */
const dataBladeSchemes = ['data-blade', 'button-data-blade', 'button-data-context'] as const;

/** Portal hosts of every cloud; `ms.portal.azure.com` (9 corpus links) is the Microsoft-tenant portal. */
const portalHosts = new Set(['portal.azure.com', 'portal.azure.cn', 'portal.azure.us', 'portal.microsoftazure.de']);
const isPortalHost = (host: string): boolean => portalHosts.has(host) || host.endsWith('.portal.azure.com');

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
const tokenValue = /^\$[A-Za-z_][A-Za-z0-9_]*$/;

/** The `data-blade`-family scheme an href starts with, lower-cased, or undefined. */
export function bladeSchemeOf(href: string): (typeof dataBladeSchemes)[number] | undefined {
  const lower = href.trimStart().toLowerCase();
  return dataBladeSchemes.find((scheme) => lower.startsWith(`${scheme}:`));
}

/** The `blade/…` or `view/…` fragment of a portal link, or undefined when the href is not one. */
function bladeFragmentOf(href: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return isBladeFragment(trimmed.slice(1)) ? trimmed.slice(1) : undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  const fragment = url.hash.slice(1);
  return isPortalHost(url.hostname.toLowerCase()) && isBladeFragment(fragment) ? fragment : undefined;
}

const isBladeFragment = (fragment: string): boolean => /^(blade|view)\//i.test(fragment);

/** Whether the href is meant to open a portal blade (well formed or not). */
export const isBladeLink = (href: string): boolean => bladeSchemeOf(href) !== undefined || bladeFragmentOf(href) !== undefined;

/** Parse a blade link; the error says what stops the portal from routing it, in an author's words. */
export function parseBladeLink(href: string): BladeLinkResult {
  const scheme = bladeSchemeOf(href);
  if (scheme) return parseDataBlade(href.trim().slice(scheme.length + 1));
  const fragment = bladeFragmentOf(href);
  if (fragment !== undefined) return parseFragment(fragment);
  return { error: 'is not a portal blade link' };
}

/** `Extension.BladeName[.param.value]…[;data-blade-uri:address]` */
function parseDataBlade(body: string): BladeLinkResult {
  const [spec = '', ...options] = body.split(';');
  let uri: string | undefined;
  for (const option of options) {
    if (!option.toLowerCase().startsWith('data-blade-uri:')) return { error: `has an unknown option \`;${option.split(':')[0]}\`` };
    uri = option.slice('data-blade-uri:'.length);
    if (uri.trim() === '') return { error: 'has an empty `data-blade-uri:`' };
  }
  if (/\s/.test(spec)) return { error: 'contains white space' };
  if (spec === '') return { error: 'has no extension or blade name' };
  const segments = spec.split('.');
  if (segments.some((segment) => segment === '')) return { error: 'has an empty part (`..` or a dot at an end)' };
  const parsed = fromSegments(segments, { menuItem: false });
  return 'error' in parsed || uri === undefined ? parsed : { ...parsed, uri };
}

/** `blade/Extension/BladeName[/menuItem][/param/value]…`, segments percent-encoded. */
function parseFragment(fragment: string): BladeLinkResult {
  const path = fragment.endsWith('/') ? fragment.slice(0, -1) : fragment;
  if (/\s/.test(path)) return { error: 'contains white space' };
  const segments = path.split('/').slice(1);
  if (segments.some((segment) => segment === '')) return { error: 'has an empty part (`//`)' };
  let decoded: string[];
  try {
    decoded = segments.map((segment) => decodeURIComponent(segment));
  } catch {
    return { error: 'has a broken `%` escape' };
  }
  return fromSegments(decoded, { menuItem: true });
}

function fromSegments(segments: readonly string[], options: { menuItem: boolean }): BladeLinkResult {
  const [extension, name, ...rest] = segments;
  if (extension === undefined) return { error: 'has no extension or blade name' };
  if (!identifier.test(extension)) return { error: `has an extension name \`${extension}\` that is not a name` };
  if (name === undefined) return { error: `has no blade name after \`${extension}\`` };
  if (!identifier.test(name)) return { error: `has a blade name \`${name}\` that is not a name` };
  const parameters: Record<string, string> = {};
  let pairs = rest;
  if (rest.length % 2 === 1) {
    if (!options.menuItem) {
      const last = rest[rest.length - 1]!;
      return tokenValue.test(last)
        ? { error: `has a value \`${last}\` without a parameter name (is the extension or blade missing?)` }
        : { error: `has a parameter \`${last}\` without a value` };
    }
    parameters['~'] = rest[0]!;
    pairs = rest.slice(1);
  }
  for (let index = 0; index < pairs.length; index += 2) {
    const key = pairs[index]!;
    if (!options.menuItem && !identifier.test(key)) return { error: `has a parameter name \`${key}\` that is not a name` };
    parameters[key] = pairs[index + 1]!;
  }
  return { extension, name, parameters };
}
