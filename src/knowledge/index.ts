export * from './categories.ts';
export * from './load.ts';
export * from './properties.ts';
export * from './schema.ts';
export * from './types.ts';
export * from './query.ts';
export * from './table1.ts';
export * from './json.ts';
