import type { Position } from '../../schemas/position.js';
import { scanJson, type JsonEntry } from '../parse/json-positions.js';
import { offsetInStringLiteral } from '../parse/json-tokens.js';
import type { RuleFile } from '../rules/rule.js';
import { positionOf } from '../source.js';

/** File positions of the pieces of a file's JSON payload, addressed by JSON pointer. */
export interface PayloadPlaces {
  /** The whole value (a container from its opening to its closing bracket). */
  value(pointer: string): { position: Position } | undefined;
  /** The property name with its quotes; the value when there is no name (array items, the root). */
  key(pointer: string): { position: Position } | undefined;
  /** The first character of the value: for objects and arrays only the opening bracket. */
  opening(pointer: string): { position: Position } | undefined;
  /** Characters [from, to) of a string value's decoded text; the whole string when it cannot be mapped. */
  inString(pointer: string, from: number, to: number): { position: Position } | undefined;
}

/**
 * Scan the payload once for positions. Returns undefined when the file has no payload or its JSON did
 * not parse (rules have nothing to check then). Control characters are accepted here because the reader
 * already reported them and read the payload leniently.
 */
export function locatePayload(file: RuleFile): PayloadPlaces | undefined {
  const region = file.regions.payload;
  const raw = file.payload?.payload.raw;
  if (!region || raw === undefined || file.payload?.payload.json === undefined) return undefined;
  const { entries } = scanJson(raw, { stopAfterValue: true, allowControlCharacters: true });
  const base = region.jsonStart;
  const at = (start: number, end: number) => ({ position: positionOf(file.file, base + start, base + end) });
  const entry = (pointer: string): JsonEntry | undefined => entries.get(pointer);
  return {
    value: (pointer) => {
      const found = entry(pointer);
      return found && at(found.value.start, found.value.end);
    },
    key: (pointer) => {
      const found = entry(pointer);
      const span = found?.key ?? found?.value;
      return span && at(span.start, span.end);
    },
    opening: (pointer) => {
      const found = entry(pointer);
      return found && at(found.value.start, found.value.start + 1);
    },
    inString: (pointer, from, to) => {
      const found = entry(pointer);
      if (!found) return undefined;
      const literal = raw.slice(found.value.start, found.value.end);
      if (!literal.startsWith('"')) return at(found.value.start, found.value.end);
      const start = found.value.start + offsetInStringLiteral(literal, from);
      const end = found.value.start + offsetInStringLiteral(literal, to);
      return at(start, Math.max(end, start));
    },
  };
}
