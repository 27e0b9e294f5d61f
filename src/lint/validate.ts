import type { Config, RuleSetting } from '../../schemas/config.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { collectComments } from '../extract/comments.js';
import type { FileResult } from '../process.js';
import type { LibraryRule, Rule } from '../rules/rule.js';
import { applyDirectives } from './directives.js';
import { lintFile, type LintOptions } from './lint.js';
import { resolveRules, type ResolvedRule } from './resolve.js';

export interface ValidateOptions extends LintOptions {
  /** Per-file and library rules: all of them, so config can name any id. */
  rules: ReadonlyArray<Rule | LibraryRule>;
  config?: Config;
  configDir?: string;
  cwd?: string;
  cliRules?: Record<string, RuleSetting>;
}

export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

/**
 * All per-file diagnostics: those found while reading (under their rules' configured severity), the
 * rules' findings, then inline directives. A rejected file keeps its reading errors as they are.
 */
export function validateResult(result: FileResult, options: ValidateOptions): Diagnostic[] {
  const resolved = resolveRules(options.rules, options.config ?? {}, {
    source: result.source,
    configDir: options.configDir,
    cwd: options.cwd,
    cliRules: options.cliRules,
  });
  if (!result.parsed || !result.article) return [...result.diagnostics].sort(compareDiagnostics);
  const file = { ...result.parsed, article: result.article };
  const fromReading = withConfiguredSeverity(result.diagnostics, resolved);
  const found = [...fromReading, ...lintFile(file, resolved, options)];
  const unused = resolved.find((rule) => rule.rule.meta.id === 'file/unused-disable');
  const kept = applyDirectives(file.file, collectComments(file.index), found, unused?.severity ?? 'off');
  return kept.sort(compareDiagnostics);
}

/** Severity by rule id of one resolution (resolutions are cached and shared by the files of a run). */
const severities = new WeakMap<readonly ResolvedRule[], Map<string, ResolvedRule['severity']>>();

function withConfiguredSeverity(diagnostics: readonly Diagnostic[], resolved: readonly ResolvedRule[]): Diagnostic[] {
  if (diagnostics.length === 0) return [];
  let severity = severities.get(resolved);
  if (!severity) severities.set(resolved, (severity = new Map(resolved.map((rule) => [rule.rule.meta.id as string, rule.severity]))));
  return diagnostics.flatMap((diagnostic) => {
    if (diagnostic.ruleId.startsWith('internal/')) return [diagnostic];
    const configured = severity.get(diagnostic.ruleId);
    return configured === undefined ? [] : [{ ...diagnostic, severity: configured }];
  });
}
