import type { CoulombsPerKilogram, KilogramsPerCubicMeter, Meters, Volts } from '../../units/index.ts';
import { STACK_DENSITIES } from './materials.ts';
import type { ActiveMaterialCapacity, CoatingLayout, StackInput } from './types.ts';
import { ONE_G_PER_CM3, ONE_MAH_PER_G, ONE_MG_PER_CM2, ONE_UL_PER_MAH, ONE_UM } from './units.ts';

/**
 * The anode-free Mg₂Mo₆S₈-MgS/Cu cell of M. Mao, X. Fan, W. Xie, H. Wang, L. Suo, C. Wang, Adv. Sci.
 * 10, 2207563 (2023), as the review (Salado et al. 2025, §2.2, ref. [38]) quotes it: 190 mAh/g
 * reversible, 92 % after 100 cycles (MACC electrolyte, 20 mA/g), and "a promising energy density
 * (420 Wh L⁻¹) was calculated". The paper's own calculation was not available here, so these are
 * assumption sets, each a complete `StackInput`, that show which assumptions give a 420 Wh/L-class
 * number and which give others (docs/energy-density.md tabulates them; the tests pin them).
 *
 * Common to all: 190 mAh/g per gram of cathode active material (the review's number; it exceeds
 * the 121.7 mAh/g of Mg₂Mo₆S₈ alone, so MgS/sulfur contributes and the mass basis is the
 * composite's — not stated in the review), mean discharge voltage 1.1 V (Chevrel plateaus ≈ 1.2 and
 * 1.05–1.1 V, models-and-physics.md §3.2), active density 5.21 g/cm³ (`STACK_DENSITIES.chevrelMo6S8`,
 * also for Mg₂Mo₆S₈; MgS, 2.68 g/cm³, would lower it), carbon 1.9 and PVDF 1.78 g/cm³, DME-based
 * electrolyte 0.868 g/cm³ (affects Wh/kg only), anode-free with no Mg excess (N/P = 0), a
 * magnesiated cathode (the Mg source).
 */

/** One assumption set, in the units papers write; `mao2023Stack` turns it into SI. */
export interface Mao2023Assumptions {
  readonly id: string;
  readonly title: string;
  /** Specific capacity [mAh/g] of the active material, or a theoretical capacity. */
  readonly capacity: { readonly kind: 'measured'; readonly mAhPerGram: number } | Extract<ActiveMaterialCapacity, { kind: 'theoretical' }>;
  readonly activeLoading_mgPerCm2: number;
  readonly activeMassFraction: number;
  readonly porosity: number;
  readonly activeDensity_gPerCm3: number;
  readonly separator_um: number;
  readonly separatorPorosity: number;
  readonly separatorDensity: KilogramsPerCubicMeter;
  readonly aluminium_um: number;
  readonly copper_um: number;
  readonly coating: CoatingLayout;
  readonly platedMgCounted: boolean;
  /** Excess electrolyte [µL/mAh], counted in the stack volume. */
  readonly excessElectrolyte_uLPerMAh: number;
}

const SHARED = {
  capacity: { kind: 'measured', mAhPerGram: 190 },
  activeDensity_gPerCm3: STACK_DENSITIES.chevrelMo6S8.density / ONE_G_PER_CM3,
  separatorDensity: STACK_DENSITIES.polyethylene.density,
  excessElectrolyte_uLPerMAh: 0,
} as const;

/** No separator, no collectors, no plated Mg: the cathode coating (or its active material) alone. */
const ELECTRODE_ONLY = {
  separator_um: 0,
  separatorPorosity: 0.4,
  aluminium_um: 0,
  copper_um: 0,
  coating: 'double-sided',
} as const;

