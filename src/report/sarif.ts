/**
 * SARIF 2.1.0 (OASIS; docs.oasis-open.org/sarif/sarif/v2.1.0), the format GitHub code scanning uploads, so
 * findings appear as code-scanning alerts with the rule's description and a link to its doc page.
 * Positions are copied, not converted: unist and SARIF both count lines and columns from 1 with an exclusive end
 * column, and our columns count UTF-16 code units (hence `columnKind`). Fix ranges are the same file offsets.
 */
import { pathToFileURL } from 'node:url';
import type { RelatedPlace } from '../../schemas/diagnostic.js';
import type { LintMessage } from '../../schemas/report.js';
import { ruleDocsUrl } from '../rules/rule.js';
import { relativePath, toForwardSlashes, type Formatter, type FormatterContext } from './results.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SELFHELP_INFORMATION_URI = 'https://github.com/selfhelp/selfhelp';
const SOURCE_ROOT = '%SRCROOT%';

type Level = 'error' | 'warning';
interface ArtifactLocation {
  uri: string;
  uriBaseId: string;
}
interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}
interface Location {
  id?: number;
  message?: { text: string };
  physicalLocation: { artifactLocation: ArtifactLocation; region: Region };
}
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: Level };
}
interface SarifFix {
  artifactChanges: Array<{
    artifactLocation: ArtifactLocation;
    replacements: Array<{ deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }>;
  }>;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: Location[];
  relatedLocations?: Location[];
  fixes?: SarifFix[];
}

export const sarif: Formatter = (results, context) => {
  const ruleIds = [...new Set(results.flatMap((result) => result.messages.map((message) => message.ruleId)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const sarifResults: SarifResult[] = [];
  for (const result of results) {
    const uri = toUri(relativePath(result.filePath, context.cwd));
    for (const message of result.messages) sarifResults.push(toResult(message, uri, ruleIndex.get(message.ruleId)!));
  }
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'selfhelp',
            informationUri: SELFHELP_INFORMATION_URI,
            version: context.version,
            rules: ruleIds.map((id) => toRule(id, context)),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(context.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};

function toRule(id: string, context: FormatterContext): SarifRule {
  const meta = context.rulesMeta[id];
  // A rule without metadata (e.g. `internal/error`) has no doc page to link to.
  if (!meta) return { id, shortDescription: { text: id } };
  return {
    id,
    shortDescription: { text: meta.description },
    helpUri: ruleDocsUrl(id),
    defaultConfiguration: { level: meta.severity },
  };
}

function toResult(message: LintMessage, uri: string, ruleIndex: number): SarifResult {
  const region: Region = { startLine: message.line, startColumn: message.column };
  if (message.endLine !== undefined) region.endLine = message.endLine;
  if (message.endColumn !== undefined) region.endColumn = message.endColumn;
  const result: SarifResult = {
    ruleId: message.ruleId,
    ruleIndex,
    level: message.severity === 2 ? 'error' : 'warning',
    message: { text: message.message },
    locations: [{ physicalLocation: { artifactLocation: artifact(uri), region } }],
  };
  if (message.related && message.related.length > 0) {
    result.relatedLocations = message.related.map((place, index) => toRelatedLocation(place, index, uri));
  }
  if (message.fix) {
    const [start, end] = message.fix.range;
    const replacement = { deletedRegion: { charOffset: start, charLength: end - start }, insertedContent: { text: message.fix.text } };
    result.fixes = [{ artifactChanges: [{ artifactLocation: artifact(uri), replacements: [replacement] }] }];
  }
  return result;
}

/** `place.file` is relative to the working directory like `FileReport.source`; absent means the same file. */
function toRelatedLocation(place: RelatedPlace, id: number, uri: string): Location {
  const placeUri = place.file === undefined ? uri : toUri(toForwardSlashes(place.file));
  return {
    id,
    message: { text: place.message },
    physicalLocation: { artifactLocation: artifact(placeUri), region: { startLine: place.line, startColumn: place.column } },
  };
}

const artifact = (uri: string): ArtifactLocation => ({ uri, uriBaseId: SOURCE_ROOT });

/** A relative path as a URI reference: each segment percent-encoded, so spaces, `#` and `?` survive. */
const toUri = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** SARIF requires a base URI to end with `/`. */
function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}
