import type { KnowledgeBase } from '../../knowledge/index.ts';
import type { ParamDefs, ResolvedParams } from '../../units/index.ts';
import type { Protocol } from '../protocol/index.ts';
import type { OcvTable } from '../cathode/index.ts';
import type { ENERGY_PARAMS } from '../energy/params.ts';
import type { CATHODE_PARAMS, CELL_PARAMS, FILM_PARAMS, LIQUID_PARAMS, METAL_PARAMS, SOLID_PARAMS, WATER_PARAMS } from './params.ts';

/** Where a parameter's value came from: the stack file, a knowledge-base value, or a default. */
export interface ParameterSource {
  /** Dotted path in the stack, e.g. `layers[1].conductivity`. */
  readonly parameter: string;
  /** The value as given (with its unit). */
  readonly value: string;
  /** Citation: "review ref. [104] (Luo et al., Angew. Chem. 2019)", "assumed: …", a paper. */
  readonly source: string;
  /** stack: the file; knowledge: the knowledge base; derived: computed from other parameters (e.g. a molar mass from the formula); default: the declaration. */
  readonly origin: 'stack' | 'knowledge' | 'derived' | 'default';
}

export type Params<D extends ParamDefs> = ResolvedParams<D>;

export interface SolidLayer {
  readonly kind: 'solid';
  readonly name: string;
  readonly material?: string | undefined;
  readonly params: Params<typeof SOLID_PARAMS>;
}

export interface LiquidLayer {
  readonly kind: 'liquid';
  readonly name: string;
  readonly material?: string | undefined;
  readonly params: Params<typeof LIQUID_PARAMS>;
}

export type Layer = SolidLayer | LiquidLayer;

/** A validated layer stack in SI units, ready to simulate. */
export interface Stack {
  readonly name: string;
  readonly description: string;
  readonly cell: Params<typeof CELL_PARAMS>;
  readonly metal: Params<typeof METAL_PARAMS>;
  readonly film: Params<typeof FILM_PARAMS>;
  readonly water: Params<typeof WATER_PARAMS>;
  /** The cathode of a full or anode-free cell (undefined for Mg||Mg and Mg||Cu). */
  readonly cathode?: CathodeSpec | undefined;
  /** The optional `energy:` section: inputs of the stack-level energy density only (src/cell/energy/params.ts). */
  readonly energy?: Params<typeof ENERGY_PARAMS> | undefined;
  /** From the metal outward, excluding the growing film; a symmetric cell mirrors them. */
  readonly layers: readonly Layer[];
  readonly protocol: Protocol;
  /** Every parameter used, with where its value came from. */
  readonly sources: readonly ParameterSource[];
}

export interface CathodeSpec {
  readonly params: Params<typeof CATHODE_PARAMS>;
  /** The OCV table of an ocv-table cathode (x = Mg per formula unit). */
  readonly ocv?: OcvTable | undefined;
}

export interface StackLoadOptions {
  /** The knowledge base, for layers that name a `material`. */
  readonly knowledge?: KnowledgeBase;
  /** Shown in error messages, e.g. the file name. */
  readonly name?: string;
}