/** The assumption sets, from the material-level bound down to lab coin-cell layers. */
export const MAO_2023_ASSUMPTIONS: readonly Mao2023Assumptions[] = [
  {
    id: 'material',
    title: 'active material alone (dense, 100 % active): q·Ū·ρ, the upper bound',
    ...SHARED,
    ...ELECTRODE_ONLY,
    activeLoading_mgPerCm2: 10,
    activeMassFraction: 1,
    porosity: 0,
    platedMgCounted: false,
  },
  {
    id: 'material-plated',
    title: 'active material + the dense Mg it plates on charge',
    ...SHARED,
    ...ELECTRODE_ONLY,
    activeLoading_mgPerCm2: 10,
    activeMassFraction: 1,
    porosity: 0,
    platedMgCounted: true,
  },
  {
    id: 'electrode',
    title: 'cathode coating 80:10:10, 35 % porosity; no separator, collectors or plated Mg',
    ...SHARED,
    ...ELECTRODE_ONLY,
    activeLoading_mgPerCm2: 10,
    activeMassFraction: 0.8,
    porosity: 0.35,
    platedMgCounted: false,
  },
  {
    id: 'electrode-plated',
    title: 'cathode coating 80:10:10, 35 % porosity + plated Mg',
    ...SHARED,
    ...ELECTRODE_ONLY,
    activeLoading_mgPerCm2: 10,
    activeMassFraction: 0.8,
    porosity: 0.35,
    platedMgCounted: true,
  },
  {
    id: 'electrode-chevrel-only',
    title: 'as "electrode", with the Chevrel capacity alone (Mg2Mo6S8, 4 e⁻: 121.7 mAh/g)',
    ...SHARED,
    ...ELECTRODE_ONLY,
    capacity: { kind: 'theoretical', formula: 'Mg2Mo6S8', electronsPerFormulaUnit: 4, usableFraction: 1 },
    activeLoading_mgPerCm2: 10,
    activeMassFraction: 0.8,
    porosity: 0.35,
    platedMgCounted: false,
  },
  {
    id: 'stack-optimistic',
    title: 'double-sided stack, 20 mg/cm² at 90:5:5 and 25 % porosity, 12 µm separator, 10 µm Al, 6 µm Cu, plated Mg',
    ...SHARED,
    activeLoading_mgPerCm2: 20,
    activeMassFraction: 0.9,
    porosity: 0.25,
    separator_um: 12,
    separatorPorosity: 0.4,
    aluminium_um: 10,
    copper_um: 6,
    coating: 'double-sided',
    platedMgCounted: true,
  },
  {
    id: 'stack-practical',
    title: 'double-sided stack, 10 mg/cm² at 80:10:10 and 35 % porosity, 20 µm separator, 15 µm Al, 10 µm Cu, plated Mg',
    ...SHARED,
    activeLoading_mgPerCm2: 10,
    activeMassFraction: 0.8,
    porosity: 0.35,
    separator_um: 20,
    separatorPorosity: 0.4,
    aluminium_um: 15,
    copper_um: 10,
    coating: 'double-sided',
    platedMgCounted: true,
  },
  {
    id: 'stack-practical-flooded',
    title: 'as "stack-practical" + 3 µL/mAh excess electrolyte in the stack volume',
    ...SHARED,
    activeLoading_mgPerCm2: 10,
    activeMassFraction: 0.8,
    porosity: 0.35,
    separator_um: 20,
    separatorPorosity: 0.4,
    aluminium_um: 15,
    copper_um: 10,
    coating: 'double-sided',
    platedMgCounted: true,
    excessElectrolyte_uLPerMAh: 3,
  },
  {
    id: 'coin-cell',
    title: 'lab coin-cell layers: single-sided, 2 mg/cm², 675 µm glass-fibre separator (90 % porosity), 15 µm Al, 10 µm Cu',
    ...SHARED,
    separatorDensity: STACK_DENSITIES.glassFibre.density,
    activeLoading_mgPerCm2: 2,
    activeMassFraction: 0.8,
    porosity: 0.35,
    separator_um: 675,
    separatorPorosity: 0.9,
    aluminium_um: 15,
    copper_um: 10,
    coating: 'single-sided',
    platedMgCounted: true,
  },
];

/** The `StackInput` of an assumption set (units converted here, once). */
export function mao2023Stack(a: Mao2023Assumptions): StackInput {
  const inactive = (1 - a.activeMassFraction) / 2;
  return {
    cathode: {
      activeMaterial:
        a.capacity.kind === 'measured'
          ? { kind: 'measured', specificCapacity: (a.capacity.mAhPerGram * ONE_MAH_PER_G) as CoulombsPerKilogram }
          : a.capacity,
      amount: { kind: 'mass-loading', activeMassLoading: a.activeLoading_mgPerCm2 * ONE_MG_PER_CM2 },
      porosity: a.porosity,
      massFractions: { active: a.activeMassFraction, carbon: inactive, binder: inactive },
      densities: {
        active: (a.activeDensity_gPerCm3 * ONE_G_PER_CM3) as KilogramsPerCubicMeter,
        carbon: STACK_DENSITIES.carbonBlack.density,
        binder: STACK_DENSITIES.pvdf.density,
      },
      magnesiated: true,
    },
    anode: { kind: 'anode-free', npRatio: 0 },
    separator: { thickness: (a.separator_um * ONE_UM) as Meters, porosity: a.separatorPorosity, density: a.separatorDensity },
    electrolyte: {
      density: STACK_DENSITIES.dme.density,
      excess:
        a.excessElectrolyte_uLPerMAh > 0
          ? { kind: 'volume-per-capacity', value: a.excessElectrolyte_uLPerMAh * ONE_UL_PER_MAH, inStackVolume: true }
          : { kind: 'none' },
    },
    currentCollectors: {
      cathode: { thickness: (a.aluminium_um * ONE_UM) as Meters, density: STACK_DENSITIES.aluminiumFoil.density },
      anode: { thickness: (a.copper_um * ONE_UM) as Meters, density: STACK_DENSITIES.copperFoil.density },
    },
    coating: a.coating,
    platedMagnesium: a.platedMgCounted ? { kind: 'counted', porosity: 0 } : { kind: 'not-counted' },
    meanDischargeVoltage: 1.1 as Volts,
  };
}
