/**
 * The payload shapes of Microsoft's templates (`reference/templates`), as checks that name the offending
 * JSON value by pointer. Required fields are those every template and every corpus file of the type has.
 */
import { distance } from 'fastest-levenshtein';
import type { SelfHelpType } from '../../schemas/properties.js';
import { controlTypes, field, isObject, optionListNames, pointerTo, readQuestion, type JsonObject, type Question } from './form-elements.js';

export type SchemaMessageId =
  | 'missingField'
  | 'wrongType'
  | 'missingId'
  | 'duplicateId'
  | 'missingControlType'
  | 'unknownControlType'
  | 'missingLabel'
  | 'missingOptions'
  | 'missingContent'
  | 'optionField'
  | 'duplicateOption'
  | 'misspelledProperty'
  | 'unknownValue';

export interface SchemaFinding {
  messageId: SchemaMessageId;
  pointer: string;
  /** Where to report: the property name, the whole value, or only the opening bracket of a container. */
  part: 'key' | 'value' | 'opening';
  data: Record<string, string | number>;
  related?: { pointer: string; message: string };
}

type Expected = 'array' | 'object' | 'string';

interface ListSpec {
  field: string;
  label: string;
  required: readonly string[];
  nested?: ListSpec;
}

interface TypeSpec {
  required: readonly string[];
  types?: Record<string, Expected>;
  lists?: readonly ListSpec[];
  values?: Record<string, readonly string[]>;
}

const questionsSpec: TypeSpec = { required: ['formElements'], types: { formElements: 'array' } };

/** Per selfHelpType; a payload with `formElements` is checked as questions whatever its type. */
const specs: Partial<Record<SelfHelpType, TypeSpec>> = {
  problemScopingQuestions: questionsSpec,
  TSG_Questions: questionsSpec,
  // All 16 are in both advisor templates and in all 82 corpus advisor payloads.
  advisorRecommendationMetadata: {
    required: [
      '$schema', 'recommendationTypeId', 'dataSourceMetadata', 'recommendationCategory', 'recommendationImpact',
      'recommendationResourceType', 'recommendationFriendlyName', 'recommendationMetadataState', 'owner', 'version',
      'description', 'longDescription', 'potentialBenefits', 'actions', 'displayLabel', 'learnMoreLink',
    ],
    types: { dataSourceMetadata: 'object', owner: 'object', actions: 'array', recommendationTypeId: 'string' },
    values: {
      recommendationCategory: ['Cost', 'Security', 'HighAvailability', 'Performance', 'OperationalExcellence'],
      recommendationImpact: ['High', 'Medium', 'Low'],
      recommendationMetadataState: ['Active', 'Disabled'],
    },
  },
  supportTopicDescription: {
    required: ['shortDescription', 'longDescription', 'supportTopics'],
    types: { supportTopics: 'array' },
    lists: [{ field: 'supportTopics', label: 'support topic', required: ['id'] }],
  },
  // 4 of 15 corpus common problems have no `id`, so only the title is required.
  diagnoseandsolve: {
    required: ['commonProblems'],
    types: { commonProblems: 'array', troubleshootingTools: 'array' },
    lists: [
      { field: 'commonProblems', label: 'common problem', required: ['title'], nested: { field: 'subProblems', label: 'sub-problem', required: ['title'] } },
      { field: 'troubleshootingTools', label: 'troubleshooting tool', required: ['title'] },
    ],
  },
};

/** Question properties seen in the templates and the corpus, for "did you mean" on misspellings. */
const questionProperties = [
  'id', 'order', 'controlType', 'displayLabel', 'watermarkText', 'infoBalloonText', 'required', 'visibility',
  'dropdownOptions', 'radioButtonOptions', 'dynamicDropdownOptions', 'hints', 'content', 'useAsAdditionalDetails',
  'diagnosticInputRequiredClients', 'maxLength', 'numberOfLines', 'validations', 'includeInQuotaSummary', 'isNewQuotaLimit',
];
const questionsTopLevel = ['$schema', 'title', 'subscriptionRequired', 'resourceRequired', 'fileAttachmentHint', 'formElements', 'diagnosticCard'];

