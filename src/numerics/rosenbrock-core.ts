import { SolverError } from './errors.ts';
import { nonFiniteRhs } from './solver-messages.ts';
import { emptyStats, type SolverStats } from './stats.ts';
import { finiteDifferenceBandedJacobian, finiteDifferenceJacobian, finiteDifferenceTimeDerivative } from './jacobian.ts';
import { BandedIterationMatrix, DenseIterationMatrix, type IterationMatrix } from './linear-system.ts';
import { jacobianLength, validateProblem, type OdeProblem } from './problem.ts';
import { rosenbrockTableau, type RosenbrockMethod, type RosenbrockTableau } from './tableaus.ts';

/**
 * One Rosenbrock–Wanner step and its dense output, with every work array allocated once here.
 * The driver (`createRosenbrock`) does step-size control around it; `createRosenbrockStepper`
 * (stepper.ts) exposes it for fixed-step use. Internal: not exported from the package index.
 * Step formulas: see `RosenbrockTableau`.
 */
export class RosenbrockCore {
  readonly n: number;
  readonly tableau: RosenbrockTableau;
  readonly stats: SolverStats = emptyStats();
  /** f(t, y) at the start of the current step. */
  readonly f0: Float64Array;
  /** true when f0 already holds f at the point the next `begin` is called with. */
  f0Valid = false;

  private readonly problem: OdeProblem;
  private readonly autonomous: boolean;
  private readonly incrementFloor: Float64Array;
  private readonly mass: Float64Array | undefined;
  private readonly J: Float64Array;
  private readonly ft: Float64Array;
  private readonly K: Float64Array;
  private readonly stageK: Float64Array[];
  private readonly yStage: Float64Array;
  private readonly fStage: Float64Array;
  private readonly rhsBuf: Float64Array;
  private readonly scratch: Float64Array;
  private readonly scratch2: Float64Array;
  private readonly scratch3: Float64Array;
  private readonly matrix: IterationMatrix;
  // Dense output of the last accepted step [t0, t0 + h].
  private denseT0 = 0;
  private denseH = 0;
  private readonly denseY0: Float64Array;
  private readonly denseY1: Float64Array;
  private readonly denseA: Float64Array;
  private readonly denseB: Float64Array;

  /** `atol`, `rtol` set the finite-difference increments (see `differenceIncrement`). */
  constructor(problem: OdeProblem, method: RosenbrockMethod, autonomous: boolean, atol: Float64Array, rtol: number) {
    validateProblem(problem);
    const n = problem.n;
    this.n = n;
    this.problem = problem;
    this.tableau = rosenbrockTableau(method);
    this.autonomous = autonomous;
    this.incrementFloor = atol.map((a) => a / rtol);
    const mass = problem.mass;
    this.mass = mass !== undefined && !mass.every((m) => m === 1) ? Float64Array.from(mass) : undefined;
    const s = this.tableau.stages;
    this.f0 = new Float64Array(n);
    this.J = new Float64Array(jacobianLength(n, problem.bandwidth));
    this.ft = new Float64Array(n);
    this.K = new Float64Array(s * n);
    this.stageK = Array.from({ length: s }, (_, i) => this.K.subarray(i * n, (i + 1) * n));
    this.yStage = new Float64Array(n);
    this.fStage = new Float64Array(n);
    this.rhsBuf = new Float64Array(n);
    this.scratch = new Float64Array(n);
    this.scratch2 = new Float64Array(n);
    this.scratch3 = new Float64Array(n);
    this.matrix = problem.bandwidth === undefined ? new DenseIterationMatrix(n) : new BandedIterationMatrix(n, problem.bandwidth);
    this.denseY0 = new Float64Array(n);
    this.denseY1 = new Float64Array(n);
    this.denseA = new Float64Array(n);
    this.denseB = new Float64Array(n);
  }

  /** Reset the counters (at the start of an integration). */
  resetStats(): void {
    const st = this.stats;
    st.steps = st.rejected = st.rhsEvaluations = st.jacobianEvaluations = st.luDecompositions = 0;
  }

