/**
 * `protocol.steps[1].steps[2]` → `['protocol', 'steps', 1, 'steps', 2]`: the inverse of io's
 * `formatPath`, so a caller can look up the line of an issue's `path` with `YamlSource.lineOf`.
 */
export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? ''));
  return out;
}
