import { describe, expect, it } from 'vitest';
import { CancelledError, createCancelSource, createRosenbrock, SolverError, type OdeProblem } from '../../src/numerics/index.ts';
import { InputError, InterphaseError } from '../../src/units/index.ts';
import { robertsonOde } from './problems.ts';

/** Run f, return what it threw (fails the test if it did not throw). */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  return expect.fail('expected an error');
}

describe('typed errors with messages that say what to try', () => {
  it('a singular iteration matrix (an algebraic equation that depends on no variable): singular-matrix after halving h', () => {
    const bad: OdeProblem = { n: 2, rhs: (t, y, f) => void ((f[0] = -y[0]!), (f[1] = 1 - t)), mass: new Float64Array([1, 0]) };
    const e = thrown(() => createRosenbrock(bad).integrate(0, [1, 0], 3));
    expect(e).toBeInstanceOf(SolverError);
    expect(e).toBeInstanceOf(InterphaseError);
    expect(e).toMatchObject({ kind: 'singular-matrix', t: 0 });
    expect(e.message).toMatch(/stayed singular at t = 0 after halving the step 5 times/);
    expect(e.message).toMatch(/every algebraic equation \(mass 0\) depends on some algebraic variable/);
  });

  it('a NaN right-hand side: non-finite, naming the component, the time and what to check', () => {
    const nan: OdeProblem = { n: 2, rhs: (_t, y, f) => void ((f[0] = -y[0]!), (f[1] = Math.log(-1))) };
    const e = thrown(() => createRosenbrock(nan).integrate(0, [1, 1], 1));
    expect(e).toMatchObject({ name: 'SolverError', kind: 'non-finite', t: 0 });
    expect(e.message).toMatch(/returned NaN for component 1 at t = 0 .*check problem\.rhs for division by zero, log or sqrt of a negative value/);
  });

  it('a NaN Jacobian: non-finite, pointing at problem.jacobian', () => {
    const p: OdeProblem = { n: 1, rhs: (_t, y, f) => void (f[0] = -y[0]!), jacobian: (_t, _y, J) => void (J[0] = NaN) };
    expect(thrown(() => createRosenbrock(p).integrate(0, [1], 1)).message).toMatch(/Jacobian returned NaN .*check problem\.jacobian/);
  });

  it('NaN in the stages (sqrt of a negative state past y = 0): the step collapses and the error says NaN/Inf appeared', () => {
    // y′ = −sqrt(y), y(0) = 1: y = (1 − t/2)² reaches 0 at t = 2, where the rhs is not differentiable.
    const p: OdeProblem = { n: 1, rhs: (_t, y, f) => void (f[0] = -Math.sqrt(y[0]!)) };
    const e = thrown(() => createRosenbrock(p, { autonomous: true }).integrate(0, [1], 3)) as SolverError;
    expect(['step-size-underflow', 'non-finite']).toContain(e.kind);
    expect(e.t).toBeCloseTo(2, 4);
    expect(e.message).toMatch(/NaN\/Inf/);
  });

  it('a solution that blows up (y′ = y², y(0) = 1, pole at t = 1): step-size-underflow at t ≈ 1', () => {
    const p: OdeProblem = { n: 1, rhs: (_t, y, f) => void (f[0] = y[0]! * y[0]!) };
    const e = thrown(() => createRosenbrock(p, { autonomous: true }).integrate(0, [1], 2)) as SolverError;
    expect(e.kind).toBe('step-size-underflow');
    expect(e.t).toBeCloseTo(1, 5);
    expect(e.message).toMatch(/fell below the resolution of t = 1\.0.*blow up or have a discontinuity.*loosen rtol\/atol/);
  });

  it('maxSteps exhausted: too-many-steps with how far it got and what to try', () => {
    const e = thrown(() => createRosenbrock(robertsonOde, { maxSteps: 20, autonomous: true }).integrate(0, [1, 0, 0], 1e11)) as SolverError;
    expect(e.kind).toBe('too-many-steps');
    expect(e.message).toMatch(/^reached maxSteps = 20 at t = [\d.e+-]+ \([\d.e+-]+ % of \[0, 100000000000\]; \d+ rejected\): raise maxSteps, loosen rtol\/atol/);
  });

  it('cancellation through a token throws CancelledError with the time reached; an AbortSignal works as the token', () => {
    const source = createCancelSource();
    let steps = 0;
    const solver = createRosenbrock(robertsonOde, { autonomous: true });
    const e = thrown(() =>
      solver.integrate(0, [1, 0, 0], 1e11, {
        cancel: source.token,
        onStep: () => {
          if (++steps === 10) source.cancel();
        },
      }),
    );
    expect(e).toBeInstanceOf(CancelledError);
    expect((e as CancelledError).t).toBeGreaterThan(0);
    expect(e.message).toMatch(/^integration cancelled at t = .* % of \[0, 100000000000\]\)$/);
    expect(steps).toBe(10);

    const controller = new AbortController();
    controller.abort();
    expect(() => solver.integrate(0, [1, 0, 0], 1, { cancel: controller.signal })).toThrow(CancelledError);
    // The solver is still usable after a cancelled run.
    expect(solver.integrate(0, [1, 0, 0], 1).status).toBe('done');
  });

  it('bad input throws InputError naming the field', () => {
    const p = robertsonOde;
    expect(() => createRosenbrock(p, { rtol: 0 })).toThrow(InputError);
    expect(() => createRosenbrock(p, { rtol: 0 })).toThrow(/rtol must be in/);
    expect(() => createRosenbrock(p, { atol: new Float64Array([1e-8, 0, 1e-8]) })).toThrow(/atol\[1\] must be positive/);
    expect(() => createRosenbrock(p, { atol: new Float64Array(2) })).toThrow(/atol must be a number or have length n = 3/);
    expect(() => createRosenbrock({ ...p, n: 0 })).toThrow(/problem\.n must be a positive integer/);
    expect(() => createRosenbrock({ ...p, bandwidth: { lower: 1, upper: 5 } })).toThrow(/bandwidth\.upper must be an integer in \[0, n − 1 = 2\]/);
    const s = createRosenbrock(p);
    expect(() => s.integrate(0, [1, 0], 1)).toThrow(/y0 must have length n = 3/);
    expect(() => s.integrate(1, [1, 0, 0], 0)).toThrow(/need finite t0 ≤ tEnd/);
    expect(() => s.integrate(0, [NaN, 0, 0], 1)).toThrow(/y0\[0\] is NaN/);
    expect(() => s.integrate(0, [1, 0, 0], 1, { tOut: [0.5, 0.2] })).toThrow(/tOut must be non-decreasing/);
    expect(() => s.integrate(0, [1, 0, 0], 1, { tOut: [2] })).toThrow(/tOut\[0\] = 2 is outside/);
  });
});
