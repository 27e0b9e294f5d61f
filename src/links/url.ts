/**
 * Small URL facts link rules share. Parsing goes through WHATWG `URL` (what browsers do), never a regex
 * over author text; helpers return `undefined` instead of throwing on a target that is not a URL.
 */

/**
 * The parsed absolute URL, or undefined for relative, empty or broken targets. Five link rules read
 * each target one after another, so the last answer is kept: four of five parses become a comparison.
 * Shared, so read-only.
 */
export function parseUrl(href: string): Readonly<URL> | undefined {
  if (href === last.href) return last.url;
  let url: URL | undefined;
  try {
    url = new URL(href.trim());
  } catch {
    url = undefined;
  }
  last = { href, url };
  return url;
}

let last: { href: string | undefined; url: URL | undefined } = { href: undefined, url: undefined };

/** Whether `host` is `domain` or one of its subdomains (`learn.microsoft.com` is under `microsoft.com`). */
export const isHostUnder = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/** A URL for a one-line message: control characters shown as spaces, long ones cut in the middle. */
export function displayUrl(href: string, maxLength = 60): string {
  const url = href.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  if (url.length <= maxLength) return url;
  const head = Math.ceil((maxLength - 1) * 0.7);
  return `${url.slice(0, head)}…${url.slice(url.length - (maxLength - 1 - head))}`;
}

/**
 * Offset, inside a target as written, where its path begins (the `/` after the host), when the written
 * text starts with `scheme://host` exactly as the parsed URL does. Fixes that edit the path use it.
 */
export function pathStartOf(written: string): number | undefined {
  const separator = written.indexOf('//');
  if (separator === -1 || separator > 12) return undefined;
  const slash = written.indexOf('/', separator + 2);
  return slash === -1 ? undefined : slash;
}
