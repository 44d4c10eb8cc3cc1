/**
 * Validate the knowledge base and print a summary, or every problem with file and line.
 *   npx tsx tools/validate-knowledge.ts
 */
import { readKnowledgeFiles } from '../src/cli/knowledge-files.ts';
import { loadKnowledgeBase } from '../src/knowledge/index.ts';
import { formatIssue } from '../src/units/index.ts';

const r = loadKnowledgeBase(readKnowledgeFiles());
if (r.kind === 'error') {
  for (const e of r.errors) process.stderr.write(`${formatIssue(e)}\n`);
  process.stderr.write(`${r.errors.length} problem(s)\n`);
  process.exit(1);
}
const kb = r.value;
const byFile = new Map<string, number>();
for (const e of kb.entities) byFile.set(e.file, (byFile.get(e.file) ?? 0) + 1);
process.stdout.write(`OK: ${kb.entities.length} entities, ${kb.values.length} values, ${kb.references.size} references\n`);
for (const [f, n] of byFile) process.stdout.write(`  ${f}: ${n} entities\n`);
