import { CHEVREL_MO6S8, CHEVREL_SITES } from './chevrel.ts';
import type { HalfCellSpec } from './half-cell.ts';
import type { CathodeKinetics } from './kinetics.ts';
import { latticeGasOcv } from './ocv-model.ts';
import type { DiffusivityLaw, SphericalParticleSpec } from './particle.ts';
import type { ShellSpacing } from './shell-mesh.ts';
import { CHEVREL_TRAPPING, siteTrapping, type SiteTrappingParameters } from './trapping.ts';

/** The Mo₆S₈ diffusivity law of `CHEVREL_MO6S8` (D = 7.6e-17 m²/s at 25 °C, E_a = 0.55 eV). */
export const CHEVREL_DIFFUSIVITY: DiffusivityLaw = {
  reference: CHEVREL_MO6S8.diffusivity.value,
  activationEnergy: CHEVREL_MO6S8.diffusionActivationEnergy.value,
  referenceTemperature: CHEVREL_MO6S8.referenceTemperature.value,
};

/** The Mo₆S₈ surface kinetics of `CHEVREL_MO6S8` (i0,ref = 0.1 A/m², α = ½, c_e,ref = 0.5 M). */
export const CHEVREL_KINETICS: CathodeKinetics = {
  exchangeCurrentDensity: CHEVREL_MO6S8.exchangeCurrentDensity.value,
  referenceElectrolyteConcentration: CHEVREL_MO6S8.referenceElectrolyteConcentration.value,
  anodicTransferCoefficient: CHEVREL_MO6S8.transferCoefficient.value,
  cathodicTransferCoefficient: CHEVREL_MO6S8.transferCoefficient.value,
};

/** Options of `chevrelHalfCell`; every field defaults to `CHEVREL_MO6S8`. */
export interface ChevrelHalfCellOptions {
  /** T [K], default 25 °C. */
  readonly temperature?: number;
  /** R [m]. */
  readonly radius?: number;
  /** Default 20 shells. */
  readonly shells?: number;
  readonly spacing?: ShellSpacing;
  /** Trapping parameters, or false to switch trapping off. Default `CHEVREL_TRAPPING`. */
  readonly trapping?: SiteTrappingParameters | false;
  readonly diffusivity?: DiffusivityLaw;
  readonly kinetics?: CathodeKinetics;
  /** c_e at the particle surface [mol/m³], default c_e,ref. */
  readonly electrolyteConcentration?: number;
  readonly rtol?: number;
}

/** A Mg‖Mo₆S₈ half-cell spec with the sourced defaults (see `createHalfCell`). */
export function chevrelHalfCell(options: ChevrelHalfCellOptions = {}): HalfCellSpec {
  const trapping = options.trapping === undefined ? CHEVREL_TRAPPING : options.trapping;
  const particle: SphericalParticleSpec = {
    radius: options.radius ?? CHEVREL_MO6S8.particleRadius.value,
    shells: options.shells ?? 20,
    ...(options.spacing !== undefined ? { spacing: options.spacing } : {}),
    maxConcentration: CHEVREL_MO6S8.maxConcentration.value,
    diffusivity: options.diffusivity ?? CHEVREL_DIFFUSIVITY,
    ...(trapping !== false ? { trapping: siteTrapping(trapping) } : {}),
  };
  const kinetics = options.kinetics ?? CHEVREL_KINETICS;
  return {
    particle,
    ocv: latticeGasOcv(CHEVREL_SITES, trapping === false ? 0 : (trapping.trapSite ?? 0)),
    kinetics,
    electrolyteConcentration: options.electrolyteConcentration ?? kinetics.referenceElectrolyteConcentration,
    temperature: options.temperature ?? CHEVREL_MO6S8.referenceTemperature.value,
    hostMolarMass: CHEVREL_MO6S8.molarMass.value,
    mgPerFormulaUnit: 2 * CHEVREL_MO6S8.sitesPerFormulaUnit.value,
    ...(options.rtol !== undefined ? { rtol: options.rtol } : {}),
  };
}
