/** Remove `<!-- … -->` comments in one left-to-right pass (indexOf, no backtracking). */
export function removeComments(value: string): string {
  if (!value.includes('<!--')) return value;
  let result = '';
  let cursor = 0;
  for (let open = value.indexOf('<!--'); open !== -1; open = value.indexOf('<!--', cursor)) {
    const close = value.indexOf('-->', open + 4);
    result += value.slice(cursor, open);
    if (close === -1) return result;
    cursor = close + 3;
  }
  return result + value.slice(cursor);
}
