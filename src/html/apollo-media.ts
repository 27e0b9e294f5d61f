/**
 * In the article HTML, an Apollo `<video>` becomes a link to the video under its title and a
 * `<videoGroup>` a list of such links: portals without the video widget still show where to watch.
 * Other widgets (insight, metric, azureKB) need the portal's runtime and are stripped by the sanitiser;
 * the Help API shape carries all of them as replacement maps.
 */
import type { Element, ElementContent, Nodes } from 'hast';

export function applyApolloMedia(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = (node.children as ElementContent[]).map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'video' && fieldElement(child, 'src')) return videoLink(child);
    if (child.tagName === 'videogroup') {
      const videos = child.children.filter((inner): inner is Element => inner.type === 'element' && inner.tagName === 'video');
      return element('ul', {}, videos.map((video) => element('li', {}, [videoLink(video)])));
    }
    applyApolloMedia(child);
    return child;
  });
}

function videoLink(video: Element): Element {
  const src = textOf(fieldElement(video, 'src')).trim();
  const title = textOf(fieldElement(video, 'title')).trim() || src;
  return element('a', { href: src }, [{ type: 'text', value: title }]);
}

const fieldElement = (parent: Element, name: string): Element | undefined =>
  parent.children.find((child): child is Element => child.type === 'element' && child.tagName === name);

function textOf(node: ElementContent | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
