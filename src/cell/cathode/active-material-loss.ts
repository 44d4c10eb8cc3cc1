import { InputError } from '../../units/index.ts';

/** Inputs of `reactionDrivenActiveMaterialLossRate`. */
export interface ActiveMaterialLossInput {
  /** β [m³/mol]: active-material volume lost per mole of Mg passing the particle surfaces, ≥ 0. */
  readonly lossFactor: number;
  /** ε_s [1]: active-material volume fraction of the electrode (the state), ∈ [0, 1]. */
  readonly activeVolumeFraction: number;
  /** R [m]: particle radius, > 0. */
  readonly particleRadius: number;
  /** j [mol/(m²·s)]: Mg insertion flux at the particle surface (either sign; its magnitude counts). */
  readonly insertionFlux: number;
}

/**
 * Loss of active material (LAM) driven by the Mg²⁺ throughput, as a state ε_s the cell model can
 * carry:
 *
 *   dε_s/dt = −β · a_s · |j|,   a_s = 3ε_s/R
 *
 * ε_s [1] active-material volume fraction; β [m³/mol] loss factor (volume of host made inactive
 * per mole of Mg inserted or extracted); a_s [1/m] specific surface area of spheres of radius R [m];
 * j [mol/(m²·s)] molar Mg flux through the particle surface. At constant |j| the loss is
 * exponential in throughput: ε_s(t) = ε_s(0)·exp(−3β|j|t/R) (tested). The model does not say which
 * Mg the lost material strands; a cell model that carries ε_s should remove the lost fraction's
 * Mg from the cyclable inventory (mean particle concentration × lost volume).
 * Source: PyBaMM's "reaction-driven" loss-of-active-material option ("… reaction-driven LAM factor
 * [m3.mol-1]", dε_s/dt = −β·a·j/F for Li, here per mole of Mg), after J. M. Reniers, G. Mulder &
 * D. A. Howey, J. Electrochem. Soc. 166, A3189 (2019). Parameter value: none known for Mg hosts —
 * β must be given (0 switches LAM off).
 */
export function reactionDrivenActiveMaterialLossRate(input: ActiveMaterialLossInput): number {
  const { lossFactor: beta, activeVolumeFraction: eps, particleRadius: r, insertionFlux: j } = input;
  if (!(Number.isFinite(beta) && beta >= 0)) throw new InputError(`lossFactor must be a finite number ≥ 0 m³/mol; got ${beta}`);
  if (!(Number.isFinite(eps) && eps >= 0 && eps <= 1)) throw new InputError(`activeVolumeFraction must be in [0, 1]; got ${eps}`);
  if (!(Number.isFinite(r) && r > 0)) throw new InputError(`particleRadius must be a finite number > 0 m; got ${r}`);
  if (!Number.isFinite(j)) throw new InputError(`insertionFlux must be a finite number of mol/(m²·s); got ${j}`);
  return (-beta * 3 * eps * Math.abs(j)) / r;
}
