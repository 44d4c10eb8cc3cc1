import { InputError } from '../../units/index.ts';
import type { StackInput } from './types.ts';

/**
 * Checks of a `StackInput` before anything is computed. Each failure is an `InputError` whose
 * message names the field by its path, the expected range with its SI unit and the value
 * received, e.g. `cathode.porosity must be a finite number in [0, 1); got 1.2`.
 */

function fail(path: string, expected: string, unit: string, value: unknown): never {
  throw new InputError(`${path} must be ${expected}${unit.length > 0 ? ` ${unit}` : ''}; got ${String(value)}`);
}

function positive(path: string, value: number, unit = ''): void {
  if (!(Number.isFinite(value) && value > 0)) fail(path, 'a finite number > 0', unit, value);
}

function nonNegative(path: string, value: number, unit = ''): void {
  if (!(Number.isFinite(value) && value >= 0)) fail(path, 'a finite number ≥ 0', unit, value);
}

function porosity(path: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0 && value < 1)) fail(path, 'a finite number in [0, 1)', '', value);
}

/** Relative tolerance on Σ mass fractions = 1 (fractions written with a few decimals). */
const FRACTION_SUM_TOLERANCE = 1e-9;

export function validateStackInput(input: StackInput): void {
  const { cathode, anode, separator, electrolyte, currentCollectors, platedMagnesium } = input;

  const am = cathode.activeMaterial;
  if (am.kind === 'theoretical') {
    positive('cathode.activeMaterial.electronsPerFormulaUnit', am.electronsPerFormulaUnit);
    if (!(Number.isFinite(am.usableFraction) && am.usableFraction > 0 && am.usableFraction <= 1)) {
      fail('cathode.activeMaterial.usableFraction', 'a finite number in (0, 1]', '', am.usableFraction);
    }
  } else {
    positive('cathode.activeMaterial.specificCapacity', am.specificCapacity, 'C/kg');
  }
  if (cathode.amount.kind === 'mass-loading') positive('cathode.amount.activeMassLoading', cathode.amount.activeMassLoading, 'kg/m²');
  else positive('cathode.amount.thickness', cathode.amount.thickness, 'm');
  porosity('cathode.porosity', cathode.porosity);

  const w = cathode.massFractions;
  positive('cathode.massFractions.active', w.active);
  nonNegative('cathode.massFractions.carbon', w.carbon);
  nonNegative('cathode.massFractions.binder', w.binder);
  const sum = w.active + w.carbon + w.binder;
  if (Math.abs(sum - 1) > FRACTION_SUM_TOLERANCE) {
    throw new InputError(`cathode.massFractions must sum to 1 (active + carbon + binder); got ${w.active} + ${w.carbon} + ${w.binder} = ${sum}`);
  }
  positive('cathode.densities.active', cathode.densities.active, 'kg/m³');
  positive('cathode.densities.carbon', cathode.densities.carbon, 'kg/m³');
  positive('cathode.densities.binder', cathode.densities.binder, 'kg/m³');

  if (anode.kind === 'magnesium-foil') nonNegative('anode.thickness', anode.thickness, 'm');
  else nonNegative('anode.npRatio', anode.npRatio);

  nonNegative('separator.thickness', separator.thickness, 'm');
  porosity('separator.porosity', separator.porosity);
  positive('separator.density', separator.density, 'kg/m³');

  positive('electrolyte.density', electrolyte.density, 'kg/m³');
  if (electrolyte.excess.kind === 'volume-per-capacity') nonNegative('electrolyte.excess.value', electrolyte.excess.value, 'm³/C');
  if (electrolyte.excess.kind === 'mass-per-capacity') nonNegative('electrolyte.excess.value', electrolyte.excess.value, 'kg/C');

  nonNegative('currentCollectors.cathode.thickness', currentCollectors.cathode.thickness, 'm');
  positive('currentCollectors.cathode.density', currentCollectors.cathode.density, 'kg/m³');
  nonNegative('currentCollectors.anode.thickness', currentCollectors.anode.thickness, 'm');
  positive('currentCollectors.anode.density', currentCollectors.anode.density, 'kg/m³');

  if (input.coating !== 'single-sided' && input.coating !== 'double-sided') {
    fail('coating', '"single-sided" or "double-sided"', '', input.coating);
  }
  if (platedMagnesium.kind === 'counted') porosity('platedMagnesium.porosity', platedMagnesium.porosity);
  positive('meanDischargeVoltage', input.meanDischargeVoltage, 'V');
}
