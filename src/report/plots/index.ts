import { arrheniusPlot } from './arrhenius.ts';
import { conductivityLadderPlot } from './conductivity-ladder.ts';
import { mofConductivityPlot } from './mof-conductivity.ts';
import { retentionPlot } from './retention.ts';

/** Every plot of the knowledge base, by CLI name. */
export const PLOTS = {
  'mof-conductivity': mofConductivityPlot,
  arrhenius: arrheniusPlot,
  retention: retentionPlot,
  'conductivity-ladder': conductivityLadderPlot,
};

export type PlotName = keyof typeof PLOTS;
export const PLOT_NAMES = Object.keys(PLOTS) as PlotName[];

export function isPlotName(name: string): name is PlotName {
  return Object.hasOwn(PLOTS, name);
}
