import { createHash } from 'node:crypto';
import { trimWhere } from '../trim.js';

/** A stable id for an article without articleId: its path as a slug plus a short hash against collisions. */
export function articleIdFromPath(source: string): string {
  const slug = source
    .replace(/\.md$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-');
  const trimmed = trimWhere(slug, (code) => code === 45 || code === 46);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return `path-${trimmed.slice(-80)}-${hash}`;
}
