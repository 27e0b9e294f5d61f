/**
 * The portal's markdown renderer does not render GFM tables: readers see the raw pipes and dashes.
 * The CommonSolutions and TSG_Content templates say "tables do not work". Apollo (Solutions 2.0)
 * articles have their own template and renderer, and 1 of the 10 corpus Apollo files uses a table, so
 * Apollo is not checked. 8 other corpus files (TSG_Content, rca, generic) have 9 tables.
 */
import { defineRule } from '../rule.js';

export const structureTable = defineRule({
  meta: {
    id: 'structure/table',
    description: 'Disallow tables, which the portal does not render',
    severity: 'warning',
    fixable: false,
    messages: {
      table: 'Table with {columns} columns is shown as raw text in the portal; rewrite it as a list',
    },
  },
  create(context) {
    // Checked in the rule rather than `appliesTo`, so files with an unknown selfHelpType are still checked.
    if (context.file.article.selfHelpType === 'Apollo') return {};
    return {
      table(node) {
        const header = node.children[0];
        if (!node.position || !header?.position) return;
        // Point at the header row only: the whole table would cover every line of it.
        context.report({ node: header, messageId: 'table', data: { columns: header.children.length } });
      },
    };
  },
});
