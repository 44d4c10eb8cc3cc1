export * from './types.ts';
export * from './units.ts';
export * from './materials.ts';
export * from './cathode-coating.ts';
export * from './energy-density.ts';
export * from './validate.ts';
export * from './mao-2023.ts';
