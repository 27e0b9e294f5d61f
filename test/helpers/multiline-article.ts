import { defaultProperties } from './article.js';

/**
 * Like `article`, but with one attribute per line, as most real files write them: `<properties` on
 * line 1, then the default attributes on lines 2–15 in their order (pageTitle 2, description 3,
 * service 4, resource 5, authors 6, ms.author 7, displayOrder 8, selfHelpType 9, supportTopicIds 10,
 * resourceTags 11, productPesIds 12, cloudEnvironments 13, articleId 14, ownershipId 15), new ones
 * after them, then `/>`. Each attribute is indented by two spaces, so its value starts at column
 * name length + 5. Overriding keeps an attribute's line; `undefined` removes it (later lines move up).
 */
export function multilineArticle(
  properties: Record<string, string | undefined> = {},
  body = '# Virtual machine does not start\n\nRestart the virtual machine from the portal.\n',
): string {
  const lines = Object.entries({ ...defaultProperties, ...properties })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `  ${name}="${value}"`);
  return `<properties\n${lines.join('\n')}\n/>\n\n${body}`;
}
