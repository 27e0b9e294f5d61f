import { lastAtMost } from '../../text/last-at-most.js';

/**
 * Where each character of an inline token's `content` sits in the (normalized) source. markdown-it
 * builds inline content by cutting container markers and indentation off each line, so the content
 * is a series of source runs, one per line; a run is stored as the content index and source offset
 * where it starts.
 */
export class ContentMap {
  private readonly contentStarts: number[] = [];
  private readonly sourceStarts: number[] = [];

  add(contentStart: number, sourceStart: number): void {
    this.contentStarts.push(contentStart);
    this.sourceStarts.push(sourceStart);
  }

  /** Source offset of content index `index` (an index just past a run maps just past it). */
  toSource(index: number): number {
    const run = lastAtMost(this.contentStarts, index);
    return this.sourceStarts[run]! + index - this.contentStarts[run]!;
  }
}
