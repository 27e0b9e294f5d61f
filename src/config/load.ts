import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigSchema, type Config } from '../../schemas/config.js';
import { ConfigError } from '../lint/resolve.js';

export const CONFIG_FILE_NAME = 'selfhelp.config.json';

export interface LoadedConfig {
  config: Config;
  /** Folder globs in the config are relative to; the working directory when there is no file. */
  configDir: string;
  configPath?: string;
}

/** The nearest `selfhelp.config.json` from `cwd` upward, or the file given with --config. */
export async function loadConfig(cwd: string, explicitPath?: string): Promise<LoadedConfig> {
  const configPath = explicitPath ? path.resolve(cwd, explicitPath) : findUp(cwd);
  if (!configPath) return { config: {}, configDir: cwd };
  let raw: string;
  try {
    raw = await readFile(configPath, 'utf8');
  } catch {
    throw new ConfigError(`Cannot read the config file ${configPath}`, 'config');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`${configPath} is not valid JSON: ${(error as Error).message}`, 'config');
  }
  const parsed = ConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
    throw new ConfigError(`${path.basename(configPath)}: \`${key || '(root)'}\`: ${issue.message}`, key);
  }
  const configDir = path.dirname(configPath);
  return { config: await withCatalog(parsed.data, configDir), configDir, configPath };
}

function findUp(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Load the support-topic catalogue file (JSON array, or one id per line) into the rule's options. */
async function withCatalog(config: Config, configDir: string): Promise<Config> {
  if (!config.supportTopicCatalog) return config;
  const file = path.resolve(configDir, config.supportTopicCatalog);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigError(`Cannot read supportTopicCatalog ${file}`, 'supportTopicCatalog');
  }
  const catalog = text.trimStart().startsWith('[')
    ? (JSON.parse(text) as unknown[]).map(String)
    : text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  const id = 'metadata/support-topic-id';
  const current = config.rules?.[id];
  const severity = Array.isArray(current) ? current[0] : current ?? 'error';
  const options = Array.isArray(current) && current.length > 1 ? (current[1] as object) : {};
  return { ...config, rules: { ...config.rules, [id]: [severity, { ...options, catalog }] } };
}
