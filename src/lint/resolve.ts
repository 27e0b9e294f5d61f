import path from 'node:path';
import picomatch from 'picomatch';
import type { Config, RuleSetting } from '../../schemas/config.js';
import type { Severity } from '../../schemas/diagnostic.js';
import type { LibraryRule, Rule, RuleFile } from '../rules/rule.js';

export type AnyRule = Rule | LibraryRule;

export interface ResolvedRule<R extends AnyRule = AnyRule> {
  rule: R;
  severity: Severity;
  options: unknown;
  appliesTo?: (file: RuleFile) => boolean;
}

/** A config problem: the CLI prints it and exits 2. `key` names the offending setting. */
export class ConfigError extends Error {
  constructor(message: string, readonly key: string) {
    super(message);
  }
}

interface Setting {
  severity: 'off' | Severity;
  options?: unknown;
}

const toSetting = (setting: RuleSetting): Setting => {
  const [level, options] = Array.isArray(setting) ? setting : [setting];
  const severity = level === 'off' ? 'off' : level === 'warn' ? 'warning' : 'error';
  return options === undefined ? { severity } : { severity, options };
};

type ResolveOptions = { source?: string; configDir?: string; cwd?: string; cliRules?: Record<string, RuleSetting> };

/**
 * Resolutions already made, per rule list and config, keyed by the command-line rules and the overrides
 * that matched: a run resolves once per distinct combination, not once per file (the rule options'
 * zod parsing and the glob compiling cost more than linting a small article).
 */
const resolvedCache = new WeakMap<readonly AnyRule[], WeakMap<Config, Map<string, ResolvedRule[]>>>();

/** Settings for one file: preset, then `rules`, then matching `overrides`, then command-line `--rule`s. */
export function resolveRules<R extends AnyRule>(rules: readonly R[], config: Config, options: ResolveOptions = {}): Array<ResolvedRule<R>> {
  const matched = options.source === undefined ? [] : matchingOverrides(config, options.source, options.configDir, options.cwd);
  const key = `${JSON.stringify(options.cliRules ?? {})}\u0000${matched.join(',')}`;
  let byConfig = resolvedCache.get(rules);
  if (!byConfig) resolvedCache.set(rules, (byConfig = new WeakMap()));
  let byKey = byConfig.get(config);
  if (!byKey) byConfig.set(config, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached as Array<ResolvedRule<R>>;
  const resolved = resolveUncached(rules, config, new Set(matched), options.cliRules);
  byKey.set(key, resolved);
  return resolved;
}

function resolveUncached<R extends AnyRule>(
  rules: readonly R[],
  config: Config,
  matched: ReadonlySet<number>,
  cliRules: Record<string, RuleSetting> | undefined,
): Array<ResolvedRule<R>> {
  const byId = new Map<string, R>(rules.map((rule) => [rule.meta.id, rule]));
  const settings = new Map<string, Setting>();
  const strict = config.extends === 'strict';
  for (const rule of rules) {
    const enabled = strict || rule.meta.recommended !== false;
    settings.set(rule.meta.id, { severity: !enabled ? 'off' : strict ? 'error' : rule.meta.severity });
  }
  const apply = (layer: Record<string, RuleSetting> | undefined, key: string) => {
    for (const [id, setting] of Object.entries(layer ?? {})) {
      if (!byId.has(id)) throw new ConfigError(`Unknown rule \`${id}\` in ${key}; run \`selfhelp rules\` to list them`, `${key}.${id}`);
      const previous = settings.get(id);
      const next = toSetting(setting);
      settings.set(id, { ...previous, ...next });
    }
  };
  apply(config.rules, 'rules');
  (config.overrides ?? []).forEach((override, index) => {
    if (matched.has(index)) apply(override.rules, `overrides[${index}].rules`);
  });
  apply(cliRules, '--rule');
  const resolved: Array<ResolvedRule<R>> = [];
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id)!;
    if (setting.severity === 'off') continue;
    resolved.push({
      rule,
      severity: setting.severity,
      options: parseRuleOptions(rule, setting.options),
      ...(rule.meta.appliesTo ? { appliesTo: appliesToTypes(rule.meta.appliesTo) } : {}),
    });
  }
  return resolved;
}

function parseRuleOptions(rule: AnyRule, options: unknown): unknown {
  if (!rule.meta.options) return options;
  const parsed = rule.meta.options.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `.${issue.path.join('.')}` : '';
  throw new ConfigError(`Invalid options for \`${rule.meta.id}\`${where}: ${issue?.message ?? 'invalid'}`, `rules.${rule.meta.id}${where}`);
}

const appliesToTypes = (types: readonly string[]) => (file: RuleFile) =>
  file.article.selfHelpType !== null && types.includes(file.article.selfHelpType);

/** Indices of the overrides whose `files` globs match the file. */
function matchingOverrides(config: Config, source: string, configDir?: string, cwd?: string): number[] {
  const overrides = config.overrides ?? [];
  if (overrides.length === 0) return [];
  const relative = relativeToConfig(source, configDir, cwd);
  return overrides.flatMap((override, index) => (compiledGlobs(override.files)(relative) ? [index] : []));
}

/** Globs are relative to the config file's folder; `source` is relative to the working directory. */
export function matchesFile(globs: string | readonly string[], source: string, configDir?: string, cwd?: string): boolean {
  return compiledGlobs(globs)(relativeToConfig(source, configDir, cwd));
}

function relativeToConfig(source: string, configDir?: string, cwd?: string): string {
  const absolute = path.resolve(cwd ?? process.cwd(), source);
  return path.relative(configDir ?? cwd ?? process.cwd(), absolute).split(path.sep).join('/');
}

const compiled = new Map<string, (file: string) => boolean>();

/** picomatch compiles a glob into a regex; do it once per distinct list, not once per file. */
function compiledGlobs(globs: string | readonly string[]): (file: string) => boolean {
  const list = typeof globs === 'string' ? [globs] : [...globs];
  const key = JSON.stringify(list);
  let matcher = compiled.get(key);
  if (!matcher) compiled.set(key, (matcher = picomatch(list, { dot: true })));
  return matcher;
}
