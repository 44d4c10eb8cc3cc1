import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase, type KnowledgeBase, type TextFile } from '../knowledge/index.ts';
import { DataError, formatIssue } from '../units/index.ts';

/** The repository root, found from this file's location (src/cli/ → ../..). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the reviewed knowledge-base files live. */
export const KNOWLEDGE_DIR = join(PROJECT_ROOT, 'data', 'knowledge');

/** Read every .yaml file of the knowledge base, sorted by name for a stable order. */
export function readKnowledgeFiles(dir: string = KNOWLEDGE_DIR): TextFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

let cached: KnowledgeBase | undefined;

/** Load and validate the knowledge base; throws a DataError listing every problem. */
export function knowledgeBase(dir: string = KNOWLEDGE_DIR): KnowledgeBase {
  if (cached !== undefined && dir === KNOWLEDGE_DIR) return cached;
  const r = loadKnowledgeBase(readKnowledgeFiles(dir));
  if (r.kind === 'error') {
    throw new DataError(`the knowledge base in ${dir} is invalid:\n${r.errors.map((e) => `  ${formatIssue(e)}`).join('\n')}`);
  }
  if (dir === KNOWLEDGE_DIR) cached = r.value;
  return r.value;
}
