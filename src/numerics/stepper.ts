import { resolveOptions, type RosenbrockOptions } from './options.ts';
import type { OdeProblem } from './problem.ts';
import { RosenbrockCore } from './rosenbrock-core.ts';
import type { SolverStats } from './stats.ts';
import type { RosenbrockMethod } from './tableaus.ts';

/** A bare fixed-step Rosenbrock stepper (no error control), e.g. for convergence-order studies. */
export interface RosenbrockStepper {
  readonly n: number;
  readonly method: RosenbrockMethod;
  readonly stats: Readonly<SolverStats>;
  /**
   * One step of size h from (t, y): the solution into `yNew` and the error estimate
   * (solution − embedded solution) into `err`. Evaluates f, the Jacobian and ∂f/∂t at (t, y).
   */
  step(t: number, y: Float64Array, h: number, yNew: Float64Array, err: Float64Array): void;
}

/**
 * A fixed-step stepper for `problem` with the given method (default RODAS4; `atol` and `rtol` only
 * set the finite-difference increments). No step-size control, events or output: use `createRosenbrock`
 * for integration.
 */
export function createRosenbrockStepper(
  problem: OdeProblem,
  options: Pick<RosenbrockOptions, 'method' | 'autonomous' | 'atol' | 'rtol'> = {},
): RosenbrockStepper {
  const resolved = resolveOptions(problem.n, options);
  const core = new RosenbrockCore(problem, resolved.method, resolved.autonomous, resolved.atol, resolved.rtol);
  return {
    n: core.n,
    method: core.tableau.name,
    stats: core.stats,
    step(t, y, h, yNew, err) {
      core.f0Valid = false;
      core.begin(t, y);
      core.attempt(t, y, h, yNew, err);
      core.stats.steps++;
    },
  };
}