  /** Evaluate f0 = f(t, y) into `f0` (counted); throws SolverError('non-finite') naming the component. */
  evaluateF0(t: number, y: Float64Array): void {
    this.problem.rhs(t, y, this.f0);
    this.stats.rhsEvaluations++;
    this.f0Valid = true;
    for (let i = 0; i < this.n; i++) if (!Number.isFinite(this.f0[i]!)) throw nonFiniteRhs(t, y, this.f0, i);
  }

  /**
   * Start a step at (t, y): f0 (unless still valid), the Jacobian (analytic or finite differences)
   * and, unless autonomous, ∂f/∂t (analytic or a forward difference).
   */
  begin(t: number, y: Float64Array): void {
    const { problem, J, n } = this;
    if (!this.f0Valid) this.evaluateF0(t, y);
    this.f0Valid = false;
    if (problem.jacobian !== undefined) {
      J.fill(0);
      problem.jacobian(t, y, J);
      for (let k = 0; k < J.length; k++) {
        if (!Number.isFinite(J[k]!)) {
          const w = problem.bandwidth === undefined ? n : problem.bandwidth.lower + problem.bandwidth.upper + 1;
          throw new SolverError(
            'non-finite',
            `the Jacobian returned ${J[k]} at entry ${k} (row ${Math.floor(k / w)}) at t = ${t}: check problem.jacobian for division by zero or overflow there, or leave it out to use finite differences`,
            t,
          );
        }
      }
    } else if (problem.bandwidth === undefined) {
      this.stats.rhsEvaluations += finiteDifferenceJacobian(problem, t, y, this.f0, J, this.scratch, this.incrementFloor);
    } else {
      this.stats.rhsEvaluations += finiteDifferenceBandedJacobian(problem, problem.bandwidth, t, y, this.f0, J, this.scratch, this.scratch2, this.scratch3, this.incrementFloor);
    }
    this.stats.jacobianEvaluations++;
    if (this.autonomous) return;
    if (problem.timeDerivative !== undefined) problem.timeDerivative(t, y, this.ft);
    else this.stats.rhsEvaluations += finiteDifferenceTimeDerivative(problem, t, y, this.f0, this.ft, this.scratch);
  }

  /**
   * Attempt a step of size h from (t, y) with the Jacobian of the last `begin`: writes the solution
   * into `yNew` and the error estimate (solution − embedded solution) into `err`. Non-finite stage
   * values propagate into `err` (the caller rejects the step). Throws SolverError('singular-matrix')
   * if M/(hγ) − J is singular. Allocates nothing.
   */
  attempt(t: number, y: Float64Array, h: number, yNew: Float64Array, err: Float64Array): void {
    const { n, tableau, K, stageK, yStage, fStage, rhsBuf, mass, ft } = this;
    const s = tableau.stages;
    const { a, c, alpha, gammaSum, m, e, newF } = tableau;
    this.matrix.factor(1 / (h * tableau.gamma), this.J, mass);
    this.stats.luDecompositions++;
    let f: Float64Array = this.f0;
    for (let i = 0; i < s; i++) {
      if (i > 0 && newF[i]) {
        for (let k = 0; k < n; k++) yStage[k] = y[k]!;
        for (let j = 0; j < i; j++) {
          const aij = a[i * s + j]!;
          if (aij !== 0) {
            const off = j * n;
            for (let k = 0; k < n; k++) yStage[k]! += aij * K[off + k]!;
          }
        }
        this.problem.rhs(t + alpha[i]! * h, yStage, fStage);
        this.stats.rhsEvaluations++;
        f = fStage;
      }
      for (let k = 0; k < n; k++) rhsBuf[k] = 0;
      for (let j = 0; j < i; j++) {
        const cij = c[i * s + j]! / h;
        if (cij !== 0) {
          const off = j * n;
          for (let k = 0; k < n; k++) rhsBuf[k]! += cij * K[off + k]!;
        }
      }
      if (mass !== undefined) for (let k = 0; k < n; k++) rhsBuf[k]! *= mass[k]!;
      for (let k = 0; k < n; k++) rhsBuf[k]! += f[k]!;
      const hg = h * gammaSum[i]!;
      if (!this.autonomous && hg !== 0) for (let k = 0; k < n; k++) rhsBuf[k]! += hg * ft[k]!;
      this.matrix.solve(rhsBuf, stageK[i]!);
    }
    for (let k = 0; k < n; k++) {
      yNew[k] = y[k]!;
      err[k] = 0;
    }
    for (let j = 0; j < s; j++) {
      const mj = m[j]!;
      const ej = e[j]!;
      const off = j * n;
      if (mj !== 0) for (let k = 0; k < n; k++) yNew[k]! += mj * K[off + k]!;
      if (ej !== 0) for (let k = 0; k < n; k++) err[k]! += ej * K[off + k]!;
    }
  }

