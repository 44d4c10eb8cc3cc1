import { FARADAY, GAS_CONSTANT, InputError, type AmperesPerSquareMeter, type Kelvin, type Volts } from '../units/index.ts';
import { solveIncreasing } from './monotone-root.ts';
import { requireFinite, requireInRange, requirePositive, requireTemperature } from './validate.ts';

/** Kinetic parameters of a Butler–Volmer interface (Mg²⁺ + 2e⁻ ⇌ Mg: electronCount = 2). */
export interface ButlerVolmerKinetics {
  /** Exchange current density i0 [A/m²], > 0. */
  readonly exchangeCurrentDensity: AmperesPerSquareMeter;
  /** Electrons transferred per reaction n [1], > 0 (2 for Mg²⁺/Mg). */
  readonly electronCount: number;
  readonly temperature: Kelvin;
  /** Anodic transfer coefficient α_a [1], in (0, 1]. */
  readonly anodicTransferCoefficient: number;
  /** Cathodic transfer coefficient α_c [1], in (0, 1]. */
  readonly cathodicTransferCoefficient: number;
}

interface Checked {
  readonly i0: number;
  readonly nf: number;
  readonly aa: number;
  readonly ac: number;
}

function check(k: ButlerVolmerKinetics): Checked {
  const i0 = requirePositive('exchangeCurrentDensity', k.exchangeCurrentDensity, 'A/m²');
  const n = requirePositive('electronCount', k.electronCount);
  const t = requireTemperature('temperature', k.temperature);
  const aa = requireInRange('anodicTransferCoefficient', k.anodicTransferCoefficient, 0, 1, { lo: true });
  const ac = requireInRange('cathodicTransferCoefficient', k.cathodicTransferCoefficient, 0, 1, { lo: true });
  return { i0, nf: (n * FARADAY) / (GAS_CONSTANT * t), aa, ac };
}

/**
 * Butler–Volmer current density of an electrode reaction with n electrons and asymmetric transfer
 * coefficients:
 *
 *   i = i0 · [ exp(α_a·n·f·η) − exp(−α_c·n·f·η) ],   f = F/(R·T)
 *
 * i [A/m²], anodic (stripping, M → M^{n+} + n e⁻) positive; i0 [A/m²] exchange current density;
 * α_a, α_c [1] transfer coefficients; n [1] electrons (2 for Mg); F [C/mol]; R [J/(mol·K)]; T [K];
 * η [V] overpotential φ_s − φ_e − E_eq (minus any film drop, which the caller subtracts).
 * Overflows to ±∞ beyond |α·n·f·η| ≈ 709.
 * Source: A. J. Bard & L. R. Faulkner, "Electrochemical Methods", 2nd ed., Wiley (2001), §3.4
 * (current–overpotential equation without mass-transfer effects; there n = 1, α_a = 1 − α and
 * cathodic current positive); the n-electron form with separate α_a, α_c: Newman &
 * Thomas-Alyea, "Electrochemical Systems", 3rd ed. (2004), ch. 8; Mg (n = 2): models-and-physics.md
 * §3.1; PyBaMM's metal-electrode kinetics j0·[exp(ne·α·f·η) − exp(−ne·(1−α)·f·η)].
 */
export function butlerVolmerCurrentDensity(overpotential: Volts, kinetics: ButlerVolmerKinetics): AmperesPerSquareMeter {
  const { i0, nf, aa, ac } = check(kinetics);
  const eta = requireFinite('overpotential', overpotential, 'V');
  // expm1 keeps full relative precision near η = 0 (exp(a) − exp(−b) would cancel).
  return (i0 * (Math.expm1(aa * nf * eta) - Math.expm1(-ac * nf * eta))) as AmperesPerSquareMeter;
}

/**
 * Overpotential that drives a given current density: the inverse of `butlerVolmerCurrentDensity`.
 *
 *   α_a = α_c = α:  η = asinh( i / (2·i0) ) / (α·n·f)             (closed form)
 *   otherwise:      solve i0·[exp(α_a·n·f·η) − exp(−α_c·n·f·η)] = i for η
 *
 * η [V]; i [A/m²] (anodic positive); other symbols as `butlerVolmerCurrentDensity`. The asymmetric
 * case is solved with a safeguarded Newton iteration on the bracket
 * 0 ≤ n·f·η ≤ ln(1 + i/i0)/α_a for i > 0 (and the mirror bracket for i < 0), on which the
 * left-hand side is strictly increasing; the result is exact to a few ulp.
 * Source: as `butlerVolmerCurrentDensity`; the sinh form: Bard & Faulkner (2001), §3.4.
 */
export function butlerVolmerOverpotential(currentDensity: AmperesPerSquareMeter, kinetics: ButlerVolmerKinetics): Volts {
  const { i0, nf, aa, ac } = check(kinetics);
  const i = requireFinite('currentDensity', currentDensity, 'A/m²');
  const y = i / i0;
  if (!Number.isFinite(y)) {
    throw new InputError(`currentDensity / exchangeCurrentDensity must be a finite ratio; got ${i} / ${i0}`);
  }
  if (y === 0) return 0 as Volts;
  if (aa === ac) return (Math.asinh(y / 2) / (aa * nf)) as Volts;
  // x = n·f·η; g(x) = exp(α_a·x) − exp(−α_c·x) − y is strictly increasing.
  const g = (x: number) => Math.expm1(aa * x) - Math.expm1(-ac * x) - y;
  const dg = (x: number) => aa * Math.exp(aa * x) + ac * Math.exp(-ac * x);
  const x = y > 0 ? solveIncreasing(g, dg, 0, Math.log1p(y) / aa) : solveIncreasing(g, dg, -Math.log1p(-y) / ac, 0);
  return (x / nf) as Volts;
}
