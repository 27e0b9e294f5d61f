/**
 * Raw HTML in an article is either dangerous (script, iframe, style, form, object, embed, `on…=`
 * handlers, `javascript:` URLs must never reach a reader) or at best unreliable (the portal sanitises
 * HTML, so layout written in tags is lost). Worse, a placeholder such as `<tenantName>` is read as a tag
 * and vanishes. `<br>` is allowed by default: about 1,740 uses in 425 corpus files, and the templates
 * use it. Apollo articles embed their own elements (`<insight>` in 7 of the 10 corpus Apollo files,
 * `<video>`, `<azureKB>`, `<metric>` in the template), allowed there.
 */
import { z } from 'zod';
import { isHtmlElementName } from '../../html/elements.js';
import { rawHtmlOf } from '../../html/raw.js';
import { scanTags, type HtmlTag } from '../../html/tags.js';
import { positionOf } from '../../source.js';
import { defineRule, type Report } from '../rule.js';

const dangerousTags = new Set(['script', 'iframe', 'style', 'form', 'object', 'embed']);
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']);
/** The Apollo template's elements and their children, and those the corpus Apollo files add. */
const apolloTags = new Set(
  ('insight symptomid executiontext timeouttext noresulttext failedtext additionalinputsreq maxinsightcount ' +
    'metric name aggregationtype timespanduration title chart video videogroup src azurekb client').split(' '),
);

const Options = z.object({
  allow: z
    .array(z.string())
    .default(['br'])
    .describe('Tag names (any case) not reported as other HTML; unsafe elements and attributes are always reported'),
});

/** `javascript:` after the browser's clean-up: control characters and white space dropped, numeric entities decoded. */
function isScriptUrl(value: string): boolean {
  const decoded = value.replace(/&#(x[0-9a-f]{1,6}|[0-9]{1,7});?/gi, (_, code: string) =>
    String.fromCodePoint(Math.min(code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code), 0x10ffff)),
  );
  let compact = '';
  for (const char of decoded) if (char > ' ') compact += char;
  return compact.toLowerCase().replace(/&colon;?/g, ':').startsWith('javascript:');
}

export const structureRawHtml = defineRule({
  meta: {
    id: 'structure/raw-html',
    description: 'Disallow unsafe HTML, and flag other raw HTML the portal may not render',
    severity: 'error',
    fixable: false,
    options: Options,
    messages: {
      dangerousTag: 'Unsafe HTML element `<{tag}>` is not allowed in an article; delete it',
      eventHandler: 'Event-handler attribute `{attribute}` on `<{tag}>` is not allowed; delete it',
      scriptUrl: '`javascript:` URL in `{attribute}` on `<{tag}>` is not allowed; link to a page instead',
      otherTag: 'Raw HTML `<{tag}>` may not render in the portal; use markdown instead',
      placeholder: '`<{tag}>` is read as an HTML tag and hidden; write `\\<{tag}>` or put it in backticks',
    },
  },
  create(context) {
    const { allow } = Options.parse(context.options ?? {});
    const allowed = new Set(allow.map((name) => name.toLowerCase()));
    if (context.file.article.selfHelpType === 'Apollo') for (const name of apolloTags) allowed.add(name);
    const { file } = context.file;
    const at = (start: number, end: number) => ({ position: positionOf(file, start, end) });
    // Other HTML is a warning even when the rule is on as an error: only script-capable HTML blocks publishing.
    const warn = (report: Report<'otherTag' | 'placeholder'>) => context.report({ ...report, severity: 'warning' });
    const check = (tag: HtmlTag, base: number, written: string) => {
      if (dangerousTags.has(tag.name)) return context.report({ node: at(base + tag.start, base + tag.end), messageId: 'dangerousTag', data: { tag: tag.name } });
      let unsafe = false;
      for (const attribute of tag.attributes) {
        const data = { tag: tag.name, attribute: attribute.name };
        const node = at(base + attribute.start, base + attribute.end);
        if (attribute.name.length > 2 && attribute.name.startsWith('on')) context.report({ node, messageId: 'eventHandler', data });
        else if (urlAttributes.has(attribute.name) && isScriptUrl(attribute.value)) context.report({ node, messageId: 'scriptUrl', data });
        else continue;
        unsafe = true;
      }
      if (unsafe || allowed.has(tag.name)) return;
      const node = at(base + tag.start, base + tag.end);
      if (isHtmlElementName(tag.name)) warn({ node, messageId: 'otherTag', data: { tag: tag.name } });
      else warn({ node, messageId: 'placeholder', data: { tag: written } });
    };
    return {
      html(node) {
        const raw = rawHtmlOf(file, node);
        if (!raw) return;
        for (const tag of scanTags(raw.text)) {
          if (!tag.closing) check(tag, raw.start, tagNameAsWritten(raw.text, tag));
        }
      },
    };
  },
});

/** The tag's name in the author's case (`tenantName`), for messages that quote it. */
const tagNameAsWritten = (text: string, tag: HtmlTag): string => text.slice(tag.start + 1, tag.start + 1 + tag.name.length);
