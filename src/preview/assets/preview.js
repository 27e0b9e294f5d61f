// The preview page's only script, served as a file so the Content-Security-Policy can forbid inline
// script. Pages work without it (filters are a GET form, every question is shown); it adds live
// filtering, live visibility rules, token values and live reload.
import { evaluateVisibility } from './visibility.js';

const main = () => document.getElementById('main');
const status = (message) => {
  const live = document.getElementById('live-status');
  if (live) live.textContent = message;
};

// ---- Library filters -------------------------------------------------------------------------

let searchRequest;
let filterTimer;

async function searchSources(query) {
  if (query.trim() === '') return undefined;
  searchRequest?.abort();
  searchRequest = new AbortController();
  const response = await fetch(`/api/search?q=${encodeURIComponent(query)}`, { signal: searchRequest.signal });
  const body = await response.json();
  return body.sources === null ? undefined : new Set(body.sources);
}

async function applyFilters(form) {
  const data = new FormData(form);
  const query = String(data.get('q') ?? '');
  let found;
  try {
    found = await searchSources(query);
  } catch (error) {
    if (error.name === 'AbortError') return; // a newer keystroke superseded this search
    throw error;
  }
  const service = String(data.get('service') ?? '').toLowerCase();
  const type = String(data.get('type') ?? '');
  const cloud = String(data.get('cloud') ?? '');
  const problems = data.get('problems') === '1';
  const rows = [...document.querySelectorAll('table.library tbody tr')];
  let shown = 0;
  for (const row of rows) {
    const visible =
      (!service || row.dataset.service === service) &&
      (!type || row.dataset.type === type) &&
      (!cloud || row.dataset.clouds.split(' ').includes(cloud)) &&
      (!problems || Number(row.dataset.problems) > 0) &&
      (!found || found.has(row.dataset.source));
    row.hidden = !visible;
    if (visible) shown += 1;
  }
  const count = document.getElementById('result-count');
  if (count) count.textContent = `Showing ${shown} of ${rows.length}`;
  const params = new URLSearchParams();
  for (const [key, value] of data) if (value !== '') params.set(key, String(value));
  history.replaceState(null, '', params.size ? `/?${params}` : '/');
}

// ---- Problem-scoping forms -------------------------------------------------------------------

function answersOf(form) {
  const answers = {};
  for (const element of form.elements) {
    if (!element.name) continue;
    if (element.type === 'checkbox') {
      answers[element.name] ??= [];
      if (element.checked) answers[element.name].push(element.value);
    } else if (element.type === 'radio') {
      if (element.checked) answers[element.name] = element.value;
      else answers[element.name] ??= null;
    } else answers[element.name] = element.value;
  }
  return answers;
}

function updateVisibility(form) {
  const answers = answersOf(form);
  const appeared = [];
  for (const question of form.querySelectorAll('.question[data-visibility]')) {
    const visible = evaluateVisibility(question.dataset.visibility, answers);
    if (visible && question.hidden) appeared.push(question.querySelector('label, legend')?.textContent?.replace('*', '').trim());
    question.hidden = !visible;
  }
  if (appeared.length) status(`New question: ${appeared.join('; ')}`);
}

// ---- Replacement tokens ----------------------------------------------------------------------

/** Wrap each token's default text in the article, so typing a value can replace it in place. */
function markTokens() {
  const inputs = [...document.querySelectorAll('[data-token-input]')];
  const scope = document.querySelectorAll('.blade-body, .issue-description');
  for (const input of inputs) {
    const name = input.dataset.tokenInput;
    const fallback = input.dataset.tokenDefault;
    const marked = document.querySelectorAll(`[data-token="${CSS.escape(name)}"]`);
    marked.forEach((element) => element.classList.add('token-value'));
    if (marked.length || !fallback) continue;
    for (const root of scope) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const hits = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue.includes(fallback)) hits.push(node);
      for (const node of hits) {
        const at = node.nodeValue.indexOf(fallback);
        const rest = node.splitText(at);
        rest.splitText(fallback.length);
        const span = document.createElement('span');
        span.className = 'token-value';
        span.dataset.token = name;
        rest.replaceWith(span);
        span.textContent = fallback;
      }
    }
  }
}

