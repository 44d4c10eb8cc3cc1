export * from './constants.ts';
export * from './dimensions.ts';
export * from './errors.ts';
export * from './param.ts';
export * from './parse.ts';
export * from './quantity.ts';
export * from './result.ts';
