import type { Config } from 'vega-lite';

/** Shared look of every plot: one font (so PNGs rasterise the same everywhere), readable sizes. */
export const THEME: Config = {
  font: 'DejaVu Sans',
  background: 'white',
  padding: 12,
  title: { fontSize: 15, subtitleFontSize: 11, subtitleColor: '#555', anchor: 'start', offset: 10 },
  axis: { labelFontSize: 11, titleFontSize: 12, gridColor: '#e6e6e6' },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 340 },
  view: { stroke: '#ccc' },
};

/** Colour for "not reported". */
export const MISSING_COLOUR = '#9a9a9a';
export const TARGET_COLOUR = '#c0392b';
