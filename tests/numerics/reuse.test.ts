import { afterEach, describe, expect, it } from 'vitest';
import { createRosenbrock, type OdeProblem } from '../../src/numerics/index.ts';
import { robertsonOde } from './problems.ts';

/** The simulator's pattern: a small problem whose parameters change between many short integrations. */
function decayChain(k: { k1: number; k2: number }): OdeProblem {
  return {
    n: 3,
    rhs(_t, y, f) {
      f[0] = -k.k1 * y[0]!;
      f[1] = k.k1 * y[0]! - k.k2 * y[1]!;
      f[2] = k.k2 * y[1]!;
    },
  };
}

/** Bateman's solution for A → B → C with rates k1 ≠ k2, A(0) = 1 (H. Bateman, Proc. Camb. Phil. Soc. 15 (1910) 423). */
function bateman(k1: number, k2: number, t: number): number[] {
  const a = Math.exp(-k1 * t);
  const b = (k1 / (k2 - k1)) * (Math.exp(-k1 * t) - Math.exp(-k2 * t));
  return [a, b, 1 - a - b];
}

const RealFloat64Array = Float64Array;
afterEach(() => {
  globalThis.Float64Array = RealFloat64Array;
});

describe('one solver, many integrations', () => {
  it('gives bit-identical results on repeated calls (no state leaks between calls)', () => {
    const solver = createRosenbrock(robertsonOde, { rtol: 1e-6, atol: new Float64Array([1e-10, 1e-16, 1e-10]), autonomous: true });
    const a = solver.integrate(0, [1, 0, 0], 1e5);
    solver.integrate(0, [0.5, 1e-5, 0.5], 3); // something else in between
    const b = solver.integrate(0, [1, 0, 0], 1e5);
    expect(Array.from(b.y)).toEqual(Array.from(a.y));
    expect(b.stats).toEqual(a.stats);
  });

  it('1000 integrations with changing rate constants all match Bateman\'s solution', () => {
    const k = { k1: 1, k2: 2 };
    const solver = createRosenbrock(decayChain(k), { rtol: 1e-8, atol: 1e-12, autonomous: true });
    let worst = 0;
    for (let i = 0; i < 1000; i++) {
      k.k1 = 0.5 + (i % 37) * 0.1;
      k.k2 = 100 + (i % 11) * 50; // stiff: k2/k1 up to ~1000
      const r = solver.integrate(0, [1, 0, 0], 2);
      const exact = bateman(k.k1, k.k2, 2);
      for (let j = 0; j < 3; j++) worst = Math.max(worst, Math.abs(r.y[j]! - exact[j]!));
    }
    expect(worst).toBeLessThan(1e-8);
  });

  it('the step loop allocates no Float64Array: the count per call does not grow with the number of steps', () => {
    const solver = createRosenbrock({ n: 3, rhs: robertsonOde.rhs }, { autonomous: true }); // finite-difference Jacobian path
    const events = [{ g: (_t: number, y: Float64Array) => y[0]! + 1 }]; // never fires
    let constructed = 0;
    globalThis.Float64Array = new Proxy(RealFloat64Array, {
      construct(target, args: unknown[]) {
        constructed++;
        return Reflect.construct(target, args) as object;
      },
    });
    const count = (tEnd: number): { constructed: number; steps: number } => {
      constructed = 0;
      const r = solver.integrate(0, [1, 0, 0], tEnd, { events, tOut: [0, tEnd] });
      return { constructed, steps: r.stats.steps };
    };
    const short = count(1);
    const long = count(1e11);
    globalThis.Float64Array = RealFloat64Array;
    expect(long.steps).toBeGreaterThan(10 * short.steps);
    expect(long.constructed).toBe(short.constructed);
    expect(short.constructed).toBeGreaterThan(0); // the probe works: events and tOut allocate once per call
    expect(long.constructed).toBeLessThan(10);
  });
});
