/**
 * Reading problem-scoping questions (`formElements`) the way the portal does: property names in any
 * case (27 of ~2,000 corpus questions write `controltype`, 25 `displaylabel`, 5 options `Value`/`Text`)
 * and `null` meaning absent (48 corpus questions list `"dropdownOptions": null`).
 */

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property as written: its name in the file, its value and its JSON pointer. */
export interface Field {
  key: string;
  value: unknown;
  pointer: string;
}

export const pointerTo = (base: string, segment: string | number): string =>
  `${base}/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;

/** Look a property up case-insensitively; `null` counts as absent. The last spelling wins, as in JSON.parse. */
export function field(object: JsonObject, name: string, base: string): Field | undefined {
  const wanted = name.toLowerCase();
  let found: string | undefined;
  for (const key of Object.keys(object)) if (key.toLowerCase() === wanted) found = key;
  if (found === undefined || object[found] === null || object[found] === undefined) return undefined;
  return { key: found, value: object[found], pointer: pointerTo(base, found) };
}

/** Control types seen in Microsoft's templates and the corpus, in the templates' spelling. */
export const controlTypes = [
  'datetimepicker',
  'dropdown',
  'infoblock',
  'multilinetextbox',
  'multiselectdropdown',
  'numerictextbox',
  'radioButtonGroup',
  'textbox',
] as const;

/** Control types whose answer is one of a fixed list of options, and where the list is written. */
const optionLists: Record<string, readonly string[]> = {
  dropdown: ['dropdownOptions'],
  multiselectdropdown: ['dropdownOptions'],
  radiobuttongroup: ['radioButtonOptions', 'dropdownOptions'],
};

export interface ChoiceOption {
  value: string;
  pointer: string;
}

export interface Question {
  index: number;
  pointer: string;
  object: JsonObject;
  id?: { value: string; pointer: string };
  controlType?: { value: string; canonical?: string; pointer: string };
  /** Written options, for control types that take options; undefined when there is no list. */
  options?: { field: Field; items: unknown[] };
  /** The options come from an API call (`dynamicDropdownOptions`), so their values are unknown here. */
  dynamic: boolean;
  visibility?: Field;
}

/** The names an option list may be written under for a control type (lower-cased), or undefined. */
export const optionListNames = (controlType: string | undefined): readonly string[] | undefined =>
  controlType === undefined ? undefined : optionLists[controlType.toLowerCase()];

export function readQuestion(element: JsonObject, index: number, base: string): Question {
  const pointer = pointerTo(base, index);
  const question: Question = { index, pointer, object: element, dynamic: field(element, 'dynamicDropdownOptions', pointer) !== undefined };
  const id = field(element, 'id', pointer);
  if (typeof id?.value === 'string' && id.value.trim() !== '') question.id = { value: id.value, pointer: id.pointer };
  const control = field(element, 'controlType', pointer);
  if (typeof control?.value === 'string') {
    const canonical = controlTypes.find((type) => type.toLowerCase() === (control.value as string).trim().toLowerCase());
    question.controlType = { value: control.value, pointer: control.pointer, ...(canonical ? { canonical } : {}) };
  }
  for (const name of optionListNames(question.controlType?.canonical) ?? []) {
    const list = field(element, name, pointer);
    if (list && Array.isArray(list.value)) {
      question.options = { field: list, items: list.value };
      break;
    }
  }
  const visibility = field(element, 'visibility', pointer);
  if (visibility) question.visibility = visibility;
  return question;
}

/** The questions of a payload, or undefined when it has no `formElements` array. */
export function readQuestions(json: unknown): Question[] | undefined {
  if (!isObject(json)) return undefined;
  const elements = field(json, 'formElements', '');
  if (!elements || !Array.isArray(elements.value)) return undefined;
  return elements.value.flatMap((element, index) => (isObject(element) ? [readQuestion(element, index, elements.pointer)] : []));
}

/** The option values a question can take, or undefined when any value is possible or they are unknown. */
export function optionValues(question: Question): string[] | undefined {
  if (!question.options || question.dynamic) return undefined;
  return question.options.items.flatMap((item, index) => {
    if (!isObject(item)) return [];
    const value = field(item, 'value', pointerTo(question.options!.field.pointer, index));
    return typeof value?.value === 'string' ? [value.value] : [];
  });
}
