/**
 * Quantity aliases the physics layer uses; they live in src/units (one declaration) and are
 * re-exported here for the physics files that import them from this module.
 */
export type { CoulombsPerSquareMeter } from '../units/index.ts';
