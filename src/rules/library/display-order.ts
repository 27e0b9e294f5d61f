/**
 * displayOrder sorts a service's articles of one kind in the portal's lists (resource troubleshooting
 * menus, insight lists); two with the same number show in an arbitrary order that can change between
 * publications. Scope: same service (case-insensitive) and same selfHelpType, since diagnostics and
 * generic articles of a service are listed apart. The corpus has 37 such groups (many copy `1` from a
 * template); some pair a public article with its Mooncake twin, which the run's summaries cannot tell apart.
 */
import { duplicateGroups, namesOf, otherPlaces } from '../../library/duplicates.js';
import { defineLibraryRule } from '../rule.js';

export const libraryDisplayOrder = defineLibraryRule({
  meta: {
    id: 'library/display-order',
    description: 'Require displayOrder to be unique among articles of the same service and type',
    severity: 'warning',
    fixable: false,
    messages: {
      duplicate: 'displayOrder `{order}` is also used by {others} ({service}, {type}); give each article its own place',
    },
  },
  check(files, context) {
    const keyOf = (file: (typeof files)[number]) =>
      file.displayOrder && file.service ? `${file.service.trim().toLowerCase()}\u0000${file.selfHelpType ?? ''}\u0000${file.displayOrder.value}` : undefined;
    for (const group of duplicateGroups(files, keyOf)) {
      for (const file of group) {
        const related = otherPlaces(group, file, 'Same displayOrder here', (other) => other.displayOrder?.position);
        const data = { order: file.displayOrder!.value, others: namesOf(group, file), service: file.service!, type: file.selfHelpType ?? 'no selfHelpType' };
        context.report(file.source, { node: file.displayOrder!, messageId: 'duplicate', data, related });
      }
    }
  },
});
