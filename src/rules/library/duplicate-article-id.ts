/**
 * The portal, support-topic maps and diagnose-and-solve menus find an article by its articleId; when
 * two files share one, only one of them is published or the wrong one is shown, depending on ingestion
 * order. Every file of the group is reported, so whoever edits either file sees it. Ids are compared
 * case-insensitively (GUIDs are); the corpus still ships 2 such pairs.
 */
import { duplicateGroups, namesOf, otherPlaces } from '../../library/duplicates.js';
import { defineLibraryRule } from '../rule.js';

export const libraryDuplicateArticleId = defineLibraryRule({
  meta: {
    id: 'library/duplicate-article-id',
    description: 'Disallow two articles with the same articleId',
    severity: 'error',
    fixable: false,
    messages: { duplicate: 'Duplicate articleId `{id}`, also used by {others}; give each article its own id' },
  },
  check(files, context) {
    for (const group of duplicateGroups(files, (file) => file.articleId?.value.toLowerCase())) {
      for (const file of group) {
        const related = otherPlaces(group, file, 'Same articleId here', (other) => other.articleId?.position);
        context.report(file.source, { node: file.articleId!, messageId: 'duplicate', data: { id: file.articleId!.value, others: namesOf(group, file) }, related });
      }
    }
  },
});
