export * from './data.ts';
export * from './format.ts';
export * from './html.ts';
export * from './plot-def.ts';
export * from './plots/index.ts';
export * from './render-plot.ts';
export * from './render-svg.ts';
export * from './table1-csv.ts';
