import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoot } from '../../src/numerics/index.ts';

describe('findRoot (Illinois regula falsi with a bisection safeguard)', () => {
  it('finds π/2 as the root of cos on [0, 3] to 1e-14', () => {
    const t = findRoot(Math.cos, 0, 3, 1, Math.cos(3), 1e-14);
    expect(Math.abs(t - Math.PI / 2)).toBeLessThan(2e-14);
  });

  it('returns the end of the final bracket past the crossing: g there has the sign of g(b)', () => {
    const g = (t: number): number => t * t - 2;
    const t = findRoot(g, 0, 2, -2, 2, 1e-12);
    expect(t).toBeGreaterThanOrEqual(Math.SQRT2);
    expect(t - Math.SQRT2).toBeLessThanOrEqual(1e-12);
    expect(g(t)).toBeGreaterThanOrEqual(0);
  });

  it('converges on a function regula falsi alone handles badly (x^10 − 0.5, strongly convex)', () => {
    let calls = 0;
    const g = (t: number): number => {
      calls++;
      return t ** 10 - 0.5;
    };
    const t = findRoot(g, 0, 1.5, -0.5, 1.5 ** 10 - 0.5, 1e-13);
    expect(Math.abs(t - 0.5 ** 0.1)).toBeLessThan(2e-13);
    expect(calls).toBeLessThan(80);
  });

  it('locates a root of a cubic anywhere in the bracket (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.99, max: 0.99, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (r, k) => {
        const g = (t: number): number => k * (t - r) * (1 + (t - r) * (t - r));
        const t = findRoot(g, -1, 1, g(-1), g(1), 1e-12);
        expect(Math.abs(t - r)).toBeLessThanOrEqual(1.1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('returns b when g(b) = 0, and rejects an interval without a sign change', () => {
    expect(findRoot((t) => t - 1, 0, 1, -1, 0, 1e-12)).toBe(1);
    expect(() => findRoot((t) => t + 1, 0, 1, 1, 2, 1e-12)).toThrow(/g\(b\) of the other sign/);
  });
});
