/**
 * Remove link targets the export classifies as `unsafe` (script schemes such as `javascript:` in any
 * case or spelling, `data:`, unknown schemes) from the HTML before sanitising, so the HTML and the
 * article's `links` agree on what is unsafe. The sanitiser's protocol list stays as a second guard.
 * An unsafe link renders as `<a>text</a>`: no target, the words kept.
 */
import type { Element, Nodes } from 'hast';
import { isUnsafeLink } from '../links/classify.js';

const urlProperties: Record<string, string> = { a: 'href', img: 'src' };

export function dropUnsafeTargets(node: Nodes): void {
  if (node.type === 'element') dropUnsafeTarget(node);
  if ('children' in node) for (const child of node.children) dropUnsafeTargets(child);
}

function dropUnsafeTarget(element: Element): void {
  const property = urlProperties[element.tagName];
  if (property === undefined) return;
  const value = element.properties[property];
  if (typeof value === 'string' && isUnsafeLink(value)) delete element.properties[property];
}
