import type { Dimension } from '../units/index.ts';

/**
 * The quantitative properties the knowledge base records. Each names its dimension (so values are
 * stored in SI) and the unit it is shown in.
 */
export const PROPERTIES = {
  'ionic-conductivity': { dimension: 'conductivity', display: 'S/cm', label: 'ionic conductivity σ' },
  'activation-energy': { dimension: 'energy', display: 'eV', label: 'activation energy Ea' },
  'diffusion-barrier': { dimension: 'energy', display: 'eV', label: 'Mg²⁺ diffusion energy barrier' },
  diffusivity: { dimension: 'diffusivity', display: 'cm^2/s', label: 'diffusivity D' },
  'pore-size': { dimension: 'length', display: 'angstrom', label: 'pore size' },
  thickness: { dimension: 'length', display: 'nm', label: 'thickness' },
  'anodic-stability': { dimension: 'voltage', display: 'V', label: 'anodic (oxidative) stability limit' },
  'electrochemical-window': { dimension: 'voltage', display: 'V', label: 'electrochemical stability window' },
  'reduction-onset-potential': { dimension: 'voltage', display: 'V', label: 'onset potential of reduction' },
  'potential-limit': { dimension: 'voltage', display: 'V', label: 'upper potential limit of a sweep' },
  'discharge-potential': { dimension: 'voltage', display: 'V', label: 'discharge potential' },
  'cell-voltage': { dimension: 'voltage', display: 'V', label: 'cell voltage' },
  overpotential: { dimension: 'voltage', display: 'mV', label: 'plating/stripping overpotential' },
  'nucleation-overpotential': { dimension: 'voltage', display: 'mV', label: 'nucleation overpotential' },
  'coulombic-efficiency': { dimension: 'dimensionless', display: '%', label: 'Coulombic efficiency' },
  'specific-capacity': { dimension: 'specificCapacity', display: 'mAh/g', label: 'specific capacity' },
  'volumetric-capacity': { dimension: 'volumetricCapacity', display: 'mAh/cm^3', label: 'theoretical volumetric capacity' },
  'capacity-retention': { dimension: 'dimensionless', display: '%', label: 'capacity retention' },
  'capacity-fade': { dimension: 'dimensionless', display: '%', label: 'capacity decay' },
  'cycle-count': { dimension: 'count', display: 'cycles', label: 'number of cycles' },
  'cycling-duration': { dimension: 'time', display: 'h', label: 'duration of stable cycling' },
  'transference-number': { dimension: 'dimensionless', display: '1', label: 'cation transference number' },
  'energy-density': { dimension: 'energyDensity', display: 'Wh/L', label: 'volumetric energy density' },
  'volume-expansion': { dimension: 'dimensionless', display: '%', label: 'volume expansion on cycling' },
  resistance: { dimension: 'resistance', display: 'ohm', label: 'electrical resistance' },
  'salt-concentration': { dimension: 'concentration', display: 'M', label: 'salt concentration' },
  'solvent-content': { dimension: 'dimensionless', display: '%', label: 'residual solvent content' },
  'capacity-utilisation': { dimension: 'dimensionless', display: '%', label: 'achievable fraction of theoretical capacity' },
  'operating-temperature': { dimension: 'temperature', display: 'degC', label: 'operating temperature' },
  'dopant-content': { dimension: 'dimensionless', display: '%', label: 'dopant or alloying content' },
} as const satisfies Record<string, { dimension: Dimension; display: string; label: string }>;

export type PropertyName = keyof typeof PROPERTIES;
export const PROPERTY_NAMES = Object.keys(PROPERTIES) as PropertyName[];

export function isPropertyName(key: string): key is PropertyName {
  return Object.hasOwn(PROPERTIES, key);
}
