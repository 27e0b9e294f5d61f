import type { Config, RuleSetting } from '../../schemas/config.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { FileSummary, LibraryRule, Report } from '../rules/rule.js';
import { fillMessage, toDiagnostic } from './lint.js';
import { resolveRules, type AnyRule, type ResolvedRule } from './resolve.js';

/** Run library-wide rules over per-file summaries; returns diagnostics by source path. */
export function checkLibrary(
  summaries: readonly FileSummary[],
  /** Every rule (config may name any id); only library rules run here. */
  rules: readonly AnyRule[],
  config: Config = {},
  cliRules?: Record<string, RuleSetting>,
): Map<string, Diagnostic[]> {
  const bySource = new Map<string, Diagnostic[]>();
  const sorted = [...summaries].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const resolvedRules = resolveRules(rules, config, { cliRules }).filter(
    (resolved): resolved is ResolvedRule<LibraryRule> => 'check' in resolved.rule,
  );
  for (const resolved of resolvedRules) {
    const { rule } = resolved;
    rule.check(sorted, {
      options: resolved.options,
      report(source: string, report: Report<string>) {
        const template = rule.meta.messages[report.messageId];
        if (template === undefined) throw new Error(`Rule ${rule.meta.id} reported unknown messageId ${report.messageId}`);
        const list = bySource.get(source) ?? [];
        list.push(toDiagnostic(rule.meta.id, resolved.severity, fillMessage(template, report.data), report));
        bySource.set(source, list);
      },
    });
  }
  return bySource;
}
