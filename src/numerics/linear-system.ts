import { bandedLuFactor, bandedLuSolve, bandRows } from './lu-banded.ts';
import { luFactor, luSolve } from './lu-dense.ts';
import type { Bandwidth } from './problem.ts';

/**
 * The iteration matrix W = fac·M − J of an implicit/linearly implicit step (M diagonal), formed
 * from a Jacobian in the layout of `jacobianIndex`, factored once and solved against per stage.
 * Work arrays are allocated once, at construction.
 */
export interface IterationMatrix {
  /** Form W = fac·M − J (M = identity when `mass` is undefined) and factor it; throws SolverError when singular. */
  factor(fac: number, J: Float64Array, mass: Float64Array | undefined): void;
  /** x = W⁻¹·b (x may be b). */
  solve(b: Float64Array, x: Float64Array): void;
}

/** Dense W: n×n row-major, LU with partial pivoting. */
export class DenseIterationMatrix implements IterationMatrix {
  private readonly w: Float64Array;
  private readonly piv: Int32Array;

  constructor(private readonly n: number) {
    this.w = new Float64Array(n * n);
    this.piv = new Int32Array(n);
  }

  factor(fac: number, J: Float64Array, mass: Float64Array | undefined): void {
    const { n, w } = this;
    for (let k = 0; k < n * n; k++) w[k] = -J[k]!;
    for (let i = 0; i < n; i++) w[i * n + i]! += mass === undefined ? fac : fac * mass[i]!;
    luFactor(w, n, this.piv);
  }

  solve(b: Float64Array, x: Float64Array): void {
    luSolve(this.w, this.n, this.piv, b, x);
  }
}

/** Banded W in LAPACK band storage, from a Jacobian in row-major band layout. */
export class BandedIterationMatrix implements IterationMatrix {
  private readonly ab: Float64Array;
  private readonly piv: Int32Array;
  private readonly kl: number;
  private readonly ku: number;

  constructor(
    private readonly n: number,
    bandwidth: Bandwidth,
  ) {
    this.kl = bandwidth.lower;
    this.ku = bandwidth.upper;
    this.ab = new Float64Array(bandRows(this.kl, this.ku) * n);
    this.piv = new Int32Array(n);
  }

  factor(fac: number, J: Float64Array, mass: Float64Array | undefined): void {
    const { n, kl, ku, ab } = this;
    const ldab = 2 * kl + ku + 1;
    const kv = kl + ku;
    const width = kl + ku + 1;
    ab.fill(0);
    for (let i = 0; i < n; i++) {
      const j0 = Math.max(0, i - kl);
      const j1 = Math.min(n - 1, i + ku);
      const row = i * width - i + kl; // J index of (i, j) is row + j
      for (let j = j0; j <= j1; j++) ab[kv + i - j + j * ldab] = -J[row + j]!;
      ab[kv + i * ldab]! += mass === undefined ? fac : fac * mass[i]!;
    }
    bandedLuFactor(ab, n, kl, ku, this.piv);
  }

  solve(b: Float64Array, x: Float64Array): void {
    bandedLuSolve(this.ab, this.n, this.kl, this.ku, this.piv, b, x);
  }
}
