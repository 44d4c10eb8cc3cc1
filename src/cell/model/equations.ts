import type { EquationCitation } from '../results.ts';
import type { CellConstants } from './constants.ts';

/**
 * The equations a run of this model uses, with their sources — returned with every result (the
 * pattern of PyBaMM's citations, without a global registry). Details are in the doc comments of
 * the src/physics functions named here.
 */
export function equationsUsed(c: CellConstants): EquationCitation[] {
  const out: EquationCitation[] = [
    {
      equation: 'Butler–Volmer kinetics, Mg²⁺ + 2e⁻ ⇌ Mg (n = 2, α_a, α_c), i0 ∝ (c_s/c0)^(1−α_c) (physics/butler-volmer.ts)',
      source: 'A. J. Bard & L. R. Faulkner, Electrochemical Methods, 2nd ed. (2001) §3.4; J. Newman & K. Thomas-Alyea, Electrochemical Systems, 3rd ed. (2004) ch. 8',
    },
    { equation: 'Ohmic drop of each layer R = L/σ(T); Arrhenius or VTF σ(T) (physics/arrhenius.ts, vtf.ts)', source: 'S. Arrhenius (1889); Vogel (1921), Fulcher (1925), Tammann & Hesse (1926)' },
  ];
  const el = c.electrolyte;
  if (el !== undefined) {
    out.push({
      equation: 'Separator: σ_eff = σ·ε/τ, D_eff = D·ε/τ (physics/effective-conductivity.ts)',
      source: 'MacMullin & Muccini, AIChE J. 2, 393 (1956)',
    });
    if (el.kind === 'binary') {
      out.push(
        {
          equation: 'Binary Mg(A)2 electrolyte by finite volumes: ε∂c/∂t = ∂/∂x(D_eff ∂c/∂x), wall flux (1 − t+)·i/(2F); κ ∝ c (dilute)',
          source: 'J. Newman & K. Thomas-Alyea (2004) ch. 11–12; graded mesh as PyBaMM Exponential1DSubMesh',
        },
        {
          equation: 'Concentration overpotential 3RT/(2F)·(1 − t+)·ln(c_working/c_counter) (physics/concentration-overpotential.ts)',
          source: 'J. Newman & K. Thomas-Alyea (2004) ch. 12; models-and-physics.md §3.1',
        },
        { equation: "Sand's time t_S = πD(z+c0F)²/(4(J·t−)²) (physics/sand-time.ts), as the depletion event", source: 'H. J. S. Sand, Philos. Mag. 1, 45 (1901); P. Bai et al., Energy Environ. Sci. 9, 3221 (2016)' },
      );
    }
  }
  switch (c.film.growth) {
    case 'solvent-diffusion-limited':
      out.push({ equation: 'Film growth, solvent-diffusion limited: j = −n·F·D_sol·c_sol·T_sieve/L', source: 'S. G. Marquis, DPhil thesis, Oxford (2020) eq. 5.91; PyBaMM sei_growth.py' });
      break;
    case 'reaction-limited':
      out.push({ equation: 'Film growth, reaction limited: j = −j0·exp(−α·f·(Δφ − U_film))', source: 'S. G. Marquis (2020) eq. 5.92; PyBaMM sei_growth.py' });
      break;
    case 'electron-migration-limited':
      out.push({ equation: 'Film growth, electron-migration limited: j = κ_e·(Δφ − U_film)/L for Δφ < U_film', source: 'S. G. Marquis (2020) eq. 5.94; PyBaMM sei_growth.py' });
      break;
    case 'none':
      break;
  }
  if (c.film.growth !== 'none') {
    out.push({ equation: 'Film thickness and Mg consumed: dL/dt = |j|·V̄/(z_e·F), ṅ_Mg = ν_Mg·|j|/(z_e·F) (physics/film-growth-rate.ts)', source: 'PyBaMM base_sei.py (issue #2065, PR #2222), with F → z_e·F for Mg' });
  }
  if (c.electrodes.some((e) => e.solventTransmission < 1 || e.waterTransmission < 1)) {
    out.push({
      equation: 'MOF sieving: T = 1/(1 + exp[(d − (PLD + δ_flex))/w]) on the solvent flux (physics/molecular-sieving.ts)',
      source: 'assumed logistic; ZIF-8 flexibility: C. Zhang et al., J. Phys. Chem. Lett. 3, 2130 (2012); molecule sizes: molecules.md',
    });
  }
  if ((el?.water ?? 0) > 0) {
    out.push({ equation: 'Water passivation: N_w = k_s·c_w (first order), Mg + 2H2O → Mg(OH)2 + H2 (physics/water-passivation.ts)', source: 'assumed rate law (Deal & Grove, J. Appl. Phys. 36, 3770 (1965), surface-limited form); products: Nat. Commun. 15, 9364 (2024)' });
  }
  if (c.kinetics.nucleationOverpotential > 0) {
    out.push({ equation: 'Nucleation overpotential η_nuc0·exp(−q/q_nuc) after each reversal (physics/nucleation-overpotential.ts)', source: 'assumed form; see physics/nucleation-overpotential.ts' });
  }
  if (c.kinetics.doubleLayerCapacitance > 0) {
    out.push({ equation: 'Double-layer charging C_dl·dη/dt = i − i_F(η) (physics/double-layer.ts)', source: 'PyBaMM "differential" surface form; Bard & Faulkner (2001) §1.2' });
  }
  if (c.electrolyte === undefined && c.electrodes.every((e) => Number.isFinite(e.electronicResistance))) {
    out.push({ equation: 'Electronic leakage i_e = V/ΣR_e through electron-conducting layers (physics/electronic-leakage.ts)', source: 'assumed uniform ohmic electron transport' });
  }
  return out;
}
