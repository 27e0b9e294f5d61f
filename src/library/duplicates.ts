import type { RelatedPlace } from '../../schemas/diagnostic.js';
import type { Position } from '../../schemas/position.js';
import type { FileSummary } from '../rules/rule.js';

/** Files sharing a key, for groups of two or more, in the order the files were given. */
export function duplicateGroups<T extends FileSummary>(files: readonly T[], keyOf: (file: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>();
  for (const file of files) {
    const key = keyOf(file);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/** "Also here" places for each other file of a group; line 1 when a file has no position for it. */
export function otherPlaces(group: readonly FileSummary[], self: FileSummary, message: string, positionOf: (file: FileSummary) => Position | undefined): RelatedPlace[] {
  return group
    .filter((file) => file !== self)
    .map((file) => {
      const position = positionOf(file);
      return { message, file: file.source, line: position?.start.line ?? 1, column: position?.start.column ?? 1 };
    });
}

/** `a.md`, `b.md` and 3 more: the other files of a group, for a message. */
export function namesOf(group: readonly FileSummary[], self: FileSummary, shown = 2): string {
  const others = group.filter((file) => file !== self).map((file) => `\`${file.source}\``);
  if (others.length <= shown + 1) return others.join(', ');
  return `${others.slice(0, shown).join(', ')} and ${others.length - shown} more`;
}
