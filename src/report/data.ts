import {
  bounds,
  citationText,
  ELECTROLYTE_FAMILIES,
  type Entity,
  type KnowledgeBase,
  type Source,
  type ValueRecord,
} from '../knowledge/index.ts';
import { apparentActivationEnergy } from '../physics/index.ts';
import { toUnit, ZERO_CELSIUS, type Joules, type Kelvin, type SiemensPerMeter } from '../units/index.ts';

/** The plot-ready rows derived from the knowledge base. Units are in each field's name. */

export function sourceLabel(sources: readonly Source[]): string {
  return [...new Set(sources.map((s) => (s.kind === 'review' ? 'review' : `[${s.reference.n}]`)))].join(' ');
}

export function sourceCitations(sources: readonly Source[]): string {
  return sources
    .map((s) => (s.kind === 'review' ? 'the review itself' : `[${s.reference.n}] ${citationText(s.reference)}`))
    .join('; ');
}

const toSCm = (sPerM: number): number => toUnit(sPerM, 'conductivity', 'S/cm');
const toEv = (j: number): number => toUnit(j, 'energy', 'eV');

/** Legend order of temperature labels: by temperature, RT at 25 °C, "not stated" last. */
export function temperatureOrder(labels: readonly string[]): string[] {
  const key = (l: string): number => (l === 'not stated' ? Infinity : l.startsWith('RT') ? 25 : Number.parseFloat(l));
  return [...new Set(labels)].sort((a, b) => key(a) - key(b) || a.localeCompare(b));
}

/** Powers of ten spanning [lo, hi], for log axes with one tick per decade. */
export function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) out.push(10 ** k);
  return out;
}

/** Label of a measurement temperature for colour legends: "RT", "60 °C", "not stated". */
export function temperatureLabel(v: ValueRecord): string {
  const t = v.conditions.temperature;
  if (t === undefined) return 'not stated';
  if (t.assumed !== undefined) return 'RT (taken as 25 °C)';
  return `${Number((t.value - ZERO_CELSIUS).toPrecision(4))} °C`;
}

export interface ConductivityPoint {
  readonly id: string;
  readonly entityId: string;
  readonly name: string;
  readonly family: string;
  readonly mof: boolean;
  readonly ion: string;
  /** Nominal value for a point; geometric mean of the ends for a range. */
  readonly sigmaSCm: number;
  readonly sigmaLowSCm: number;
  readonly sigmaHighSCm: number;
  readonly isRange: boolean;
  readonly qualifier: string;
  readonly temperatureK: number | null;
  readonly temperatureLabel: string;
  readonly text: string;
  readonly source: string;
}

function isMgConductor(e: Entity): boolean {
  return e.ion === 'Mg2+' || e.ion === 'Mg2+/Li+';
}

/**
 * Every ionic-conductivity value of a Mg²⁺ conductor, one row each, plus the family-wide
 * statements that name no ion (e.g. "IL@MOF hybrids range from 1e-6 to 1e-3 S/cm", ref. [115]).
 */
export function mgConductivityPoints(kb: KnowledgeBase): ConductivityPoint[] {
  const out: ConductivityPoint[] = [];
  for (const e of kb.entities) {
    const familyWide = e.ion === undefined && e.family !== undefined;
    if (!isMgConductor(e) && !familyWide) continue;
    for (const v of e.values) {
      if (v.property !== 'ionic-conductivity') continue;
      const [lo, hi] = bounds(v.amount);
      out.push({
        id: v.id,
        entityId: e.id,
        name: familyWide ? `${e.name} (family, any ion)` : e.name,
        family: e.family !== undefined ? ELECTROLYTE_FAMILIES[e.family] : 'other',
        mof: e.mof,
        ion: e.ion ?? '',
        sigmaSCm: toSCm(Math.sqrt(lo * hi)),
        sigmaLowSCm: toSCm(lo),
        sigmaHighSCm: toSCm(hi),
        isRange: v.amount.kind === 'range',
        qualifier: v.qualifier,
        temperatureK: v.conditions.temperature?.value ?? null,
        temperatureLabel: temperatureLabel(v),
        text: v.text,
        source: sourceLabel(v.sources),
      });
    }
  }
  return out;
}

export interface MofConductorRow {
  readonly entityId: string;
  readonly name: string;
  readonly sigmaSCm: number;
  readonly temperatureLabel: string;
  /** Pore size [Å]; null where the review gives none. */
  readonly poreAngstrom: number | null;
  /** Activation energy [eV]; null where the review gives none. */
  readonly eaEv: number | null;
  readonly source: string;
}

