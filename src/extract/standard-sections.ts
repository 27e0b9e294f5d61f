/**
 * The template's standard section titles. They frame an article rather than describe a symptom;
 * matched after folding case, emphasis and trailing punctuation (`## **Recommended steps:**`).
 */
import { isWhiteSpace, trimEndWhere, trimStartWhere } from '../trim.js';

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
  trimStartWhere(trimEndWhere(title.toLowerCase(), (code) => code === 42 || code === 95 || code === 58 || code === 46 || isWhiteSpace(code)), (code) => code === 42 || code === 95 || isWhiteSpace(code))
    .replace(/\s+/g, ' ');

export const isStepsTitle = (title: string): boolean => stepsTitles.has(foldTitle(title));
export const isDocumentsTitle = (title: string): boolean => documentTitles.has(foldTitle(title));
export const isStandardTitle = (title: string): boolean => isStepsTitle(title) || isDocumentsTitle(title);
