/**
 * Results for parsers: text in, `Result` out. Parsers never throw on bad input; they return an
 * error that names where (line, field) and what was expected. Library code that is handed invalid
 * values after parsing throws a typed error instead (see errors.ts).
 */
export interface ParseIssue {
  /** What is wrong and how to fix it, in one sentence. */
  readonly message: string;
  /** The file or input the issue is in, where there are several. */
  readonly source?: string;
  /** 1-based line in the input text, where the input is text with lines. */
  readonly line?: number;
  /** Dotted path of the offending field, e.g. `entities[3].values[0].unit`. */
  readonly path?: string;
}

export type Result<T, E = ParseIssue[]> =
  | { readonly kind: 'ok'; readonly value: T; readonly warnings: readonly ParseIssue[] }
  | { readonly kind: 'error'; readonly errors: E };

export function ok<T>(value: T, warnings: readonly ParseIssue[] = []): Result<T, never> {
  return { kind: 'ok', value, warnings };
}

export function err<E>(errors: E): Result<never, E> {
  return { kind: 'error', errors };
}

/** One-line rendering, compiler style: `cells.yaml:12: entities[3].unit: unknown unit "Scm"`. */
export function formatIssue(issue: ParseIssue): string {
  const file = issue.source ?? '';
  const position =
    issue.line !== undefined ? (file.length > 0 ? `${file}:${issue.line}` : `line ${issue.line}`) : file;
  return [position, issue.path ?? '', issue.message].filter((s) => s.length > 0).join(': ');
}
