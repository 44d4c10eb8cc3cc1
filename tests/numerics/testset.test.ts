import { describe, expect, it } from 'vitest';
import { createRosenbrock } from '../../src/numerics/index.ts';
import { HIRES_REF, hires, maxRelativeError, scaledError, VDPOL_REF, vanDerPol } from './problems.ts';

// Reference solutions: F. Mazzia & C. Magherini, Test Set for IVP Solvers, release 2.4 (Univ. of
// Bari, 2008), subroutine `solut` of vdpol.f and hires.f — see problems.ts for the provenance.

describe('Bari/CWI IVP test set: Van der Pol (μ = 1000, ε = 1e-6) and HIRES', () => {
  it('VDPOL: RODAS4 at rtol = atol = 1e-8 is within 10× the tolerance of the reference at t = 2', () => {
    const solver = createRosenbrock(vanDerPol, { rtol: 1e-8, atol: 1e-8, autonomous: true });
    const r = solver.integrate(0, VDPOL_REF.y0, VDPOL_REF.tEnd);
    // Measured: 2e-10 absolute on y1 ≈ 1.7, y2 ≈ −0.89 (scaled error 0.01).
    expect(scaledError(r.y, VDPOL_REF.y, 1e-8, 1e-8)).toBeLessThan(10);
    expect(r.stats.rejected).toBeLessThan(50);
  });

  it('VDPOL: the error falls with the tolerance (rtol = atol = 1e-5, 1e-7)', () => {
    const errs = [1e-5, 1e-7].map((tol) => {
      const r = createRosenbrock(vanDerPol, { rtol: tol, atol: tol, autonomous: true }).integrate(0, VDPOL_REF.y0, VDPOL_REF.tEnd);
      return Math.max(...r.y.map((v, i) => Math.abs(v - VDPOL_REF.y[i]!)));
    });
    expect(errs[1]!).toBeLessThan(errs[0]! / 10);
    expect(errs[0]!).toBeLessThan(1e-4);
  });

  it('HIRES: RODAS4 (finite-difference Jacobian, ∂f/∂t by differences) at rtol 1e-8, atol 1e-10 matches to 1e-7 relative', () => {
    // autonomous left false on purpose: the ∂f/∂t path must not spoil an autonomous problem.
    const r = createRosenbrock(hires, { rtol: 1e-8, atol: 1e-10 }).integrate(0, HIRES_REF.y0, HIRES_REF.tEnd);
    // Measured: 1.4e-8 relative (all eight components are ≥ 5.9e-5, well above atol).
    expect(maxRelativeError(r.y, HIRES_REF.y)).toBeLessThan(1e-7);
  });

  it('HIRES: RODAS3 at rtol 1e-8 matches to 1e-6 relative', () => {
    const r = createRosenbrock(hires, { rtol: 1e-8, atol: 1e-10, method: 'rodas3', autonomous: true }).integrate(0, HIRES_REF.y0, HIRES_REF.tEnd);
    expect(maxRelativeError(r.y, HIRES_REF.y)).toBeLessThan(1e-6);
  });
});
