import type { Payload } from '../../schemas/article.js';
import { sanitizeHtml } from '../html/render.js';
import { html, trusted, type SafeHtml } from './html.js';

/**
 * Problem-scoping questions as the real form controls the portal shows. Read from the parsed JSON
 * defensively rather than from the typed view: the typed view is absent as soon as one question is
 * malformed, and the author needs to see the other questions while fixing that one.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/**
 * A payload string the portal renders as HTML when it holds tags (`<a href>` in an info block), through
 * the export's sanitiser (`export/payload.ts` does the same); without tags it is text.
 */
const richString = (value: unknown): SafeHtml => {
  const written = text(value);
  return /<[a-z!/]/i.test(written) ? trusted(sanitizeHtml(written)) : html`${written}`;
};

interface Option {
  value: string;
  text: string;
}

const optionsOf = (value: unknown): Option[] =>
  Array.isArray(value) ? value.filter(isObject).map((option) => ({ value: text(option.value), text: text(option.text) || text(option.value) })) : [];

/** Ids become element ids; keep them to a safe alphabet and make them unique per form. */
const domId = (id: string, index: number): string => `q-${index}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Visibility as written: a string expression, or `true`/`false`; `null`, `"null"` and absent mean always shown. */
function visibilityOf(element: Json): string | undefined {
  const value = element.visibility;
  if (value === false) return 'false';
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' || trimmed === 'null' || trimmed === 'true' ? undefined : trimmed;
}

function label(element: Json, forId: string): SafeHtml {
  const required = element.required === true ? html` <span class="required" aria-hidden="true">*</span>` : '';
  return html`<label for="${forId}">${text(element.displayLabel) || text(element.id)}${required}</label>`;
}

function help(element: Json, helpId: string): SafeHtml | '' {
  const balloon = text(element.infoBalloonText);
  const hints = Array.isArray(element.hints) ? element.hints.filter(isObject).map((hint) => text(hint.text)).filter(Boolean) : [];
  if (!balloon && hints.length === 0) return '';
  return html`<div class="help" id="${helpId}">${balloon ? html`<div>${richString(balloon)}</div>` : ''}${hints.length ? html`<ul>${hints.map((hint) => html`<li>${hint}</li>`)}</ul>` : ''}</div>`;
}

const describe = (describedBy: string | undefined): SafeHtml | '' => (describedBy ? html` aria-describedby="${describedBy}"` : '');

function choiceGroup(element: Json, id: string, name: string, type: 'radio' | 'checkbox', options: Option[], describedBy: string | undefined): SafeHtml {
  const required = element.required === true ? html` <span class="required" aria-hidden="true">*</span>` : '';
  return html`<fieldset id="${id}"${describe(describedBy)}><legend>${text(element.displayLabel) || name}${required}</legend>
    ${options.map((option, index) => html`<label class="choice"><input type="${type}" name="${name}" id="${id}-${index}" value="${option.value}"> ${option.text}</label>`)}
  </fieldset>`;
}

/** One question's control; unknown types are shown as such instead of guessed. */
function control(element: Json, id: string, name: string, describedBy: string | undefined): SafeHtml {
  const type = text(element.controlType).toLowerCase();
  const placeholder = text(element.watermarkText);
  const required = element.required === true;
  const common = html`id="${id}" name="${name}"${describe(describedBy)}${required ? trusted(' aria-required="true"') : ''}`;
  switch (type) {
    case 'dropdown':
      return html`${label(element, id)}<select ${common}><option value="">${placeholder || 'Select an option'}</option>${optionsOf(element.dropdownOptions).map((option) => html`<option value="${option.value}">${option.text}</option>`)}</select>`;
    case 'multiselectdropdown':
      return choiceGroup(element, id, name, 'checkbox', optionsOf(element.dropdownOptions), describedBy);
    case 'radiobuttongroup':
      return choiceGroup(element, id, name, 'radio', optionsOf(element.radioButtonOptions ?? element.dropdownOptions), describedBy);
    case 'textbox':
      return html`${label(element, id)}<input type="text" ${common} placeholder="${placeholder}">`;
    case 'numerictextbox':
      return html`${label(element, id)}<input type="number" ${common} placeholder="${placeholder}">`;
    case 'multilinetextbox':
      return html`${label(element, id)}<textarea ${common} rows="4" placeholder="${placeholder}"></textarea>`;
    case 'datetimepicker':
      return html`${label(element, id)}<input type="datetime-local" ${common}>`;
    case 'infoblock':
      return html`<div class="infoblock" role="note" id="${id}">${richString(element.content)}</div>`;
    default:
      return html`<p class="unknown-control" id="${id}">Question <code>${text(element.id)}</code> has control type <code>${text(element.controlType) || '(none)'}</code>, which the portal does not know; it cannot be shown.</p>`;
  }
}

function question(element: unknown, index: number): SafeHtml {
  if (!isObject(element)) return html`<p class="unknown-control">Item ${index + 1} of <code>formElements</code> is not an object.</p>`;
  const name = text(element.id) || `question-${index + 1}`;
  const id = domId(name, index);
  const visibility = visibilityOf(element);
  const helpText = help(element, `${id}-help`);
  return html`<div class="question" data-question-id="${name}"${visibility ? html` data-visibility="${visibility}"` : ''}>
    ${control(element, id, name, helpText ? `${id}-help` : undefined)}${helpText}
    ${visibility ? html`<p class="visibility-rule">Shown when <code>${visibility}</code></p>` : ''}
  </div>`;
}

const orderOf = (element: unknown): number => (isObject(element) && typeof element.order === 'number' ? element.order : Number.MAX_SAFE_INTEGER);

/** The form for a payload with `formElements`, or undefined when the payload has none. */
export function renderScopingForm(payload: Payload): SafeHtml | undefined {
  const json = payload.json;
  if (!isObject(json) || !Array.isArray(json.formElements)) return undefined;
  const elements = json.formElements.map((element, index) => ({ element, index })).sort((a, b) => orderOf(a.element) - orderOf(b.element) || a.index - b.index);
  const title = text(json.title);
  return html`<form class="scoping" aria-label="${title || 'Problem details'}" data-scoping>
    ${title ? html`<p class="form-title">${title}</p>` : ''}
    ${elements.map(({ element, index }) => question(element, index))}
  </form>`;
}

/** Payloads that are not questions (diagnose-and-solve menus, advisor metadata, …) shown as formatted JSON. */
export const renderJson = (value: unknown): SafeHtml => html`<pre class="json"><code>${JSON.stringify(value, null, 2)}</code></pre>`;
