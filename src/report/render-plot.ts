import type { TopLevelSpec } from 'vega-lite';
import type { KnowledgeBase } from '../knowledge/index.ts';
import { formatIssue, InputError, resolveParams, type ParamDefs } from '../units/index.ts';
import type { PlotDef } from './plot-def.ts';
import { PLOT_NAMES, PLOTS, isPlotName, type PlotName } from './plots/index.ts';
import { renderSvg } from './render-svg.ts';

export interface RenderedPlot {
  readonly name: PlotName;
  readonly title: string;
  readonly description: string;
  readonly spec: TopLevelSpec;
  readonly svg: string;
}

/** Resolve a plot by name, check its parameters (strings with units), build its spec. */
export function plotSpec(kb: KnowledgeBase, name: string, given: Readonly<Record<string, string>> = {}): { name: PlotName; spec: TopLevelSpec } {
  if (!isPlotName(name)) throw new InputError(`unknown plot "${name}": use one of ${PLOT_NAMES.join(', ')}`);
  const def = PLOTS[name] as PlotDef<ParamDefs>;
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(def.params, key)) {
      const accepted = Object.keys(def.params);
      throw new InputError(`plot "${name}" has no parameter "${key}"${accepted.length > 0 ? `: it takes ${accepted.join(', ')}` : ': it takes none'}`);
    }
  }
  const params = resolveParams(def.params, given);
  if (params.kind === 'error') throw new InputError(`plot "${name}": ${params.errors.map(formatIssue).join('; ')}`);
  return { name, spec: def.build(kb, params.value) };
}

export async function renderPlot(kb: KnowledgeBase, name: string, given: Readonly<Record<string, string>> = {}): Promise<RenderedPlot> {
  const { name: plot, spec } = plotSpec(kb, name, given);
  const def = PLOTS[plot];
  return { name: plot, title: def.title, description: def.description, spec, svg: await renderSvg(spec) };
}
