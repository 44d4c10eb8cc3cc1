export { initializeAlgebraic, INITIALIZE_DEFAULTS, type InitializeOptions } from './dae-init.ts';
export { CancelledError, SolverError, type SolverErrorKind } from './errors.ts';
export type { EventHit, EventSpec } from './events.ts';
export { bandedLuFactor, bandedLuSolve, bandIndex, bandRows } from './lu-banded.ts';
export { luFactor, luSolve } from './lu-dense.ts';
export { ROSENBROCK_DEFAULTS, type RosenbrockOptions } from './options.ts';
export { jacobianIndex, jacobianLength, type Bandwidth, type OdeProblem } from './problem.ts';
export { findRoot } from './root.ts';
export { createRosenbrock, type IntegrateOptions, type IntegrateOutput, type IntegrateResult, type RosenbrockSolver } from './rosenbrock.ts';
export type { SolverStats } from './stats.ts';
export { createRosenbrockStepper, type RosenbrockStepper } from './stepper.ts';
export { RODAS3, RODAS4, type RosenbrockMethod, type RosenbrockTableau } from './tableaus.ts';
export {
  createCancelSource,
  createTask,
  sharedCancelToken,
  type CancelSource,
  type CancelToken,
  type RunTaskOptions,
  type Task,
  type TaskContext,
  type TaskProgress,
} from './task.ts';
export { symmetricTridiagonalEigen, type TridiagonalEigen } from './tridiagonal-eigen.ts';