function updateToken(input) {
  const value = input.value === '' ? input.dataset.tokenDefault : input.value;
  for (const element of document.querySelectorAll(`[data-token="${CSS.escape(input.dataset.tokenInput)}"]`)) {
    element.textContent = value; // text, never markup: a value is shown, not run
    element.classList.toggle('filled', input.value !== '');
  }
}

// ---- Source lines ----------------------------------------------------------------------------

function revealLine() {
  if (!/^#L\d+$/.test(location.hash)) return;
  const source = document.getElementById('source');
  if (source) source.open = true;
  document.querySelector(location.hash)?.scrollIntoView({ block: 'center' });
}

// ---- Page setup and live reload --------------------------------------------------------------

function setUp() {
  for (const form of document.querySelectorAll('form[data-scoping]')) updateVisibility(form);
  markTokens();
  document.querySelectorAll('[data-token-input]').forEach(updateToken);
}

document.addEventListener('input', (event) => {
  const target = event.target;
  const filters = target.closest?.('form.filters');
  if (filters) {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => applyFilters(filters), 120);
  }
  const scoping = target.closest?.('form[data-scoping]');
  if (scoping) updateVisibility(scoping);
  if (target.matches?.('[data-token-input]')) updateToken(target);
});
document.addEventListener('change', (event) => {
  const scoping = event.target.closest?.('form[data-scoping]');
  if (scoping) updateVisibility(scoping);
  const filters = event.target.closest?.('form.filters');
  if (filters) applyFilters(filters);
});
document.addEventListener('submit', (event) => {
  if (!event.target.matches('form.filters, form[data-scoping]')) return;
  event.preventDefault();
  if (event.target.matches('form.filters')) applyFilters(event.target);
});
window.addEventListener('hashchange', revealLine);

/** What the author was doing: kept across a reload so a save does not reset the page. */
function captureState() {
  const root = main();
  const fields = [...root.querySelectorAll('input[id], select[id], textarea[id]')].map((element) => ({
    id: element.id,
    value: element.value,
    checked: element.checked,
  }));
  const open = [...root.querySelectorAll('details[id]')].map((element) => [element.id, element.open]);
  return { fields, open, x: window.scrollX, y: window.scrollY, focus: document.activeElement?.id };
}

function restoreState(state) {
  for (const field of state.fields) {
    const element = document.getElementById(field.id);
    if (!element) continue;
    if (element.type === 'checkbox' || element.type === 'radio') element.checked = field.checked;
    else if (element.type !== 'file') element.value = field.value;
  }
  for (const [id, open] of state.open) {
    const element = document.getElementById(id);
    if (element instanceof HTMLDetailsElement) element.open = open;
  }
  if (state.focus) document.getElementById(state.focus)?.focus({ preventScroll: true });
  window.scrollTo(state.x, state.y);
}

async function reload() {
  const response = await fetch(location.href, { cache: 'no-store' });
  if (!response.ok) {
    status('The article is no longer in the library');
    return;
  }
  const next = new DOMParser().parseFromString(await response.text(), 'text/html');
  const state = captureState();
  main().replaceChildren(...next.getElementById('main').childNodes);
  document.title = next.title;
  setUp();
  restoreState(state);
  const filters = document.querySelector('form.filters');
  if (filters) await applyFilters(filters);
  status(`Updated ${new Date().toLocaleTimeString()}`);
  document.body.dataset.reloads = String(Number(document.body.dataset.reloads ?? 0) + 1);
}

let reloading = Promise.resolve();
const events = new EventSource('/events');
events.addEventListener('change', () => {
  reloading = reloading.then(reload).catch(() => status('Could not refresh; is the preview still running?'));
});

setUp();
revealLine();
document.body.dataset.ready = 'true';
