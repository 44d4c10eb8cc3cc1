import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { ParseIssue } from '../units/index.ts';

/** A YAML document with a way to find the line of any path in it, for error messages. */
export interface YamlSource {
  readonly name: string;
  readonly data: unknown;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc.length > 0 ? `${acc}.${String(p)}` : String(p)), '');
}

/** Parse YAML text; returns the issues (with line numbers) if it is not well-formed. */
export function readYaml(name: string, text: string): { kind: 'ok'; source: YamlSource } | { kind: 'error'; errors: ParseIssue[] } {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    return { kind: 'error', errors: [{ source: name, message: `not readable as YAML (${e instanceof Error ? e.message : String(e)})` }] };
  }
  if (doc.errors.length > 0) {
    return {
      kind: 'error',
      errors: doc.errors.map((e) => ({
        source: name,
        message: e.message.split('\n')[0] ?? e.code,
        line: lineCounter.linePos(e.pos[0]).line,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { kind: 'error', errors: [{ source: name, message: e instanceof Error ? e.message : String(e) }] };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { kind: 'ok', source: { name, data, lineOf } };
}
