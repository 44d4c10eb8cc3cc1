/** Work counters of a solver. */
export interface SolverStats {
  /** Accepted steps. */
  steps: number;
  /** Rejected step attempts (error test failed, non-finite stage, singular iteration matrix). */
  rejected: number;
  /** Calls of `problem.rhs`, including those for finite-difference Jacobians and ∂f/∂t. */
  rhsEvaluations: number;
  /** Jacobian evaluations (analytic or finite-difference). */
  jacobianEvaluations: number;
  /** LU decompositions of the iteration matrix. */
  luDecompositions: number;
}

/** Fresh zeroed counters. */
export function emptyStats(): SolverStats {
  return { steps: 0, rejected: 0, rhsEvaluations: 0, jacobianEvaluations: 0, luDecompositions: 0 };
}