/** MOF Mg²⁺ conductors with a conductivity measured within [tMin, tMax]: σ, pore size, Ea. */
export function mofConductorRows(kb: KnowledgeBase, tMin: Kelvin, tMax: Kelvin): MofConductorRow[] {
  const out: MofConductorRow[] = [];
  for (const e of kb.entities) {
    if (!e.mof || !isMgConductor(e)) continue;
    const sigma = e.values.find(
      (v) =>
        v.property === 'ionic-conductivity' &&
        v.amount.kind === 'point' &&
        v.conditions.temperature !== undefined &&
        v.conditions.temperature.value >= tMin &&
        v.conditions.temperature.value <= tMax,
    );
    if (sigma === undefined || sigma.amount.kind !== 'point') continue;
    const pore = e.values.find((v) => v.property === 'pore-size' && v.amount.kind === 'point');
    const ea = e.values.find((v) => v.property === 'activation-energy' && v.amount.kind === 'point');
    out.push({
      entityId: e.id,
      name: e.name,
      sigmaSCm: toSCm(sigma.amount.value),
      temperatureLabel: temperatureLabel(sigma),
      poreAngstrom: pore?.amount.kind === 'point' ? toUnit(pore.amount.value, 'length', 'angstrom') : null,
      eaEv: ea?.amount.kind === 'point' ? toEv(ea.amount.value) : null,
      source: sourceLabel([...sigma.sources, ...(pore?.sources ?? []), ...(ea?.sources ?? [])]),
    });
  }
  return out;
}

export interface ArrheniusMaterial {
  readonly entityId: string;
  readonly name: string;
  readonly sigmaRef: SiemensPerMeter;
  readonly tRef: Kelvin;
  readonly activationEnergy: Joules;
  /** "reported" when the review gives Ea; "derived" when computed from two σ(T) points. */
  readonly eaOrigin: 'reported' | 'derived';
  readonly measured: readonly { readonly temperatureK: number; readonly sigmaSCm: number; readonly label: string }[];
  readonly source: string;
}

function pointConductivities(e: Entity): { v: ValueRecord; sigma: number; t: number }[] {
  return e.values.flatMap((v) =>
    v.property === 'ionic-conductivity' && v.amount.kind === 'point' && v.conditions.temperature !== undefined
      ? [{ v, sigma: v.amount.value, t: v.conditions.temperature.value }]
      : [],
  );
}

/**
 * Materials whose σ(T) line can be drawn: a conductivity with a reported activation energy, or
 * conductivities at two temperatures (then Ea is the two-point apparent value, marked derived).
 */
export function arrheniusMaterials(kb: KnowledgeBase): ArrheniusMaterial[] {
  const out: ArrheniusMaterial[] = [];
  for (const e of kb.entities) {
    const points = pointConductivities(e);
    if (points.length === 0) continue;
    const measured = points.map((p) => ({ temperatureK: p.t, sigmaSCm: toSCm(p.sigma), label: temperatureLabel(p.v) }));
    const ea = e.values.find((v) => v.property === 'activation-energy' && v.amount.kind === 'point');
    const first = points[0];
    if (first === undefined) continue;
    if (ea !== undefined && ea.amount.kind === 'point') {
      out.push({
        entityId: e.id,
        name: e.name,
        sigmaRef: first.sigma as SiemensPerMeter,
        tRef: first.t as Kelvin,
        activationEnergy: ea.amount.value as Joules,
        eaOrigin: 'reported',
        measured,
        source: sourceLabel([...first.v.sources, ...ea.sources]),
      });
      continue;
    }
    const sorted = [...points].sort((a, b) => a.t - b.t);
    const lo = sorted[0];
    const hi = sorted[sorted.length - 1];
    if (lo === undefined || hi === undefined || hi.t - lo.t < 1) continue;
    out.push({
      entityId: e.id,
      name: e.name,
      sigmaRef: lo.sigma as SiemensPerMeter,
      tRef: lo.t as Kelvin,
      activationEnergy: apparentActivationEnergy(lo.sigma as SiemensPerMeter, lo.t as Kelvin, hi.sigma as SiemensPerMeter, hi.t as Kelvin),
      eaOrigin: 'derived',
      measured,
      source: sourceLabel([...lo.v.sources, ...hi.v.sources]),
    });
  }
  return out;
}