export function checkPayloadSchema(json: unknown, type: SelfHelpType | null): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  // A payload is only recognised when it starts with `{` (see `findPayload`), so this is an object.
  if (!isObject(json)) return findings;
  const spec = (type && specs[type]) ?? (field(json, 'formElements', '') ? questionsSpec : undefined);
  if (spec) checkObject(json, '', spec, 'the payload', findings);
  const elements = field(json, 'formElements', '');
  if (elements && Array.isArray(elements.value)) {
    checkMisspelled(json, '', questionsTopLevel, findings);
    checkQuestions(elements.value, elements.pointer, findings);
  }
  return findings;
}

function checkObject(object: JsonObject, pointer: string, spec: TypeSpec, where: string, findings: SchemaFinding[]): void {
  // A required field written as `null` is present (5 corpus support-topic lists have `"longDescription": null`).
  const written = new Set(Object.keys(object).map((key) => key.toLowerCase()));
  for (const name of spec.required) {
    if (!written.has(name.toLowerCase())) findings.push({ messageId: 'missingField', pointer, part: 'opening', data: { field: name, where } });
  }
  for (const [name, expected] of Object.entries(spec.types ?? {})) {
    const found = field(object, name, pointer);
    if (found && describe(found.value) !== expected) {
      const what = `\`${found.key}\` in ${where}`;
      findings.push({ messageId: 'wrongType', pointer: found.pointer, part: 'value', data: { what, expected: withArticle(expected), found: withArticle(describe(found.value)) } });
    }
  }
  for (const [name, allowed] of Object.entries(spec.values ?? {})) {
    const found = field(object, name, pointer);
    if (typeof found?.value !== 'string' || found.value === '') continue;
    const value = found.value;
    if (!allowed.some((candidate) => candidate.toLowerCase() === value.trim().toLowerCase())) {
      findings.push({ messageId: 'unknownValue', pointer: found.pointer, part: 'value', data: { field: found.key, value, allowed: listOf(allowed) } });
    }
  }
  for (const list of spec.lists ?? []) checkList(object, pointer, list, findings);
}

function checkList(object: JsonObject, pointer: string, spec: ListSpec, findings: SchemaFinding[]): void {
  const list = field(object, spec.field, pointer);
  if (!list || !Array.isArray(list.value)) return;
  list.value.forEach((item, index) => {
    const itemPointer = pointerTo(list.pointer, index);
    const where = `${spec.label} ${index + 1}`;
    if (!isObject(item)) {
      findings.push({ messageId: 'wrongType', pointer: itemPointer, part: 'value', data: { what: capitalize(where), expected: 'an object', found: withArticle(describe(item)) } });
      return;
    }
    checkObject(item, itemPointer, { required: spec.required }, where, findings);
    if (spec.nested) checkList(item, itemPointer, spec.nested, findings);
  });
}

function checkQuestions(elements: readonly unknown[], pointer: string, findings: SchemaFinding[]): void {
  const firstById = new Map<string, string>();
  elements.forEach((element, index) => {
    if (!isObject(element)) {
      const data = { what: `Question ${index + 1}`, expected: 'an object', found: withArticle(describe(element)) };
      findings.push({ messageId: 'wrongType', pointer: pointerTo(pointer, index), part: 'value', data });
      return;
    }
    const question = readQuestion(element, index, pointer);
    checkMisspelled(element, question.pointer, questionProperties, findings);
    if (!question.id) {
      findings.push({ messageId: 'missingId', pointer: question.pointer, part: 'opening', data: { number: index + 1 } });
    } else {
      const first = firstById.get(question.id.value);
      if (first === undefined) firstById.set(question.id.value, question.id.pointer);
      else findings.push({ messageId: 'duplicateId', pointer: question.id.pointer, part: 'value', data: { id: question.id.value }, related: { pointer: first, message: `First question with id \`${question.id.value}\`` } });
    }
    checkQuestion(question, findings);
  });
}

