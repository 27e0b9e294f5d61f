/**
 * displayOrder sorts a service's articles of one kind in the portal's lists (resource troubleshooting
 * menus, insight lists); two with the same number show in an arbitrary order that can change between
 * publications. Scope: same service (case-insensitive) and same selfHelpType, since diagnostics and
 * generic articles of a service are listed apart. Articles published to different clouds never share a
 * list, so a public article and its Mooncake twin may share a number; an article with no clouds is public.
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
    const cloudsOf = (file: (typeof files)[number]) => (file.clouds.length > 0 ? file.clouds : ['public']);
    const shareACloud = (a: (typeof files)[number], b: (typeof files)[number]) => cloudsOf(a).some((cloud) => cloudsOf(b).includes(cloud));
    for (const sameOrder of duplicateGroups(files, keyOf)) {
      for (const file of sameOrder) {
        const group = sameOrder.filter((other) => other === file || shareACloud(file, other));
        if (group.length < 2) continue;
        const related = otherPlaces(group, file, 'Same displayOrder here', (other) => other.displayOrder?.position);
        const data = { order: file.displayOrder!.value, others: namesOf(group, file), service: file.service!, type: file.selfHelpType ?? 'no selfHelpType' };
        context.report(file.source, { node: file.displayOrder!, messageId: 'duplicate', data, related });
      }
    }
  },
});
