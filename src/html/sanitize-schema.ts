import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * GitHub's schema (no script, style, iframe, object, form or event handlers) narrowed to what the
 * portal renders. Link targets: web, mail, and the portal's own `data-blade:` family (`button-data-blade:`
 * and `button-data-context:` draw the same target as a button; 4 corpus files), which the portal routes
 * itself. `data:` stays forbidden; hast-util-sanitize reads the protocol up to the first `:`, so
 * `data-blade` and `data` are distinct, and it compares case-sensitively, so `JavaScript:` fails too.
 * Only `span[data-token]` carries a data attribute: it marks replacement tokens.
 */
const allowedTags = [
  'a', 'b', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'kbd', 'li', 'ol', 'p', 'pre', 's', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
  'input',
];

/**
 * Elements dropped with everything inside them: scripts and embedded documents (their text is code,
 * not prose), form controls, and Apollo widgets the renderer did not turn into HTML (their fields are
 * configuration, not reader text). Any other unknown element is unwrapped and its text kept.
 */
const strippedTags = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'template', 'noscript',
  'textarea', 'select', 'option', 'button', 'svg', 'math', 'title', 'head', 'meta', 'link', 'base', 'audio', 'video',
  'insight', 'metric', 'videogroup', 'azurekb',
];

export const allowedHtmlTags: ReadonlySet<string> = new Set(allowedTags);
export const strippedHtmlTags: ReadonlySet<string> = new Set(strippedTags);

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: allowedTags,
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    code: [['className', /^language-[\w+#-]+$/]],
    span: ['dataToken', 'title'],
    td: ['align'],
    th: ['align'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    li: [['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    ol: ['start'],
    '*': [],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'data-blade', 'button-data-blade', 'button-data-context'],
    src: ['http', 'https'],
  },
  strip: strippedTags,
};
