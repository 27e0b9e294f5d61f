/**
 * DocFX/GitHub alerts (`> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`) are not
 * understood by the portal: the reader sees the literal `[!NOTE]`. The CommonSolutions and
 * TSG_Content templates say "[!NOTE] tags do not work" and show a plain `> Note: …` quote instead.
 * 1 of 2,007 corpus files uses one.
 */
import { defineRule } from '../rule.js';

const alertKinds = new Set(['note', 'tip', 'important', 'warning', 'caution']);
/** `[!WORD]` at the start of the quote's first paragraph; the bounded class cannot backtrack. */
const ALERT = /^\[!([A-Za-z]{1,12})\]/;

export const structureUnsupportedAlert = defineRule({
  meta: {
    id: 'structure/unsupported-alert',
    description: 'Disallow `[!NOTE]`-style alerts, which the portal shows as plain text',
    severity: 'warning',
    fixable: false,
    messages: {
      alert: 'Alert marker `{marker}` is shown as plain text in the portal; write `**{label}:**` instead',
    },
  },
  create(context) {
    const { text } = context.file.file;
    return {
      blockquote(node) {
        const first = node.children[0];
        const start = first?.type === 'paragraph' ? first.position?.start.offset : undefined;
        if (start === undefined) return;
        const match = ALERT.exec(text.slice(start, start + 16));
        const kind = match?.[1]?.toLowerCase();
        if (!match || !kind || !alertKinds.has(kind)) return;
        const position = { start: context.file.file.toPoint(start), end: context.file.file.toPoint(start + match[0].length) };
        const label = kind[0]!.toUpperCase() + kind.slice(1);
        context.report({ node: { position }, messageId: 'alert', data: { marker: match[0], label } });
      },
    };
  },
});
