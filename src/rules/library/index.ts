import type { LibraryRule } from '../rule.js';
import { libraryBrokenReference } from './broken-reference.js';
import { libraryDisplayOrder } from './display-order.js';
import { libraryDuplicateArticleId } from './duplicate-article-id.js';
import { libraryDuplicateFileName } from './duplicate-file-name.js';

export const libraryRules = [libraryBrokenReference, libraryDisplayOrder, libraryDuplicateArticleId, libraryDuplicateFileName] as const satisfies readonly LibraryRule[];
