import type { Config, RuleSetting } from '../../schemas/config.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { FileSummary, LibraryRule, Report } from '../rules/rule.js';
import { diagnosticAt } from '../diagnostics.js';
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
    try {
      runLibraryRule(resolved, sorted, bySource);
    } catch (error) {
      // Like a throwing file rule: report the bug on every file rather than lose the whole run.
      const detail = error instanceof Error ? error.message : String(error);
      for (const summary of sorted) {
        const list = bySource.get(summary.source) ?? [];
        list.push(diagnosticAt('internal/error', 'error', `Rule \`${rule.meta.id}\` failed (${detail}); please report it`));
        bySource.set(summary.source, list);
      }
    }
  }
  return bySource;
}

function runLibraryRule(resolved: ResolvedRule<LibraryRule>, sorted: readonly FileSummary[], bySource: Map<string, Diagnostic[]>): void {
  const { rule } = resolved;
  {
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
}
