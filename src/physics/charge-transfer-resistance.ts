import { FARADAY, GAS_CONSTANT, type OhmSquareMeters } from '../units/index.ts';
import type { ButlerVolmerKinetics } from './butler-volmer.ts';
import { requireInRange, requirePositive, requireTemperature } from './validate.ts';

/**
 * Charge-transfer resistance: the inverse small-signal slope of the Butler–Volmer law at η = 0,
 *
 *   R_ct = (dη/di)|_{η=0} = R·T / ((α_a + α_c)·n·F·i0)  →  R·T / (n·F·i0)  when α_a + α_c = 1
 *
 * R_ct [Ω·m²] (1 Ω·m² = 10⁴ Ω·cm²); R [J/(mol·K)]; T [K]; α_a, α_c [1]; n [1] electrons (2 for
 * Mg); F [C/mol]; i0 [A/m²]. Mg, n = 2, 298.15 K, α_a + α_c = 1: 128.5 Ω·cm² at i0 = 1 A/m² and
 * 12.85 Ω·cm² at i0 = 10 A/m² (= 1 mA/cm²).
 * Source: Bard & Faulkner, "Electrochemical Methods", 2nd ed. (2001), §3.4 (linear
 * current–overpotential characteristic, R_ct = RT/(F·i0) for n = 1); models-and-physics.md §3.1.
 */
export function chargeTransferResistance(kinetics: ButlerVolmerKinetics): OhmSquareMeters {
  const i0 = requirePositive('exchangeCurrentDensity', kinetics.exchangeCurrentDensity, 'A/m²');
  const n = requirePositive('electronCount', kinetics.electronCount);
  const t = requireTemperature('temperature', kinetics.temperature);
  const aa = requireInRange('anodicTransferCoefficient', kinetics.anodicTransferCoefficient, 0, 1, { lo: true });
  const ac = requireInRange('cathodicTransferCoefficient', kinetics.cathodicTransferCoefficient, 0, 1, { lo: true });
  return ((GAS_CONSTANT * t) / ((aa + ac) * n * FARADAY * i0)) as OhmSquareMeters;
}
