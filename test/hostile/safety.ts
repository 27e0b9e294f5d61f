/**
 * What "nothing dangerous in the export" means, checked over every JSON file of a bundle: no script
 * element, event-handler attribute or script URL in any HTML field, and no script or data URL in any
 * link field. Entity-encoded and control-character-split schemes are decoded first, as a browser would.
 */
import type { ExportBundle } from '../../src/export/bundle.js';
import { decodeCharacterReferences } from '../../src/parse/html-anchors.js';

const HTML_KEY = /html$/i;
const URL_KEYS = new Set(['href', 'url', 'src', 'link', 'target']);

/** The scheme a browser would read: references decoded, controls and white space removed, lower case. */
export const schemeOf = (url: string): string => {
  const decoded = decodeCharacterReferences(url);
  let compact = '';
  for (const char of decoded) if (char.charCodeAt(0) > 0x20) compact += char;
  const colon = compact.indexOf(':');
  return colon === -1 ? '' : compact.slice(0, colon).toLowerCase();
};

const isScriptUrl = (url: string): boolean => ['javascript', 'vbscript', 'data', 'livescript'].includes(schemeOf(url));

/** Problems in one HTML fragment; the fragment is produced by our sanitiser, so a simple reading suffices. */
export function dangerousHtml(html: string): string[] {
  const problems: string[] = [];
  const lower = html.toLowerCase();
  for (const element of ['<script', '<iframe', '<object', '<embed', '<style', '<form', '<svg', '<math']) {
    if (lower.includes(element)) problems.push(`element ${element}`);
  }
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    for (const attribute of tag.match(/\s[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g) ?? []) {
      const [name = '', ...rest] = attribute.trim().split('=');
      const value = rest.join('=').trim().replace(/^["']|["']$/g, '');
      if (/^on/i.test(name)) problems.push(`event handler ${name} in ${tag}`);
      if (/^(href|src|action|formaction|xlink:href|srcset|style)$/i.test(name) && (isScriptUrl(value) || /expression\(|url\(\s*['"]?\s*javascript/i.test(value))) {
        problems.push(`script URL in ${tag}`);
      }
    }
  }
  return problems;
}

/** Every dangerous place in the bundle's JSON files, as `file: path: problem`. */
export function dangerousInExport(bundle: ExportBundle): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, where: string, file: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${where}[${index}]`, file));
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (typeof inner === 'string' && HTML_KEY.test(key)) problems.push(...dangerousHtml(inner).map((problem) => `${file}: ${where}.${key}: ${problem}`));
        else if (typeof inner === 'string' && URL_KEYS.has(key) && isScriptUrl(inner)) problems.push(`${file}: ${where}.${key}: script URL ${JSON.stringify(inner)}`);
        else walk(inner, `${where}.${key}`, file);
      }
    }
  };
  for (const [file, content] of bundle.files) {
    if (file.endsWith('.json') && !file.startsWith('schema/')) walk(JSON.parse(content), '', file);
  }
  return problems;
}
