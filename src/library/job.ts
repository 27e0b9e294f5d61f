import { writeFile } from 'node:fs/promises';
import type { Config, RuleSetting } from '../../schemas/config.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { applyFixes } from '../fix/apply.js';
import type { AnyRule } from '../lint/resolve.js';
import { validateResult } from '../lint/validate.js';
import { internalError, processSource, type FileResult } from '../process.js';
import type { FileSummary } from '../rules/rule.js';
import { sourceFromText } from '../source.js';
import type { FoundFile } from './files.js';
import { loadFile } from './load.js';
import { summarize } from './summary.js';

/** Settings every file of a run shares; plain data so it can cross into a worker thread. */
export interface JobSettings {
  cwd: string;
  config: Config;
  configDir?: string;
  cliRules?: Record<string, RuleSetting>;
  fix?: boolean;
}

/** What one file contributes to a run: its diagnostics and the summary library rules need. */
export interface FileOutcome {
  path: string;
  source: string;
  sha256?: string;
  diagnostics: Diagnostic[];
  summary?: FileSummary;
  fixed?: boolean;
}

const MAX_FIX_PASSES = 10;
/** Rules never read HTML: skip rendering it (most of extraction's time). */
export const FOR_RULES = { html: false } as const;

/** Read, parse, lint (and fix) one file. The full model is dropped here; only the outcome leaves. */
export async function validateFoundFile(file: FoundFile, settings: JobSettings, rules: readonly AnyRule[]): Promise<FileOutcome> {
  try {
    return await validateOneFile(file, settings, rules);
  } catch (error) {
    // A bug outside the rules (they are guarded one by one): report it on this file and go on with the others.
    return { path: file.path, source: file.source, diagnostics: [internalError(error)] };
  }
}

async function validateOneFile(file: FoundFile, settings: JobSettings, rules: readonly AnyRule[]): Promise<FileOutcome> {
  let result = await loadFile(file, settings.config.maxFileSizeBytes, FOR_RULES);
  const options = { rules, config: settings.config, configDir: settings.configDir, cwd: settings.cwd, cliRules: settings.cliRules };
  let diagnostics = validateResult(result, options);
  let fixed = false;
  if (settings.fix && result.parsed) {
    const outcome = fixUntilStable(result, diagnostics, options);
    if (outcome.changed) {
      await writeFile(result.path, outcome.bytes);
      ({ result, diagnostics } = outcome);
      fixed = true;
    }
  }
  return {
    path: result.path,
    source: result.source,
    ...(result.sha256 ? { sha256: result.sha256 } : {}),
    diagnostics,
    ...(result.article ? { summary: summarize(result.article) } : {}),
    ...(fixed ? { fixed } : {}),
  };
}

/** Apply fixes and re-validate until nothing is left to fix (or a pass limit, against fix loops). */
function fixUntilStable(result: FileResult, diagnostics: Diagnostic[], options: Parameters<typeof validateResult>[1]) {
  const file = result.parsed!.file;
  let text = file.text;
  let current = { result, diagnostics };
  let changed = false;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass += 1) {
    const { text: next, applied } = applyFixes(text, current.diagnostics);
    if (applied === 0 || next === text) break;
    text = next;
    changed = true;
    const reparsed = processSource(sourceFromText(text, { path: file.path, source: file.source, bom: file.bom }), FOR_RULES);
    current = { result: reparsed, diagnostics: validateResult(reparsed, options) };
  }
  // Line endings live in `text` itself; only the BOM was taken off when decoding.
  return { ...current, changed, bytes: (file.bom ? '\uFEFF' : '') + text };
}
