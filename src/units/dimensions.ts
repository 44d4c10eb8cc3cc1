/**
 * The physical dimensions Interphase works with. Values are stored in SI inside the library; each
 * dimension names its SI unit, the unit researchers usually write, and an example input used in
 * error messages.
 */
export const DIMENSIONS = {
  dimensionless: { si: '1', display: '1', noun: 'a dimensionless number', example: '0.98 or 98 %' },
  count: { si: '1', display: 'cycles', noun: 'a count', example: '500 cycles' },
  length: { si: 'm', display: 'um', noun: 'a length', example: '2 um' },
  area: { si: 'm^2', display: 'cm^2', noun: 'an area', example: '1.13 cm^2' },
  time: { si: 's', display: 'h', noun: 'a time', example: '2 h' },
  temperature: { si: 'K', display: 'degC', noun: 'a temperature', example: '60 degC' },
  voltage: { si: 'V', display: 'V', noun: 'a voltage', example: '0.3 V' },
  current: { si: 'A', display: 'mA', noun: 'a current', example: '0.5 mA' },
  currentDensity: { si: 'A/m^2', display: 'mA/cm^2', noun: 'a current density', example: '0.5 mA/cm2' },
  specificCurrent: { si: 'A/kg', display: 'mA/g', noun: 'a specific current', example: '20 mA/g' },
  cRate: { si: 's^-1', display: 'C', noun: 'a C-rate', example: '5 C or C/50' },
  conductivity: { si: 'S/m', display: 'S/cm', noun: 'a conductivity', example: '2.5e-4 S/cm' },
  resistance: { si: 'ohm', display: 'ohm', noun: 'a resistance', example: '5000 ohm' },
  arealResistance: { si: 'ohm m^2', display: 'ohm cm^2', noun: 'an area-specific resistance', example: '12.8 ohm cm^2' },
  energy: { si: 'J', display: 'eV', noun: 'an energy per particle', example: '0.22 eV' },
  molarEnergy: { si: 'J/mol', display: 'kJ/mol', noun: 'a molar energy', example: '38 kJ/mol' },
  diffusivity: { si: 'm^2/s', display: 'cm^2/s', noun: 'a diffusivity', example: '5e-10 cm2/s' },
  concentration: { si: 'mol/m^3', display: 'M', noun: 'a concentration', example: '0.5 M' },
  specificCapacity: { si: 'C/kg', display: 'mAh/g', noun: 'a specific capacity', example: '128.8 mAh/g' },
  volumetricCapacity: { si: 'C/m^3', display: 'mAh/cm^3', noun: 'a volumetric capacity', example: '3833 mAh/cm3' },
  arealCapacity: { si: 'C/m^2', display: 'mAh/cm^2', noun: 'an areal capacity', example: '1 mAh/cm2' },
  energyDensity: { si: 'J/m^3', display: 'Wh/L', noun: 'a volumetric energy density', example: '420 Wh/L' },
  specificEnergy: { si: 'J/kg', display: 'Wh/kg', noun: 'a specific energy', example: '250 Wh/kg' },
  arealCapacitance: { si: 'F/m^2', display: 'uF/cm^2', noun: 'an areal capacitance', example: '20 uF/cm2' },
  molarVolume: { si: 'm^3/mol', display: 'cm^3/mol', noun: 'a molar volume', example: '11.3 cm3/mol' },
  density: { si: 'kg/m^3', display: 'g/cm^3', noun: 'a density', example: '0.868 g/cm3' },
  velocity: { si: 'm/s', display: 'm/s', noun: 'a rate constant (velocity)', example: '1e-9 m/s' },
  molarMass: { si: 'kg/mol', display: 'g/mol', noun: 'a molar mass', example: '24.305 g/mol' },
  arealMass: { si: 'kg/m^2', display: 'mg/cm^2', noun: 'a mass per area (loading)', example: '2 mg/cm2' },
  rateConstant: { si: 's^-1', display: '1/s', noun: 'a first-order rate constant', example: '1e-3 1/s' },
} as const satisfies Record<string, { si: string; display: string; noun: string; example: string }>;

export type Dimension = keyof typeof DIMENSIONS;

export const DIMENSION_NAMES = Object.keys(DIMENSIONS) as Dimension[];

export function isDimension(name: string): name is Dimension {
  return Object.hasOwn(DIMENSIONS, name);
}
