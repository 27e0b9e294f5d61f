import { writeFile } from 'node:fs/promises';
import type { Config, RuleSetting } from '../../schemas/config.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { applyFixes } from '../fix/apply.js';
import { checkLibrary } from '../lint/library.js';
import type { AnyRule } from '../lint/resolve.js';
import { compareDiagnostics, validateResult } from '../lint/validate.js';
import { processSource, type FileResult } from '../process.js';
import { allRules } from '../rules/index.js';
import type { FileSummary } from '../rules/rule.js';
import { sourceFromText } from '../source.js';
import { findMarkdownFiles } from './files.js';
import { loadFile } from './load.js';
import { summarize } from './summary.js';

export interface ValidateLibraryOptions {
  cwd: string;
  config?: Config;
  configDir?: string;
  cliRules?: Record<string, RuleSetting>;
  followSymlinks?: boolean;
  /** Rewrite files with the fixes of fixable rules. */
  fix?: boolean;
  rules?: readonly AnyRule[];
}

export interface ValidatedFile {
  path: string;
  source: string;
  diagnostics: Diagnostic[];
  /** True when --fix rewrote the file. */
  fixed?: boolean;
}

const MAX_FIX_PASSES = 10;

/**
 * Validate every file under the paths, then run library-wide rules on per-file summaries. Full models
 * are dropped as soon as a file is done, so memory holds summaries, not trees.
 */
export async function validateLibrary(paths: readonly string[], options: ValidateLibraryOptions): Promise<ValidatedFile[]> {
  const rules = options.rules ?? allRules;
  const config = options.config ?? {};
  const settings = { rules, config, configDir: options.configDir, cwd: options.cwd, cliRules: options.cliRules };
  const found = await findMarkdownFiles(paths, {
    cwd: options.cwd,
    followSymlinks: options.followSymlinks,
    ignores: config.ignores,
    ignoreBase: options.configDir,
  });
  const files: ValidatedFile[] = [];
  const summaries: FileSummary[] = [];
  for (const entry of found) {
    let result = await loadFile(entry, config.maxFileSizeBytes);
    let diagnostics = validateResult(result, settings);
    let fixed = false;
    if (options.fix && result.parsed) {
      const outcome = fixUntilStable(result, diagnostics, settings);
      if (outcome.changed) {
        await writeFile(result.path, outcome.bytes);
        ({ result, diagnostics } = outcome);
        fixed = true;
      }
    }
    if (result.article) summaries.push(summarize(result.article));
    files.push({ path: result.path, source: result.source, diagnostics, ...(fixed ? { fixed } : {}) });
  }
  const libraryDiagnostics = checkLibrary(summaries, rules, config, options.cliRules);
  for (const file of files) {
    const extra = libraryDiagnostics.get(file.source);
    if (extra) file.diagnostics = [...file.diagnostics, ...extra].sort(compareDiagnostics);
  }
  return files;
}

/** Apply fixes and re-validate until nothing is left to fix (or a pass limit, against fix loops). */
function fixUntilStable(result: FileResult, diagnostics: Diagnostic[], settings: Parameters<typeof validateResult>[1]) {
  const file = result.parsed!.file;
  let text = file.text;
  let current = { result, diagnostics };
  let changed = false;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass += 1) {
    const { text: next, applied } = applyFixes(text, current.diagnostics);
    if (applied === 0 || next === text) break;
    text = next;
    changed = true;
    const reparsed = processSource(sourceFromText(text, { path: file.path, source: file.source, bom: file.bom }));
    current = { result: reparsed, diagnostics: validateResult(reparsed, settings) };
  }
  return { ...current, changed, bytes: (file.bom ? '\uFEFF' : '') + text };
}
