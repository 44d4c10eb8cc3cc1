import type { QuantityParam } from '../units/index.ts';

/** The practical conductivity target drawn on the conductivity plots. */
export const TARGET_CONDUCTIVITY: QuantityParam<'conductivity'> = {
  kind: 'quantity',
  dimension: 'conductivity',
  default: '1e-4 S/cm',
  min: '1e-12 S/cm',
  max: '10 S/cm',
  description: 'practical ionic-conductivity target drawn as a line',
  source:
    'assumed: the usual practical threshold for a solid electrolyte; the review (§2.5) calls σ ≈ 10^-4 S cm^-1 at 25 °C (MgSc2Se4) a fast Mg-ion solid conductor',
};

/** The window of temperatures counted as "room temperature" when picking values. */
export const ROOM_T_MIN: QuantityParam<'temperature'> = {
  kind: 'quantity',
  dimension: 'temperature',
  default: '15 degC',
  min: '-273.15 degC',
  description: 'lowest temperature counted as room temperature',
  source: 'assumed: the review writes "RT"/"ambient" without a number; 15–35 °C covers 25 °C and the 30 °C tests',
};

export const ROOM_T_MAX: QuantityParam<'temperature'> = {
  kind: 'quantity',
  dimension: 'temperature',
  default: '35 degC',
  min: '-273.15 degC',
  description: 'highest temperature counted as room temperature',
  source: ROOM_T_MIN.source,
};
