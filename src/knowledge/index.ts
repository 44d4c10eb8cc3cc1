export * from './categories.ts';
export * from './load.ts';
export * from './properties.ts';
export * from './schema.ts';
export * from './types.ts';
