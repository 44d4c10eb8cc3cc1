import type { BatteryType } from './categories.ts';
import type { Entity, KnowledgeBase, Reference } from './types.ts';

/** A row of the review's Table 1, as the CLI prints it. */
export interface Table1Row {
  readonly row: number;
  readonly group: 'Structural and interface layers' | 'MOFs';
  readonly approach: string;
  /** As the table writes it: RMBs, LIBs, LMBs, ZIBs. */
  readonly batteryType: string;
  readonly anode: string;
  readonly cathode: string;
  /** Capacity retention in percent; null where the review gives only a cycle count. */
  readonly retentionPercent: number | null;
  readonly cycles: number;
  /** "~" where the cycle count is approximate. */
  readonly cyclesQualifier: string;
  /** The review's reference number, e.g. 128. */
  readonly reference: number;
  readonly citation: string;
  readonly id: string;
  readonly cellAsWritten: string;
  readonly mof: boolean;
  readonly flags: readonly string[];
}

/** "M. L. Aubrey et al., Energy Environ. Sci. 2014, 7, 667" */
export function citationText(r: Reference): string {
  const who = r.authors.length > 1 ? `${r.authors[0] ?? r.firstAuthor} et al.` : (r.authors[0] ?? r.firstAuthor);
  const tail = [r.volume, r.pages].filter((s) => s !== undefined).join(', ');
  return `${who}, ${r.journal} ${r.year}${tail.length > 0 ? `, ${tail}` : ''}`;
}

function batteryPlural(b: BatteryType | undefined): string {
  return b === undefined ? '' : `${b}s`;
}

function toRow(e: Entity): Table1Row | undefined {
  const t = e.table1;
  if (t === undefined) return undefined;
  const retention = e.values.find((v) => v.property === 'capacity-retention');
  const cycles = e.values.find((v) => v.property === 'cycle-count');
  const ref = e.sources.find((s) => s.kind === 'reference');
  if (cycles === undefined || cycles.amount.kind !== 'point' || ref?.kind !== 'reference') return undefined;
  return {
    row: t.row,
    group: t.group === 'mofs' ? 'MOFs' : 'Structural and interface layers',
    approach: t.approach,
    batteryType: batteryPlural(e.battery),
    anode: t.anode,
    cathode: t.cathode,
    retentionPercent: retention?.amount.kind === 'point' ? Number((retention.amount.value * 100).toPrecision(12)) : null,
    cycles: cycles.amount.value,
    cyclesQualifier: cycles.qualifier === '=' ? '' : cycles.qualifier,
    reference: ref.reference.n,
    citation: citationText(ref.reference),
    id: e.id,
    cellAsWritten: t.cellAsWritten,
    mof: e.mof,
    flags: [...e.flags, ...e.values.flatMap((v) => v.flags)].map((f) => `${f.kind}: ${f.note}`),
  };
}

/** Table 1 of the review, rebuilt from the cell-result entities, in table order. */
export function table1(kb: KnowledgeBase): Table1Row[] {
  return kb.entities
    .map(toRow)
    .filter((r): r is Table1Row => r !== undefined)
    .sort((a, b) => a.row - b.row);
}
