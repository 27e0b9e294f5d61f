/**
 * GitHub Actions workflow commands, so findings show as annotations on the pull request's diff
 * (docs.github.com, "Workflow commands for GitHub Actions": setting an error / warning message).
 * Escaping follows actions/toolkit (packages/core/src/command.ts): data escapes `%`, CR and LF;
 * property values also escape `:` and `,`, which would otherwise end the value.
 */
import type { LintMessage } from '../../schemas/report.js';
import { relativePath, type Formatter } from './results.js';

export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd);
    for (const message of result.messages) lines.push(formatCommand(file, message));
  }
  return lines.map((line) => `${line}\n`).join('');
};

function formatCommand(file: string, message: LintMessage): string {
  const properties: Array<[string, string | number | undefined]> = [
    ['file', file],
    ['line', message.line],
    ['col', message.column],
    ['endLine', message.endLine],
    ['endColumn', message.endColumn],
    ['title', message.ruleId],
  ];
  const list = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  const command = message.severity === 2 ? 'error' : 'warning';
  return `::${command} ${list}::${escapeData(message.message)}`;
}

export const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
