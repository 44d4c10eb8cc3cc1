import type { TopLevelSpec } from 'vega-lite';
import type { KnowledgeBase } from '../knowledge/index.ts';
import type { ParamDefs, ResolvedParams } from '../units/index.ts';

/**
 * A plot of the knowledge base: a pure function from data to a Vega-Lite spec. The same spec
 * objects are rendered to SVG/PNG/HTML by the CLI and, later, interactively by the web studio.
 */
export interface PlotDef<P extends ParamDefs = ParamDefs> {
  readonly title: string;
  readonly description: string;
  readonly params: P;
  build(kb: KnowledgeBase, params: ResolvedParams<P>): TopLevelSpec;
}

export function definePlot<P extends ParamDefs>(def: PlotDef<P>): PlotDef<P> {
  return def;
}
