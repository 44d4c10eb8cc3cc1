import { InterphaseError } from '../units/index.ts';

/**
 * What went wrong in a numerical method; lets a caller react without parsing the message.
 * - `singular-matrix`: an LU factorisation met a zero pivot.
 * - `step-size-underflow`: the step size fell below what double precision can resolve at t.
 * - `non-finite`: NaN or ±Inf in the state, the right-hand side or the Jacobian.
 * - `too-many-steps`: the step budget (`maxSteps`) ran out before tEnd.
 * - `too-many-rejections`: the error test failed too many times in a row.
 * - `initialization-failed`: Newton on the algebraic equations of a DAE did not converge.
 */
export type SolverErrorKind =
  | 'singular-matrix'
  | 'step-size-underflow'
  | 'non-finite'
  | 'too-many-steps'
  | 'too-many-rejections'
  | 'initialization-failed';

/** A numerical method failed. The message says what to check or try; `kind` says which failure. */
export class SolverError extends InterphaseError {
  override readonly name: string = 'SolverError';
  /** Which failure (see SolverErrorKind). */
  readonly kind: SolverErrorKind;
  /** The time at which an integration failed, when the failure happened inside one. */
  readonly t: number | undefined;

  constructor(kind: SolverErrorKind, message: string, t?: number) {
    super(message);
    this.kind = kind;
    this.t = t;
  }
}

/** A long computation was cancelled through its cancel token. Not a failure: the caller asked. */
export class CancelledError extends InterphaseError {
  override readonly name: string = 'CancelledError';
  /** For an integration: the time reached when the cancellation was seen. */
  readonly t: number | undefined;

  constructor(message: string, t?: number) {
    super(message);
    this.t = t;
  }
}
