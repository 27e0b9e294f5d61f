import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * GitHub's schema (no script, style, iframe, object, form or event handlers) narrowed to what the
 * portal renders, with one more protocol: `data-blade:` portal links, which the portal routes itself.
 * `data:` stays forbidden; hast-util-sanitize reads the protocol up to the first `:`, so `data-blade`
 * and `data` are distinct.
 */
const allowedTags = [
  'a', 'b', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'kbd', 'li', 'ol', 'p', 'pre', 's', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
  'input',
];

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: allowedTags,
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    code: [['className', /^language-[\w+#-]+$/]],
    span: ['dataToken'],
    td: ['align'],
    th: ['align'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    li: [['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    ol: ['start'],
    '*': [],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'data-blade'],
    src: ['http', 'https'],
  },
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'form', 'template', 'noscript', 'textarea', 'select'],
};
