import { choiceParam, quantityParam, type ParamDefs, type TextParam } from '../../units/index.ts';
import { STACK_DENSITIES } from './materials.ts';
import type { ElectrolyteExcess } from './types.ts';
import { ONE_G_PER_AH, ONE_G_PER_CM3, ONE_UL_PER_MAH } from './units.ts';

/**
 * The optional `energy:` section of a stack file: what the stack-level energy density needs and
 * the simulator does not (coating composition, collectors, separator material, electrolyte
 * excess, usable capacity, mean voltage). Declared once, like the other sections
 * (src/cell/stack/params.ts): default, unit (dimension), range, description and the source of the
 * default. The cathode loading, density and formula, the Mg foil, the separator thickness and
 * porosity and the electrolyte density are read from the cathode, metal and liquid-layer sections
 * (`energyInputFromStack`, from-stack.ts).
 */

const q = quantityParam;
const choice = choiceParam;

const gcm3 = (d: { readonly density: number }): string => `${Number((d.density / ONE_G_PER_CM3).toPrecision(4))} g/cm^3`;

/** `"3 uL/mAh"`, `"3 µL/mAh"` or `"5 g/Ah"`: a non-negative amount per cell capacity (the parser has no dimension for it). */
const EXCESS_PATTERN = /^\s*((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*([uµμ]L\s*\/\s*mAh|g\s*\/\s*Ah)\s*$/;

const electrolyteExcess: TextParam = {
  kind: 'text',
  default: '0 uL/mAh',
  pattern: EXCESS_PATTERN,
  expected: 'an amount per cell capacity ≥ 0 in µL/mAh or g/Ah, such as "3 uL/mAh" or "5 g/Ah"',
  description: 'electrolyte beyond what fills the pores of the cathode coating and the separator, per cell capacity (µL/mAh as volume, g/Ah as mass)',
  source: 'assumed: lean electrolyte, the pores only (docs/energy-density.md; lab cells hold 3–50 µL/mAh more)',
};

export const COATING_LAYOUTS = ['single-sided', 'double-sided'] as const;
export const CAPACITY_BASES = ['theoretical', 'measured'] as const;
export type CapacityBasis = (typeof CAPACITY_BASES)[number];

export const ENERGY_PARAMS = {
  capacity: choice(
    CAPACITY_BASES,
    'theoretical',
    'usable specific capacity of the cathode active material: theoretical (usableFraction × 2·mgPerFormulaUnit·F/molarMass of the cathode section) or measured (specificCapacity); `energy-density --from-simulation` replaces it by the simulated first full cycle',
    'assumed: without a measured value, a fraction of the theoretical capacity',
  ),
  usableFraction: q(
    'dimensionless',
    '0.8',
    'usable fraction f of the theoretical capacity (capacity: theoretical)',
    'models-and-physics.md §3.2: ~20 % of the Chevrel capacity is trapped at room temperature (Aurbach et al., Nature 407, 724 (2000)) → f = 0.8',
    { min: '0.01', max: '1' },
  ),
  specificCapacity: q(
    'specificCapacity',
    '100 mAh/g',
    'measured usable specific capacity per mass of cathode active material, on the basis of cathode.massLoading (capacity: measured)',
    'assumed: a placeholder near 0.8 × 128.8 mAh/g of Mo6S8; give the measured value with capacity: measured',
    { min: '0.1 mAh/g', max: '5000 mAh/g' },
  ),
  meanDischargeVoltage: q(
    'voltage',
    '1.1 V',
    'mean discharge voltage Ū (discharge energy ÷ discharge charge); `--from-simulation` takes the simulated one',
    'models-and-physics.md §3.2: Chevrel plateaus ≈ 1.2 and 1.05–1.1 V vs Mg (Aurbach et al. 2000); as MAO_2023_ASSUMPTIONS (docs/energy-density.md)',
    { min: '0.05 V', max: '6 V' },
  ),
  activeFraction: q('dimensionless', '0.8', 'mass fraction of active material in the dry cathode coating (active + carbon + binder = 1)', 'assumed: the common 80:10:10 laboratory coating (docs/energy-density.md)', { min: '0.01', max: '1' }),
  carbonFraction: q('dimensionless', '0.1', 'mass fraction of conductive carbon in the dry cathode coating', 'assumed: the common 80:10:10 laboratory coating (docs/energy-density.md)', { min: '0', max: '0.99' }),
  binderFraction: q('dimensionless', '0.1', 'mass fraction of binder in the dry cathode coating', 'assumed: the common 80:10:10 laboratory coating (docs/energy-density.md)', { min: '0', max: '0.99' }),
  carbonDensity: q('density', gcm3(STACK_DENSITIES.carbonBlack), 'skeletal density of the conductive carbon', STACK_DENSITIES.carbonBlack.source, { min: '0.5 g/cm^3', max: '5 g/cm^3' }),
  binderDensity: q('density', gcm3(STACK_DENSITIES.pvdf), 'skeletal density of the binder', STACK_DENSITIES.pvdf.source, { min: '0.5 g/cm^3', max: '5 g/cm^3' }),
  coatingPorosity: q('dimensionless', '0.35', 'pore volume fraction of the cathode coating, filled with electrolyte', 'assumed: a calendered laboratory electrode, 30–40 % (docs/energy-density.md)', { min: '0', max: '0.95' }),
  separatorDensity: q(
    'density',
    gcm3(STACK_DENSITIES.glassFibre),
    'skeletal density of the separator material (thickness and porosity are those of the liquid layer): glass fibre 2.23, PE 0.95, PP 0.90 g/cm³',
    `${STACK_DENSITIES.glassFibre.source}; the default liquid layer is a Whatman GF/A glass-fibre separator`,
    { min: '0.3 g/cm^3', max: '5 g/cm^3' },
  ),
  coating: choice(
    COATING_LAYOUTS,
    'single-sided',
    'single-sided: one coating per collector, each foil counted fully (coin cell, single-layer pouch); double-sided: a stack of double-side-coated foils, each counted at half its thickness',
    'assumed: the simulated cell, one cathode facing one anode',
  ),
  cathodeCollectorThickness: q('length', '15 um', 'positive current collector (Al foil) thickness; 0 leaves it out', 'assumed: a typical Al foil, 10–20 µm (docs/energy-density.md, stack-practical)', { min: '0 um', max: '1 mm' }),
  cathodeCollectorDensity: q('density', gcm3(STACK_DENSITIES.aluminiumFoil), 'density of the positive current collector', STACK_DENSITIES.aluminiumFoil.source, { min: '0.5 g/cm^3', max: '25 g/cm^3' }),
  anodeCollectorThickness: q(
    'length',
    '10 um',
    'negative current collector (Cu foil) thickness: the anode of an anode-free cell; 0 for a self-supporting Mg foil',
    'assumed: a typical Cu foil, 6–12 µm (docs/energy-density.md, stack-practical)',
    { min: '0 um', max: '1 mm' },
  ),
  anodeCollectorDensity: q('density', gcm3(STACK_DENSITIES.copperFoil), 'density of the negative current collector', STACK_DENSITIES.copperFoil.source, { min: '0.5 g/cm^3', max: '25 g/cm^3' }),
  electrolyteExcess,
  electrolyteExcessVolume: choice(
    ['counted', 'not-counted'] as const,
    'counted',
    'counted: the excess electrolyte takes stack volume (an equivalent layer V/A); not-counted: it sits outside the stack (mass only)',
    'assumed: it is inside the cell (docs/energy-density.md, stack-practical-flooded)',
  ),
  platedMagnesium: choice(
    ['counted', 'not-counted'] as const,
    'counted',
    'volume of the Mg a magnesiated cathode (cathode.initialFill > 0) plates on charge: counted (the charged-state stack volume, the larger) or not-counted; its mass is already in the cathode',
    'docs/energy-density.md: the volume is taken in the charged state',
  ),
  platedMagnesiumPorosity: q('dimensionless', '0', 'porosity of the plated Mg (0: dense, 2.61 µm per mAh/cm²)', 'assumed: a dense deposit (docs/energy-density.md)', { min: '0', max: '0.95' }),
} as const satisfies ParamDefs;

/**
 * The `electrolyteExcess` text in SI: µL/mAh → m³/C (`ONE_UL_PER_MAH`), g/Ah → kg/C
 * (`ONE_G_PER_AH`). 0 gives `{ kind: 'none' }`. Throws nothing: text that does not match the
 * declared pattern (which the stack loader already refused) reads as none.
 */
export function parseElectrolyteExcess(text: string, inStackVolume: boolean): ElectrolyteExcess {
  const m = EXCESS_PATTERN.exec(text);
  const value = Number(m?.[1] ?? 0);
  if (m === null || !(value > 0)) return { kind: 'none' };
  return (m[2] ?? '').startsWith('g')
    ? { kind: 'mass-per-capacity', value: value * ONE_G_PER_AH, inStackVolume }
    : { kind: 'volume-per-capacity', value: value * ONE_UL_PER_MAH, inStackVolume };
}
