export * from './arrhenius.ts';
export * from './arrhenius-factor.ts';
export * from './quantities.ts';
// Transport
export * from './vtf.ts';
export * from './effective-conductivity.ts';
export * from './area-specific-resistance.ts';
export * from './ohmic-drop.ts';
export * from './electronic-leakage.ts';
// Binary electrolyte
export * from './binary-salt.ts';
export * from './ambipolar-diffusivity.ts';
export * from './sand-time.ts';
export * from './limiting-current.ts';
export * from './concentration-overpotential.ts';
// Interface kinetics
export * from './butler-volmer.ts';
export * from './charge-transfer-resistance.ts';
export * from './exchange-current-density.ts';
export * from './tafel.ts';
export * from './double-layer.ts';
export * from './nucleation-overpotential.ts';
export * from './passivated-area.ts';
// Elements, formulas, molar masses and theoretical capacities
export * from './atomic-weights.ts';
export * from './metal-densities.ts';
export * from './formula.ts';
export * from './molar-mass.ts';
export * from './theoretical-capacity.ts';
export * from './crystal-density.ts';
// Interphase (film/SEI) growth
export * from './film-materials.ts';
export * from './film-growth-current.ts';
export * from './film-growth-rate.ts';
export * from './film-resistance.ts';
export * from './water-passivation.ts';
// Molecular sieving
export * from './solvent-sizes.ts';
export * from './molecular-sieving.ts';
// Magnesium
export * from './metal-capacity.ts';
export * from './magnesium.ts';
