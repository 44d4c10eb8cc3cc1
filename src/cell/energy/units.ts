/**
 * SI values of the units energy-density inputs are written in but the quantity parser has no
 * dimension for. Multiply to convert to SI, divide to convert back:
 * `10 * ONE_MG_PER_CM2` is 10 mg/cm² in kg/m².
 */

/** 1 mg/cm² in kg/m²: 1e-6 kg / 1e-4 m². */
export const ONE_MG_PER_CM2 = 1e-2;

/** 1 µL/mAh in m³/C: 1e-9 m³ / 3.6 C. */
export const ONE_UL_PER_MAH = 1e-9 / 3.6;

/** 1 g/Ah in kg/C: 1e-3 kg / 3600 C. */
export const ONE_G_PER_AH = 1e-3 / 3600;

/** 1 mAh/cm² in C/m²: 3.6 C / 1e-4 m² (the parser reads "1 mAh/cm2" too). */
export const ONE_MAH_PER_CM2 = 3.6e4;

/** 1 mWh/cm² in J/m²: 3.6 J / 1e-4 m². */
export const ONE_MWH_PER_CM2 = 3.6e4;

/** 1 µm in m (the parser reads "2 um" too; these constants serve preset tables written in µm). */
export const ONE_UM = 1e-6;

/** 1 g/cm³ in kg/m³. */
export const ONE_G_PER_CM3 = 1e3;

/** 1 mAh/g in C/kg: 3.6 C / 1e-3 kg. */
export const ONE_MAH_PER_G = 3.6e3;
