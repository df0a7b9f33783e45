/** RFC 6901 JSON pointer of a path: how every problem in an imported file is named. */
export function jsonPointer(path: readonly (string | number | symbol)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
