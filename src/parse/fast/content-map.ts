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
    const starts = this.contentStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return this.sourceStarts[low]! + index - starts[low]!;
  }
}
