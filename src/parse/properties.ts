import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import {
  cloudEnvironments,
  knownProperties,
  listProperties,
  type Metadata,
  type PropertiesBlock,
  type PropertyAttribute,
} from '../../schemas/properties.js';
import { positionOf, type SourceFile } from '../source.js';
import { decodeEntities, normalizeWhitespace } from './entities.js';
import { malformedDiagnostic, scanDiagnostics } from './properties-problems.js';
import type { ScannedBlock } from './properties-scanner.js';

/** `articleid`, ` ArticleId ` and `articleId` all name one property. */
const canonicalByFolded = new Map<string, string>(knownProperties.map((name) => [foldName(name), name]));
const listNames = new Set<string>(listProperties);
const cloudNames = new Set<string>(cloudEnvironments);

export function foldName(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

/** The canonical spelling of a known attribute name, or undefined. */
export const canonicalPropertyName = (name: string): string | undefined => canonicalByFolded.get(foldName(name));

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  parseAttributeValue: false,
  trimValues: false,
  allowBooleanAttributes: true,
});

export interface ParsedProperties {
  block: PropertiesBlock;
  metadata: Metadata;
  diagnostics: Diagnostic[];
}

export function parseProperties(file: SourceFile, scanned: ScannedBlock): ParsedProperties {
  const diagnostics = scanDiagnostics(file, scanned);
  const blockText = file.text.slice(scanned.start, scanned.end);
  if (scanned.closed && !blockText.endsWith('/>') && !/<\/properties>$/i.test(blockText)) {
    // `<properties …>` with no end tag: we read it, but it is not XML and the templates all use `/>`.
    diagnostics.push(malformedDiagnostic(file, 'closedWithGt', {}, scanned.end - 1, scanned.end));
  }
  const decoded = scanned.problems.length === 0 ? decodeWithXmlParser(file, scanned, blockText, diagnostics) : undefined;
  const attributes: PropertyAttribute[] = scanned.attributes.map((attribute, index) => {
    const key = canonicalPropertyName(attribute.name);
    return {
      name: attribute.name,
      key: key ?? attribute.name,
      known: key !== undefined,
      value: decoded?.[index] ?? decodeEntities(attribute.raw),
      position: positionOf(file, attribute.start, attribute.end),
      valuePosition: positionOf(file, attribute.valueStart, attribute.valueEnd),
    };
  });
  return {
    block: { position: positionOf(file, scanned.start, scanned.end), attributes },
    metadata: toMetadata(attributes),
    diagnostics,
  };
}

/** Decoded values in scan order, or undefined when fast-xml-parser rejects the block. */
function decodeWithXmlParser(
  file: SourceFile,
  scanned: ScannedBlock,
  blockText: string,
  diagnostics: Diagnostic[],
): string[] | undefined {
  // Almost every block is plainly well-formed; the validator (a fifth of reading a file) is kept for the rest.
  if (isPlainlyWellFormed(file.text, scanned, blockText)) return scanned.attributes.map((attribute) => attribute.raw);
  // `<properties …>` closed by `>` alone is an open tag to XML; give it its end tag before validating.
  const xml = blockText.endsWith('/>') || /<\/properties>$/i.test(blockText) ? blockText : `${blockText}</properties>`;
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    // Repeated names are reported by the properties/duplicate rule; everything else is malformed XML.
    if (!/repeated/i.test(verdict.err.msg)) {
      const offset = scanned.start + offsetInBlock(blockText, verdict.err.line, verdict.err.col);
      diagnostics.push(xmlDiagnostic(file, scanned, verdict.err.msg, offset));
    }
    return undefined;
  }
  // Without a character reference a value reads as written; the parser (a fresh parser object per call,
  // most of this stage's time) is needed only to decode references.
  if (!scanned.attributes.some((attribute) => attribute.raw.includes('&'))) return scanned.attributes.map((attribute) => attribute.raw);
  const parsed: unknown = xmlParser.parse(xml);
  const element = findElement(parsed);
  if (!element) return undefined;
  return scanned.attributes.map((attribute) => {
    const value = element[attribute.name];
    return typeof value === 'string' ? value : decodeEntities(attribute.raw);
  });
}

const XML_SPACE = new Set([32, 9, 10, 13]);
/** An ASCII subset of XML's Name production. */
const SIMPLE_NAME = /^[A-Za-z_][\w.-]*$/;
/** Markup, character references, and control characters XML forbids. */
const NOT_PLAIN = /[<&\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * True when XML could not object to the block: closed by `/>`, every attribute a simple name after XML
 * whitespace, no markup, references or control characters after the opening `<` (so values also read
 * as written). Anything else goes to the validator; `test/unit/properties-well-formed.test.ts` holds
 * this to the validator's verdict.
 */
export function isPlainlyWellFormed(text: string, scanned: ScannedBlock, blockText: string): boolean {
  if (scanned.problems.length > 0 || !blockText.endsWith('/>') || NOT_PLAIN.test(blockText.slice(1))) return false;
  return scanned.attributes.every((attribute) => XML_SPACE.has(text.charCodeAt(attribute.start - 1)) && SIMPLE_NAME.test(attribute.name));
}

function findElement(parsed: unknown): Record<string, unknown> | undefined {
  if (!parsed || typeof parsed !== 'object') return undefined;
  const entry = Object.entries(parsed).find(([name]) => name.toLowerCase() === 'properties');
  const element = entry?.[1];
  return element && typeof element === 'object' ? (element as Record<string, unknown>) : undefined;
}

function offsetInBlock(blockText: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = blockText.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return Math.min(offset + Math.max(column - 1, 0), blockText.length);
}

/** The validator's finding in the author's terms, at the attribute it names when there is one. */
function xmlDiagnostic(file: SourceFile, scanned: ScannedBlock, detail: string, offset: number) {
  const named = /^Attribute '([^']*)' (has no space in starting|is an invalid name)/.exec(detail);
  const attribute = named ? scanned.attributes.find((candidate) => candidate.name === named[1]) : undefined;
  if (named && attribute) {
    const messageId = named[2] === 'is an invalid name' ? 'invalidName' : 'noSpace';
    return malformedDiagnostic(file, messageId, { name: attribute.name }, attribute.start, attribute.start + attribute.name.length);
  }
  return malformedDiagnostic(file, 'notWellFormed', { detail: detail.replace(/\.$/, '') }, offset, offset);
}

/** Canonical metadata: the first of duplicate attributes wins (the duplicate is reported by a rule). */
export function toMetadata(attributes: readonly PropertyAttribute[]): Metadata {
  const metadata: Record<string, unknown> = {};
  const extra: Record<string, string> = {};
  for (const attribute of attributes) {
    const value = normalizeWhitespace(attribute.value);
    if (!attribute.known) {
      if (!(attribute.name in extra)) extra[attribute.name] = value;
      continue;
    }
    if (attribute.key in metadata) continue;
    metadata[attribute.key] = convertValue(attribute.key, value);
  }
  return { ...(metadata as Omit<Metadata, 'extra'>), extra };
}

function convertValue(key: string, value: string): unknown {
  if (key === 'displayOrder') return value !== '' && Number.isFinite(Number(value)) ? Number(value) : null;
  if (!listNames.has(key)) return value;
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return key === 'cloudEnvironments' ? items.map((item) => item.toLowerCase()) : items;
}

export const isKnownCloud = (value: string): boolean => cloudNames.has(value);
