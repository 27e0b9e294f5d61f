/**
 * The template's standard section titles. They frame an article rather than describe a symptom;
 * matched after folding case, emphasis and trailing punctuation (`## **Recommended steps:**`).
 */
const stepsTitles = new Set(['recommended steps', 'recommended step', 'steps', 'troubleshooting steps']);
const documentTitles = new Set([
  'recommended documents',
  'recommended documentation',
  'recommended document',
  'recommended resources',
  'resources',
  'additional resources',
  'useful links',
  'next steps',
  'learn more',
  'more information',
]);

export const foldTitle = (title: string): string =>
  title.toLowerCase().replace(/[*_:.\s]+$/g, '').replace(/^[*_\s]+/, '').replace(/\s+/g, ' ');

export const isStepsTitle = (title: string): boolean => stepsTitles.has(foldTitle(title));
export const isDocumentsTitle = (title: string): boolean => documentTitles.has(foldTitle(title));
export const isStandardTitle = (title: string): boolean => isStepsTitle(title) || isDocumentsTitle(title);