function checkQuestion(question: Question, findings: SchemaFinding[]): void {
  const name = question.id?.value ?? `number ${question.index + 1}`;
  const at = question.id ? { pointer: question.id.pointer, part: 'value' as const } : { pointer: question.pointer, part: 'opening' as const };
  const control = question.controlType;
  if (!control) {
    findings.push({ messageId: 'missingControlType', ...at, data: { id: name } });
    return;
  }
  if (!control.canonical) {
    findings.push({ messageId: 'unknownControlType', pointer: control.pointer, part: 'value', data: { value: control.value, hint: controlTypeHint(control.value) } });
    return;
  }
  const label = field(question.object, 'displayLabel', question.pointer);
  if (control.canonical !== 'infoblock' && (typeof label?.value !== 'string' || label.value.trim() === '')) {
    findings.push({ messageId: 'missingLabel', ...at, data: { id: name } });
  }
  const content = field(question.object, 'content', question.pointer);
  if (control.canonical === 'infoblock' && (typeof content?.value !== 'string' || content.value.trim() === '')) {
    findings.push({ messageId: 'missingContent', ...at, data: { id: name } });
  }
  const listNames = optionListNames(control.canonical);
  if (!listNames || question.dynamic) return;
  if (!question.options || question.options.items.length === 0) {
    findings.push({ messageId: 'missingOptions', pointer: control.pointer, part: 'value', data: { controlType: control.value, id: name, list: listNames[0]! } });
    return;
  }
  checkOptions(question, name, findings);
}

function checkOptions(question: Question, name: string, findings: SchemaFinding[]): void {
  const { field: list, items } = question.options!;
  const firstByValue = new Map<string, string>();
  items.forEach((item, index) => {
    const pointer = pointerTo(list.pointer, index);
    if (!isObject(item)) {
      findings.push({ messageId: 'wrongType', pointer, part: 'value', data: { what: `Option ${index + 1} of \`${name}\``, expected: 'an object', found: withArticle(describe(item)) } });
      return;
    }
    for (const wanted of ['value', 'text']) {
      const found = field(item, wanted, pointer);
      if (typeof found?.value !== 'string') findings.push({ messageId: 'optionField', pointer, part: 'opening', data: { number: index + 1, id: name, field: wanted } });
    }
    const value = field(item, 'value', pointer);
    if (typeof value?.value !== 'string') return;
    const first = firstByValue.get(value.value);
    if (first === undefined) firstByValue.set(value.value, value.pointer);
    else findings.push({ messageId: 'duplicateOption', pointer: value.pointer, part: 'value', data: { value: value.value, id: name }, related: { pointer: first, message: `First option with value \`${value.value}\`` } });
  });
}

/** Keys that are not known but within a typo of a known one (case differences are accepted). */
function checkMisspelled(object: JsonObject, pointer: string, known: readonly string[], findings: SchemaFinding[]): void {
  const lower = known.map((name) => name.toLowerCase());
  for (const key of Object.keys(object)) {
    const candidate = key.toLowerCase();
    if (lower.includes(candidate)) continue;
    const limit = candidate.length >= 8 ? 2 : 1;
    const index = lower.findIndex((name) => distance(name, candidate) <= limit);
    if (index !== -1) {
      findings.push({ messageId: 'misspelledProperty', pointer: pointerTo(pointer, key), part: 'key', data: { name: key, suggestion: known[index]! } });
    }
  }
}

function controlTypeHint(value: string): string {
  const lower = value.trim().toLowerCase();
  const near = controlTypes.map((type) => ({ type, cost: distance(type.toLowerCase(), lower) })).sort((a, b) => a.cost - b.cost)[0]!;
  if (near.cost <= 3) return `did you mean \`${near.type}\``;
  return `use one of ${listOf(controlTypes)}`;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const listOf = (values: readonly string[]): string => values.map((value) => `\`${value}\``).join(', ');

const withArticle = (kind: string): string => (kind === 'null' ? '`null`' : /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

/** The JSON kind of a value, as authors say it. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}
