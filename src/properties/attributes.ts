/**
 * Located pieces of the `<properties>` block for rules: an attribute by its canonical name, the items
 * of a comma-separated value with their own places, and the opening tag for "missing" reports.
 */
import type { Position } from '../../schemas/position.js';
import type { PropertiesBlock, PropertyAttribute } from '../../schemas/properties.js';
import { decodeEntities, normalizeWhitespace } from '../parse/entities.js';
import { positionOf, type SourceFile } from '../source.js';

export interface ListItem {
  /** The item decoded, white space collapsed. */
  value: string;
  /** The item as written, without the white space around it. */
  position: Position;
}

/** The first attribute with this canonical name (the one the metadata uses), or undefined. */
export const findAttribute = (block: PropertiesBlock, key: string): PropertyAttribute | undefined =>
  block.attributes.find((attribute) => attribute.key === key);

/** True when the value is empty once entities are decoded and white space trimmed. */
export const isBlankValue = (attribute: PropertyAttribute): boolean => normalizeWhitespace(attribute.value) === '';

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;

/**
 * The non-empty items of a comma-separated value (`supportTopicIds="123, 456"`), each with its place in
 * the file, so a rule can point at the one bad id instead of the whole list.
 */
export function listItems(file: Pick<SourceFile, 'text' | 'toPoint'>, attribute: PropertyAttribute): ListItem[] {
  const valueStart = attribute.valuePosition.start.offset;
  const raw = file.text.slice(valueStart, attribute.valuePosition.end.offset);
  const items: ListItem[] = [];
  let from = 0;
  for (;;) {
    const comma = raw.indexOf(',', from);
    let start = from;
    let end = comma === -1 ? raw.length : comma;
    while (start < end && isSpace(raw.charCodeAt(start))) start += 1;
    while (end > start && isSpace(raw.charCodeAt(end - 1))) end -= 1;
    const value = normalizeWhitespace(decodeEntities(raw.slice(start, end)));
    if (value !== '') items.push({ value, position: positionOf(file, valueStart + start, valueStart + end) });
    if (comma === -1) return items;
    from = comma + 1;
  }
}

/** The `<properties` tag name: where a missing attribute is reported. */
export function openingTagPosition(file: Pick<SourceFile, 'toPoint'>, block: PropertiesBlock): Position {
  const start = block.position.start.offset;
  return positionOf(file, start, start + '<properties'.length);
}

/** The attribute's name as written: where name-level findings (unknown, duplicate, case) point. */
export function namePosition(file: Pick<SourceFile, 'toPoint'>, attribute: PropertyAttribute): Position {
  const start = attribute.position.start.offset;
  return positionOf(file, start, start + attribute.name.length);
}
