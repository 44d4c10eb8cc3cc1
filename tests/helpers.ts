import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { formatIssue, type Result } from '../src/units/index.ts';

/** Unwrap a Result in a test: a parse error fails the test with the error text, never passes silently. */
export function unwrap<T>(r: Result<T, unknown>): T {
  if (r.kind === 'error') {
    const errors = Array.isArray(r.errors) ? r.errors : [r.errors];
    expect.fail(`expected ok, got errors:\n${errors.map((e) => (typeof e === 'object' && e !== null && 'message' in e ? formatIssue(e as never) : String(e))).join('\n')}`);
  }
  return r.value;
}

/** ../shared: the review and the public data sets. Tests that need it skip cleanly when it is absent. */
export const SHARED = join(import.meta.dirname, '..', '..', 'shared');
export const REVIEW_PATH = join(SHARED, 'seed', 'review-mof-sei-mg-batteries.txt');
export const HAVE_REVIEW = existsSync(REVIEW_PATH);
export function reviewText(): string {
  return readFileSync(REVIEW_PATH, 'utf8');
}
