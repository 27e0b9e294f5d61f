/**
 * Build a test article: a one-line `<properties … />`, a blank line, then the body, so the body starts
 * on line 3 and the positions a test asserts are the ones an author sees.
 */
export const defaultProperties: Record<string, string> = {
  pageTitle: 'Virtual machine does not start',
  description: 'Steps for a virtual machine that does not start',
  service: 'microsoft.compute',
  resource: 'virtualmachines',
  authors: 'kpatel',
  'ms.author': 'kpatel',
  displayOrder: '10',
  selfHelpType: 'generic',
  supportTopicIds: '32411835',
  resourceTags: '',
  productPesIds: '14749',
  cloudEnvironments: 'public',
  articleId: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  ownershipId: 'Compute_VirtualMachines',
};

export function article(body: string, properties: Record<string, string | undefined> = {}): string {
  const merged = { ...defaultProperties, ...properties };
  const attributes = Object.entries(merged)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
  return `<properties ${attributes} />\n\n${body}`;
}
