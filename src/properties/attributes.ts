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

/** Length of a character reference at `index` that decodes to white space (`&#xD;`), or 0. */
function spaceEntityLength(raw: string, index: number): number {
  if (raw[index] !== '&' || raw[index + 1] !== '#') return 0;
  const close = raw.slice(index, index + 10).indexOf(';');
  if (close === -1) return 0;
  return /^\s+$/.test(decodeEntities(raw.slice(index, index + close + 1))) ? close + 1 : 0;
}

function skipSpace(raw: string, start: number, end: number): number {
  let index = start;
  while (index < end) {
    const step = isSpace(raw.charCodeAt(index)) ? 1 : spaceEntityLength(raw, index);
    if (step === 0 || index + step > end) return index;
    index += step;
  }
  return index;
}

function trimSpaceEnd(raw: string, start: number, end: number): number {
  let index = end;
  while (index > start) {
    if (isSpace(raw.charCodeAt(index - 1))) {
      index -= 1;
      continue;
    }
    // A reference is at most 10 characters (`&#x10FFFF;`): look back no further.
    let amp = index - 1;
    while (amp > start && index - amp < 10 && raw[amp] !== '&') amp -= 1;
    if (raw.charCodeAt(index - 1) !== 59 || spaceEntityLength(raw, amp) !== index - amp) return index;
    index = amp;
  }
  return index;
}

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
    const start = skipSpace(raw, from, comma === -1 ? raw.length : comma);
    const end = trimSpaceEnd(raw, start, comma === -1 ? raw.length : comma);
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
