import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SelfHelpType } from '../../schemas/properties.js';
import { toSource } from '../library/files.js';
import { loadLibrary } from '../library/load.js';
import { hasDisplayOrder, templates } from './templates.js';

export interface ScaffoldOptions {
  type: SelfHelpType;
  /** A file, or a folder to create the file in; default `articles/`. */
  target?: string;
  /** The service attribute; default: the one most articles in the target folder use. */
  service?: string;
  /** Folders whose articles take displayOrders; default `articles` (when it exists) and the target folder. */
  library?: readonly string[];
  cwd: string;
  /** Injected so tests can pin the date and id. */
  now?: Date;
  newId?: () => string;
}

export interface Scaffolded {
  path: string;
  source: string;
  text: string;
  articleId: string;
  service: string;
  displayOrder?: number;
}

/** `YYYY-MM-DD` in local time: the author's today, not UTC's. */
export const localDate = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Thrown for a target that exists already; the CLI turns it into a usage error. */
export class TargetExistsError extends Error {}

async function resolveTarget(target: string | undefined, type: SelfHelpType, articleId: string, cwd: string): Promise<string> {
  const given = path.resolve(cwd, target ?? 'articles');
  const info = await stat(given).catch(() => undefined);
  const isFolder = info?.isDirectory() || target === undefined || /[/\\]$/.test(target);
  if (!isFolder) return given;
  return path.join(given, `${type.toLowerCase()}-${articleId.slice(0, 8)}.md`);
}

/**
 * Write a new article from its type's template: a fresh articleId, the next free displayOrder among the
 * library's articles of the same service (library/display-order wants them unique per service), today's
 * date where the template has one. Never overwrites a file.
 */
export async function scaffoldArticle(options: ScaffoldOptions): Promise<Scaffolded> {
  const articleId = (options.newId ?? randomUUID)();
  const file = await resolveTarget(options.target, options.type, articleId, options.cwd);
  if (existsSync(file)) throw new TargetExistsError(`${toSource(file, options.cwd)} exists already; choose another path`);
  const folder = path.dirname(file);
  const defaultLibrary = [existsSync(path.join(options.cwd, 'articles')) ? 'articles' : undefined, existsSync(folder) ? folder : undefined];
  const library = options.library ?? defaultLibrary.filter((item): item is string => item !== undefined);
  const results = library.length > 0 ? await loadLibrary(library, { cwd: options.cwd }) : [];
  const articles = results.flatMap((result) => (result.article ? [result.article] : []));
  const service = options.service ?? mostCommonService(articles.filter((article) => path.dirname(path.resolve(options.cwd, article.source)) === folder));
  const sameService = articles.filter((article) => service !== '' && article.metadata.service?.trim().toLowerCase() === service.toLowerCase());
  const orders = sameService.map((article) => article.metadata.displayOrder).filter((order): order is number => typeof order === 'number');
  const displayOrder = service !== '' && hasDisplayOrder(options.type) ? Math.floor(Math.max(0, ...orders)) + 1 : undefined;
  const text = templates[options.type]({ articleId, service, today: localDate(options.now ?? new Date()), ...(displayOrder !== undefined ? { displayOrder } : {}) });
  await mkdir(folder, { recursive: true });
  // `wx`: fail rather than overwrite if the file appeared since the check above.
  await writeFile(file, text, { flag: 'wx' });
  return { path: file, source: toSource(file, options.cwd), text, articleId, service, ...(displayOrder !== undefined ? { displayOrder } : {}) };
}

function mostCommonService(articles: ReadonlyArray<{ metadata: { service?: string } }>): string {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const service = article.metadata.service?.trim();
    if (service) counts.set(service, (counts.get(service) ?? 0) + 1);
  }
  let best = '';
  for (const [service, count] of counts) if (count > (counts.get(best) ?? 0)) best = service;
  return best;
}
