import type { Point, Position } from 'unist';

/**
 * Line tables for one input. markdown-it reads a copy with every CRLF or CR turned into LF, so the
 * fast reader works in offsets of that copy; points are built from (line, column), which the two
 * texts share, and the offset is taken from the original line starts.
 */
export class Lines {
  /** Start offset of each line in the normalized text (one more line after a final line ending). */
  private readonly starts: number[];
  /** Start offset of the same lines in the original text. */
  private readonly originalStarts: number[];

  constructor(readonly normalized: string, private readonly original: string) {
    this.starts = lineStarts(normalized);
    this.originalStarts = normalized.length === original.length ? this.starts : lineStarts(original);
  }

  get count(): number {
    return this.starts.length;
  }

  start(line: number): number {
    return this.starts[line] ?? this.normalized.length;
  }

  /** Offset of the line ending of `line` (or the end of the text on the last line). */
  end(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.normalized.length : next - 1;
  }

  /** The line ending of `line` as written in the original text (LF, CRLF or CR; empty on the last line). */
  originalEnding(line: number): string {
    const next = this.originalStarts[line + 1];
    if (next === undefined) return '';
    if (this.original.charCodeAt(next - 1) === 13) return '\r';
    return this.original.charCodeAt(next - 2) === 13 ? '\r\n' : '\n';
  }

  /** The line holding a normalized offset (a line ending belongs to the line it ends). */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The normalized offset of a point built by `point`. */
  offsetOf(point: Point): number {
    return this.starts[point.line - 1]! + point.column - 1;
  }

  point(offset: number, line = this.lineOf(offset)): Point {
    const column = offset - this.starts[line]!;
    return { line: line + 1, column: column + 1, offset: this.originalStarts[line]! + column };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}

/** Offsets where lines start: after every LF, CRLF or lone CR (micromark's line endings). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) starts.push(index + 1);
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++;
      starts.push(index + 1);
    }
  }
  return starts;
}
