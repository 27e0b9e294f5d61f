/**
 * Two articles with the same file name in different folders are easy to confuse in reviews, search
 * results and links, and collide when a tool flattens folders or a checkout ignores case (`Start.md`,
 * `start.md`). Troubleshooter steps (`TSG_*`) are exempt: each troubleshooter has its own folder and
 * its step files get generated names such as `content-issue-category-3.md` (all 7 corpus duplicates).
 */
import { duplicateGroups, namesOf, otherPlaces } from '../../library/duplicates.js';
import { defineLibraryRule } from '../rule.js';

const troubleshooterSteps = new Set(['TSG_Content', 'TSG_Description', 'TSG_Questions']);

export const libraryDuplicateFileName = defineLibraryRule({
  meta: {
    id: 'library/duplicate-file-name',
    description: 'Disallow two articles with the same file name in different folders',
    severity: 'warning',
    fixable: false,
    messages: { duplicate: 'The file name `{name}` is also used by {others}; rename one to say what it covers' },
  },
  check(files, context) {
    const keyOf = (file: (typeof files)[number]) => (file.selfHelpType && troubleshooterSteps.has(file.selfHelpType) ? undefined : file.fileName);
    for (const group of duplicateGroups(files, keyOf)) {
      for (const file of group) {
        const related = otherPlaces(group, file, 'Same file name', () => undefined);
        context.report(file.source, { node: {}, messageId: 'duplicate', data: { name: file.fileName, others: namesOf(group, file) }, related });
      }
    }
  },
});