  /**
   * Set up the dense output of the step just accepted from (t, y) to (t + h, yNew). Must be called
   * before the next `attempt`. For RODAS4 this is its continuous extension; for a method without
   * one, a cubic Hermite interpolant through y, y′ at both ends (y′ = f/M; one extra rhs evaluation,
   * reused as f0 of the next step), linear in the algebraic components.
   */
  prepareDense(t: number, y: Float64Array, h: number, yNew: Float64Array): void {
    const { n, K, denseA, denseB } = this;
    this.denseT0 = t;
    this.denseH = h;
    this.denseY0.set(y);
    this.denseY1.set(yNew);
    const dense = this.tableau.dense;
    if (dense !== undefined) {
      const s = this.tableau.stages;
      denseA.fill(0);
      denseB.fill(0);
      for (let j = 0; j < s; j++) {
        const p = dense.d2[j]!;
        const q = dense.d3[j]!;
        const off = j * n;
        if (p !== 0) for (let k = 0; k < n; k++) denseA[k]! += p * K[off + k]!;
        if (q !== 0) for (let k = 0; k < n; k++) denseB[k]! += q * K[off + k]!;
      }
    } else {
      // Hermite: denseA = h·y′(t0), denseB = h·y′(t0 + h). f0 still holds f(t, y).
      const mass = this.mass;
      for (let k = 0; k < n; k++) denseA[k] = mass === undefined ? h * this.f0[k]! : mass[k] === 0 ? NaN : (h * this.f0[k]!) / mass[k]!;
      this.problem.rhs(t + h, yNew, this.f0);
      this.stats.rhsEvaluations++;
      this.f0Valid = true;
      for (let k = 0; k < n; k++) denseB[k] = mass === undefined ? h * this.f0[k]! : mass[k] === 0 ? NaN : (h * this.f0[k]!) / mass[k]!;
    }
  }

  /** The dense output at time tq (within the step given to `prepareDense`) into `out`. */
  denseAt(tq: number, out: Float64Array): void {
    const { n, denseY0: y0, denseY1: y1, denseA: A, denseB: B } = this;
    const th = (tq - this.denseT0) / this.denseH;
    const th1 = 1 - th;
    if (this.tableau.dense !== undefined) {
      for (let k = 0; k < n; k++) out[k] = th1 * y0[k]! + th * (y1[k]! + th1 * (A[k]! + th * B[k]!));
      return;
    }
    // Cubic Hermite basis (h00, h10, h01, h11); linear where y′ is unknown (algebraic components).
    const h00 = (1 + 2 * th) * th1 * th1;
    const h10 = th * th1 * th1;
    const h01 = th * th * (3 - 2 * th);
    const h11 = -th * th * th1;
    for (let k = 0; k < n; k++) {
      const a = A[k]!;
      out[k] = Number.isNaN(a) ? th1 * y0[k]! + th * y1[k]! : h00 * y0[k]! + h10 * a + h01 * y1[k]! + h11 * B[k]!;
    }
  }
}
