import { findRoot, jacobianIndex, type OdeProblem } from '../../numerics/index.ts';
import {
  butlerVolmerCurrentDensity,
  butlerVolmerOverpotential,
  electronMigrationLimitedFilmCurrent,
  filmReactionOverpotential,
  nucleationOverpotential,
  reactionLimitedFilmCurrent,
  solventDiffusionLimitedFilmCurrent,
  waterConsumptionFlux,
  type ButlerVolmerKinetics,
} from '../../physics/index.ts';
import { FARADAY, Z_MG, type AmperesPerSquareMeter, type CoulombsPerSquareMeter, type Meters, type MolesPerCubicMeter, type OhmSquareMeters, type SiemensPerMeter, type SquareMetersPerSecond, type Volts } from '../../units/index.ts';
import type { CellConstants, ElectrodeConstants } from './constants.ts';
import { SeparatorDiffusion } from './separator-diffusion.ts';
import { cathodeSurface, insertionFluxFromCurrent } from '../cathode/index.ts';

/**
 * The layer-stack cell, one constant-current step at a time.
 *
 * The interface states form an ODE system y′ = f(t, y) for the stiff integrator. Per electrode
 * (working, then counter): Mg metal n [mol/m²], film thickness L [m], water-passivation thickness
 * L_p [m], charge plated since the last reversal q [C/m²], and — when a double-layer capacitance is
 * given — the interfacial overpotential η [V]; last, the water concentration [mol/m³] when the
 * electrolyte is wet. The salt in the separator (binary electrolyte) is linear within a step and is
 * solved exactly by `SeparatorDiffusion`; the model holds its profile between steps, so a model
 * instance belongs to one run: call `beginStep` before integrating a step and `endStep` after.
 *
 * Sign convention (IUPAC, at the working electrode): current density i > 0 strips the working
 * electrode (anodic) and plates the counter; cell voltage V = φ_working − φ_counter.
 */

/** A small film thickness for growth laws ∝ 1/L on a bare surface: one monolayer (assumed). */
export const MONOLAYER = 1e-10;
/**
 * Metal below this [mol/m²] (1e-8 mol/m² ≈ 1.4e-4 nm of Mg) counts as gone; rates that consume
 * metal switch off smoothly as n/(n + floor). The floor must be resolved by the integrator (the
 * metal's absolute tolerance is 1e-9 mol/m²): at 1e-12 an anode-free cell whose film grows faster
 * than Mg is plated (fresh Cu, D_sol = 1e-18 m²/s) stalled the solver at t ≈ 13 s; at 1e-8 it runs in
 * 0.3 s and slower cases change by < 1e-6.
 */
const METAL_FLOOR = 1e-8;
/** Concentrations are clamped to this fraction of c0 in logarithms and conductivities. */
const CONCENTRATION_FLOOR = 1e-9;

export interface ElectrodeLayout {
  readonly metal: number;
  readonly film: number;
  readonly passivation: number;
  readonly nucleation: number;
  /** Index of η, or −1 without double-layer dynamics. */
  readonly overpotential: number;
}

/** State indices of a cathode: its particle block, and the active fraction and stranded Mg under LAM. */
export interface CathodeLayout {
  readonly offset: number;
  /** Remaining active fraction F ∈ (0, 1] and Mg stranded in lost material [mol/m²]; −1 without LAM. */
  readonly activeFraction: number;
  readonly strandedMg: number;
}

export interface Layout {
  /** The Mg electrodes; the counter's indices are −1 when the counter is a cathode. */
  readonly electrodes: readonly [ElectrodeLayout, ElectrodeLayout];
  readonly cathode: CathodeLayout | undefined;
  /** Finite volumes of the separator with concentration polarisation (0 without). */
  readonly volumes: number;
  /** Index of the water concentration, or −1. */
  readonly water: number;
  readonly n: number;
}

/** The voltage of the cell split into its parts [V]; they sum to `voltage`. */
export interface Breakdown {
  voltage: number;
  /** Ionic and electronic current densities [A/m²]; ionic + electronic = applied. */
  ionicCurrent: number;
  electronicCurrent: number;
  /** Interfacial (kinetic) overpotential contribution of each electrode, signed as in V. */
  kinetic: [number, number];
  /** Nucleation overpotential contribution of each electrode. */
  nucleation: [number, number];
  /** Ohmic drop across each electrode's film (SEI + water passivation). */
  film: [number, number];
  /** Ohmic drop across each solid layer, both sides together, in stack order. */
  layers: number[];
  electrolyteOhmic: number;
  concentration: number;
  /** Salt concentration at each electrode surface [mol/m³] (c0 without a binary electrolyte). */
  surfaceConcentration: [number, number];
  /** Open-circuit potential of the cathode at its surface [V vs Mg] (0 without a cathode). */
  ocv: number;
  /** Cathode surface filling θ = c_s/c_max (0 without a cathode). */
  cathodeFilling: number;
}

export function emptyBreakdown(layers: number): Breakdown {
  return {
    voltage: 0,
    ionicCurrent: 0,
    electronicCurrent: 0,
    kinetic: [0, 0],
    nucleation: [0, 0],
    film: [0, 0],
    layers: new Array<number>(layers).fill(0),
    electrolyteOhmic: 0,
    concentration: 0,
    surfaceConcentration: [0, 0],
    ocv: 0,
    cathodeFilling: 0,
  };
}

/** Mg in each place [mol/m²]. */
export interface MgInventory {
  readonly metal: number;
  readonly film: number;
  readonly passivation: number;
  readonly electrolyte: number;
  /** In the cathode: mobile, trapped, and stranded in lost active material. */
  readonly cathode: number;
  readonly trapped: number;
  readonly stranded: number;
  readonly total: number;
}

export interface CellModel {
  readonly constants: CellConstants;
  readonly layout: Layout;
  readonly problem: OdeProblem;
  /** Names of the solid layers, in the order of `Breakdown.layers`. */
  readonly layerNames: readonly string[];
  /** Interface states at t = 0 (and the separator at rest at c0). */
  initialState(): Float64Array;
  /**
   * Start a step at time t0 with the applied current density [A/m²] (anodic at the working
   * electrode > 0): the separator's modes are projected from the current profile.
   */
  beginStep(t0: number, currentDensity: number): void;
  /** Fix the separator profile at time t (the end of the step, or an event). */
  endStep(t: number): void;
  readonly current: number;
  /** Reset the nucleation charge of one electrode (plating starts again on a stripped surface). */
  resetNucleation(y: Float64Array, electrode: 0 | 1): void;
  /** V and its parts at time t of the current step. */
  evaluate(t: number, y: Float64Array, out: Breakdown): void;
  /** Salt concentration at an electrode's surface [mol/m³] at time t of the current step. */
  surfaceConcentration(t: number, electrode: 0 | 1): number;
  /** Salt concentration profile of the separator [mol/m³] at time t of the current step (empty without polarisation). */
  concentrationProfile(t: number): Float64Array;
  inventory(y: Float64Array): MgInventory;
}

function makeLayout(c: CellConstants): Layout {
  const dl = c.kinetics.doubleLayerCapacitance > 0;
  const block = dl ? 5 : 4;
  const binary = c.electrolyte?.kind === 'binary';
  const volumes = binary ? (c.electrolyte?.grid.n ?? 0) : 0;
  const electrode = (start: number): ElectrodeLayout => ({
    metal: start,
    film: start + 1,
    passivation: start + 2,
    nucleation: start + 3,
    overpotential: dl ? start + 4 : -1,
  });
  const absent: ElectrodeLayout = { metal: -1, film: -1, passivation: -1, nucleation: -1, overpotential: -1 };
  const wet = (c.electrolyte?.water ?? 0) > 0;
  let n = block;
  let cathode: CathodeLayout | undefined;
  if (c.cathode !== undefined) {
    const lam = c.cathode.lossFactor > 0;
    cathode = { offset: n, activeFraction: lam ? n + c.cathode.particle.size : -1, strandedMg: lam ? n + c.cathode.particle.size + 1 : -1 };
    n += c.cathode.particle.size + (lam ? 2 : 0);
  } else n += block;
  const counter = c.cathode === undefined ? electrode(block) : absent;
  if (wet) n += 1;
  return { electrodes: [electrode(0), counter], cathode, volumes, water: wet ? n - 1 : -1, n };
}

/** Build the ODE model of a cell from its constants. */
export function buildCellModel(c: CellConstants): CellModel {
  const layout = makeLayout(c);
  const el = c.electrolyte;
  const k = c.kinetics;
  const f = c.film;
  const w = c.water;
  const zF = Z_MG * FARADAY;
  const c0 = el?.concentration ?? 1;
  const tMinus = el === undefined ? 0 : 1 - el.transferenceNumber;
  const electrolyteResistanceUniform = el === undefined ? 0 : el.grid.length / el.effectiveConductivity;
  const electronicResistance = el !== undefined ? Infinity : c.electrodes[0].electronicResistance + c.electrodes[1].electronicResistance;
  const cat = c.cathode;
  const catLayout = layout.cathode;
  /** The Mg electrodes: both in Mg||Mg and Mg||Cu, the anode only in full and anode-free cells. */
  const mgElectrodes: readonly (0 | 1)[] = cat === undefined ? [0, 1] : [0];
  // Symmetric cells carry the layers on both sides; full cells on the anode side only.
  const layerNames = (cat === undefined ? c.electrodes[1] : c.electrodes[0]).layerResistances.map((l) => l.name);
  const layerResistance = (j: number): number => (c.electrodes[0].layerResistances[j]?.resistance ?? 0) + (cat === undefined ? (c.electrodes[1].layerResistances[j]?.resistance ?? 0) : 0);
  /** Remaining active fraction of the cathode (1 without LAM). */
  const activeFraction = (y: Float64Array): number => (catLayout === undefined || catLayout.activeFraction < 0 ? 1 : Math.max(y[catLayout.activeFraction] ?? 1, 1e-12));
  const separator = el !== undefined && el.kind === 'binary' ? new SeparatorDiffusion(el.grid, el.porosity, el.effectiveDiffusivity) : undefined;
  /** Separator profile at the start of the current step. */
  const profile = new Float64Array(separator?.n ?? 0).fill(c0);
  const scratchProfile = new Float64Array(separator?.n ?? 0);
  let current = 0;
  let stepStart = 0;
  separator?.begin(profile, 0);

  const kinetics: [ButlerVolmerKinetics, ButlerVolmerKinetics] = [0, 1].map(() => ({
    exchangeCurrentDensity: k.exchangeCurrentDensity as AmperesPerSquareMeter,
    electronCount: Z_MG,
    temperature: c.temperature,
    anodicTransferCoefficient: k.alphaAnodic,
    cathodicTransferCoefficient: k.alphaCathodic,
  })) as [ButlerVolmerKinetics, ButlerVolmerKinetics];

  /** Exchange current density at the surface concentration: i0·(c_s/c0)^(1−α_c) (Bard & Faulkner §3.4). */
  const setExchange = (e: 0 | 1, cs: number): ButlerVolmerKinetics => {
    const kin = kinetics[e];
    const i0 = separator === undefined ? k.exchangeCurrentDensity : k.exchangeCurrentDensity * Math.max(cs / c0, CONCENTRATION_FLOOR) ** (1 - k.alphaCathodic);
    (kin as { exchangeCurrentDensity: number }).exchangeCurrentDensity = i0;
    return kin;
  };

  const surfaceConcentration = (t: number, e: 0 | 1): number => (separator === undefined ? c0 : separator.wall(e, t - stepStart));

  let resistanceTau = Number.NaN;
  let resistanceValue = 0;
  const electrolyteResistance = (t: number): number => {
    if (el === undefined) return 0;
    if (separator === undefined) return electrolyteResistanceUniform;
    // Events and samples ask for the same instant several times: keep the last one (O(N²) each).
    const tau = t - stepStart;
    if (tau === resistanceTau) return resistanceValue;
    const cs = separator.profile(tau, scratchProfile);
    let r = 0;
    const g = el.grid;
    for (let j = 0; j < g.n; j++) r += (g.widths[j] ?? 0) / (el.effectiveConductivity * Math.max((cs[j] ?? 0) / c0, CONCENTRATION_FLOOR));
    resistanceTau = tau;
    resistanceValue = r;
    return r;
  };

  const filmResistance = (y: Float64Array, e: 0 | 1): number => {
    const lay = layout.electrodes[e];
    return (y[lay.film] ?? 0) / f.conductivity + (y[lay.passivation] ?? 0) / w.productConductivity;
  };

  /** Interfacial overpotential η of electrode e carrying i_e (anodic) — from the state or quasi-static. */
  const overpotential = (y: Float64Array, e: 0 | 1, ie: number, cs: number): number => {
    const lay = layout.electrodes[e];
    if (lay.overpotential >= 0) return y[lay.overpotential] ?? 0;
    return butlerVolmerOverpotential(ie as AmperesPerSquareMeter, setExchange(e, cs));
  };

  const nucleation = (y: Float64Array, e: 0 | 1, ie: number): number => {
    if (k.nucleationOverpotential <= 0 || ie >= 0) return 0;
    const q = y[layout.electrodes[e].nucleation] ?? 0;
    return nucleationOverpotential({
      initialOverpotential: k.nucleationOverpotential as Volts,
      decayCharge: k.nucleationCharge as CoulombsPerSquareMeter,
      platedCharge: Math.max(q, 0) as CoulombsPerSquareMeter,
    });
  };

  const scratch = emptyBreakdown(layerNames.length);

  /** V and its parts for a given ionic current (the applied one unless electrons leak). */
  const voltageAt = (t: number, y: Float64Array, ionic: number, out: Breakdown): number => {
    out.ionicCurrent = ionic;
    let v = 0;
    for (const e of mgElectrodes) {
      const sign = e === 0 ? 1 : -1;
      const ie = sign * ionic;
      const cs = surfaceConcentration(t, e);
      out.surfaceConcentration[e] = cs;
      const eta = overpotential(y, e, ie, cs);
      const nuc = nucleation(y, e, ie);
      out.kinetic[e] = sign * eta;
      out.nucleation[e] = -sign * nuc;
      out.film[e] = ionic * filmResistance(y, e);
      v += out.kinetic[e] + out.nucleation[e] + out.film[e];
    }
    for (let j = 0; j < layerNames.length; j++) {
      const drop = ionic * layerResistance(j);
      out.layers[j] = drop;
      v += drop;
    }
    out.electrolyteOhmic = ionic * electrolyteResistance(t);
    v += out.electrolyteOhmic;
    if (el !== undefined && separator !== undefined) {
      const [cw, cc] = out.surfaceConcentration;
      out.concentration = el.diffusionPotentialCoefficient * Math.log(Math.max(cw, CONCENTRATION_FLOOR * c0) / Math.max(cc, CONCENTRATION_FLOOR * c0));
    } else out.concentration = 0;
    v += out.concentration;
    if (cat !== undefined && catLayout !== undefined) {
      // Full cell: V = φ_cathode − φ_anode = −(the Mg||Mg-style sum above) + (U + η) of the cathode.
      out.surfaceConcentration[1] = surfaceConcentration(t, 1);
      const s = cathodeSurface(cat.particle, cat.ocv, cat.kinetics, y, catLayout.offset, -ionic / (cat.surfacePerArea * activeFraction(y)), out.surfaceConcentration[1], c.temperature);
      out.kinetic[0] = -out.kinetic[0];
      out.nucleation[0] = -out.nucleation[0];
      out.film[0] = -out.film[0];
      for (let j = 0; j < out.layers.length; j++) out.layers[j] = -(out.layers[j] ?? 0);
      out.electrolyteOhmic = -out.electrolyteOhmic;
      out.concentration = -out.concentration;
      out.kinetic[1] = s.overpotential;
      out.nucleation[1] = 0;
      out.film[1] = 0;
      out.ocv = s.ocv;
      out.cathodeFilling = s.fraction;
      v = s.potential - v;
    }
    out.voltage = v;
    return v;
  };

  /** Split the applied current between ions and leaking electrons: i = i_ion + V(i_ion)/R_e. */
  const ionicCurrent = (t: number, y: Float64Array): number => {
    if (!Number.isFinite(electronicResistance) || current === 0) return current;
    const g = (x: number): number => x + voltageAt(t, y, x, scratch) / electronicResistance - current;
    const lo = Math.min(0, current);
    const hi = Math.max(0, current);
    return findRoot(g, lo, hi, g(lo), g(hi), Math.abs(current) * 1e-13 + 1e-300);
  };

  const evaluate = (t: number, y: Float64Array, out: Breakdown): void => {
    const ionic = ionicCurrent(t, y);
    voltageAt(t, y, ionic, out);
    out.electronicCurrent = current - ionic;
  };

  /**
   * Film-forming current density (≤ 0). dphi is the metal's potential vs a Mg reference outside the
   * film (η + i·R_film); the reaction-limited law uses it minus the film's own drop, as PyBaMM does.
   */
  const filmCurrent = (y: Float64Array, lay: ElectrodeLayout, e: ElectrodeConstants, dphi: number, ie: number, rFilm: number): number => {
    const thickness = (Math.max(y[lay.film] ?? 0, 0) + MONOLAYER) as Meters;
    switch (f.growth) {
      case 'none':
        return 0;
      case 'solvent-diffusion-limited':
        return solventDiffusionLimitedFilmCurrent({
          solventDiffusivity: f.solventDiffusivity as SquareMetersPerSecond,
          solventConcentration: ((el?.solventConcentration ?? 0) * e.solventTransmission) as MolesPerCubicMeter,
          electronsPerSolventMolecule: f.electronsPerFormulaUnit,
          thickness,
        });
      case 'reaction-limited':
        return reactionLimitedFilmCurrent({
          exchangeCurrentDensity: (f.reactionExchangeCurrentDensity * e.solventTransmission) as AmperesPerSquareMeter,
          transferCoefficient: f.reactionAlpha,
          electronCount: 1,
          temperature: c.temperature,
          overpotential: filmReactionOverpotential({
            surfacePotentialDifference: dphi as Volts,
            filmOpenCircuitPotential: f.filmPotential as Volts,
            interfacialCurrentDensity: ie as AmperesPerSquareMeter,
            filmResistance: rFilm as OhmSquareMeters,
          }),
        });
      case 'electron-migration-limited':
        return electronMigrationLimitedFilmCurrent({
          electronicConductivity: f.electronicConductivity as SiemensPerMeter,
          surfacePotentialDifference: dphi as Volts,
          filmOpenCircuitPotential: f.filmPotential as Volts,
          thickness,
        });
    }
  };

  /**
   * The rates of one Mg electrode's states written into dydt; returns the water it consumes
   * [mol/(m²·s)]. Depends only on this electrode's block, the water and t (salt at the surface).
   */
  const mgElectrodeRates = (t: number, y: Float64Array, e: 0 | 1, ionic: number, water: number, dydt: Float64Array): number => {
    const lay = layout.electrodes[e];
    const ec = c.electrodes[e];
    const ie = e === 0 ? ionic : -ionic;
    const cs = surfaceConcentration(t, e);
    const metal = y[lay.metal] ?? 0;
    const available = metal > 0 ? metal / (metal + METAL_FLOOR) : 0;
    let eta: number;
    if (lay.overpotential >= 0) {
      eta = y[lay.overpotential] ?? 0;
      const faradaic = butlerVolmerCurrentDensity(eta as Volts, setExchange(e, cs));
      dydt[lay.overpotential] = (ie - faradaic) / k.doubleLayerCapacitance;
    } else eta = butlerVolmerOverpotential(ie as AmperesPerSquareMeter, setExchange(e, cs));
    // Potential of the metal vs a Mg reference at the film's outer surface.
    const rFilm = filmResistance(y, e);
    const dphi = eta + ie * rFilm;
    const filmRate = (Math.abs(filmCurrent(y, lay, ec, dphi, ie, rFilm)) / (f.electronsPerFormulaUnit * FARADAY)) * available;
    const waterFlux =
      water > 0
        ? waterConsumptionFlux({ waterConcentration: (water * ec.waterTransmission) as MolesPerCubicMeter, surfaceRateConstant: w.rateConstant }) * available
        : 0;
    const productRate = waterFlux / w.waterPerFormulaUnit;
    dydt[lay.metal] = -ie / zF - f.mgPerFormulaUnit * filmRate - productRate;
    dydt[lay.film] = filmRate * f.molarVolume;
    dydt[lay.passivation] = productRate * w.productMolarVolume;
    dydt[lay.nucleation] = ie < 0 ? -ie : 0;
    return waterFlux;
  };

  const rhs = (t: number, y: Float64Array, dydt: Float64Array): void => {
    const ionic = ionicCurrent(t, y);
    const water = layout.water >= 0 ? Math.max(y[layout.water] ?? 0, 0) : 0;
    let waterUse = 0;
    for (const e of mgElectrodes) waterUse += mgElectrodeRates(t, y, e, ionic, water, dydt);
    if (layout.water >= 0 && el !== undefined) dydt[layout.water] = -waterUse / el.volumePerArea;
    if (cat !== undefined && catLayout !== undefined) {
      const fraction = activeFraction(y);
      // Insertion flux at the particle surface: the Mg²⁺ leaving the anode, spread over the particles.
      const flux = insertionFluxFromCurrent(-ionic / (cat.surfacePerArea * fraction));
      cat.particle.writeDerivatives(y, catLayout.offset, dydt, flux, c.temperature);
      if (catLayout.activeFraction >= 0) {
        // LAM (PyBaMM reaction-driven): dF/dt = −3β·F·|j|/R; the Mg of the lost particles is stranded.
        const dF = (-3 * cat.lossFactor * fraction * Math.abs(flux)) / cat.radius;
        dydt[catLayout.activeFraction] = dF;
        dydt[catLayout.strandedMg] = -dF * cat.particlesPerArea * cat.particle.inventory(y, catLayout.offset).total;
      }
    }
  };

  // The electrode blocks do not couple to each other except through water, LAM bookkeeping and
  // electronic leakage: without those the Jacobian is banded (block size, particle bandwidth).
  const block = layout.electrodes[0].overpotential >= 0 ? 5 : 4;
  const banded = layout.water < 0 && !Number.isFinite(electronicResistance) && (catLayout === undefined || catLayout.activeFraction < 0) && layout.n > 12;
  const half = Math.max(block - 1, cat?.particle.bandwidth.lower ?? 0, cat?.particle.bandwidth.upper ?? 0);
  const bandwidth = banded ? { lower: half, upper: half } : undefined;

  /**
   * Block Jacobian for full cells (banded case): the particle block analytically
   * (`SphericalParticle.writeJacobian`), each Mg electrode block by forward differences of its own
   * rates only — instead of differencing the whole right-hand side column group by column group.
   */
  const blockSize = layout.electrodes[0].overpotential >= 0 ? 5 : 4;
  const base = new Float64Array(layout.n);
  const bumped = new Float64Array(layout.n);
  const TYPICAL = [1, 1e-9, 1e-9, 1, 1e-3];
  const jacobian =
    bandwidth === undefined || cat === undefined || catLayout === undefined
      ? undefined
      : (t: number, y: Float64Array, J: Float64Array): void => {
          const index = (i: number, j: number): number => jacobianIndex(layout.n, bandwidth, i, j);
          const ionic = ionicCurrent(t, y);
          for (const e of mgElectrodes) {
            const first = layout.electrodes[e].metal;
            mgElectrodeRates(t, y, e, ionic, 0, base);
            for (let col = 0; col < blockSize; col++) {
              const jcol = first + col;
              const keep = y[jcol] ?? 0;
              const h = Math.sqrt(Number.EPSILON) * Math.max(Math.abs(keep), TYPICAL[col] ?? 1);
              y[jcol] = keep + h;
              mgElectrodeRates(t, y, e, ionic, 0, bumped);
              y[jcol] = keep;
              for (let row = 0; row < blockSize; row++) J[index(first + row, jcol)] = ((bumped[first + row] ?? 0) - (base[first + row] ?? 0)) / h;
            }
          }
          cat.particle.writeJacobian(y, catLayout.offset, c.temperature, J, index);
        };

  return {
    constants: c,
    layout,
    layerNames,
    problem: { n: layout.n, rhs, ...(bandwidth !== undefined ? { bandwidth } : {}), ...(jacobian !== undefined ? { jacobian } : {}) },
    get current() {
      return current;
    },
    beginStep(t0: number, currentDensity: number) {
      current = currentDensity;
      stepStart = t0;
      resistanceTau = Number.NaN;
      separator?.begin(profile, (tMinus * currentDensity) / zF);
    },
    endStep(t: number) {
      if (separator === undefined) return;
      separator.profile(t - stepStart, profile);
      separator.begin(profile, (tMinus * current) / zF);
      stepStart = t;
      resistanceTau = Number.NaN;
    },
    initialState() {
      const y = new Float64Array(layout.n);
      if (cat !== undefined && catLayout !== undefined) {
        cat.particle.writeInitialState(y, catLayout.offset, { mobile: cat.initialFill });
        if (catLayout.activeFraction >= 0) y[catLayout.activeFraction] = 1;
      }
      for (const e of mgElectrodes) {
        const lay = layout.electrodes[e];
        y[lay.metal] = c.electrodes[e].initialMetal;
        y[lay.film] = c.electrodes[e].initialFilm;
      }
      if (layout.water >= 0) y[layout.water] = el?.water ?? 0;
      profile.fill(c0);
      current = 0;
      stepStart = 0;
      separator?.begin(profile, 0);
      return y;
    },
    resetNucleation(y: Float64Array, electrode: 0 | 1) {
      y[layout.electrodes[electrode].nucleation] = 0;
    },
    evaluate,
    surfaceConcentration,
    concentrationProfile(t: number) {
      return separator === undefined ? new Float64Array(0) : separator.profile(t - stepStart, new Float64Array(separator.n));
    },
    inventory(y: Float64Array): MgInventory {
      let metal = 0;
      let film = 0;
      let passivation = 0;
      for (const e of mgElectrodes) {
        const lay = layout.electrodes[e];
        metal += y[lay.metal] ?? 0;
        film += ((y[lay.film] ?? 0) / f.molarVolume) * f.mgPerFormulaUnit;
        passivation += (y[lay.passivation] ?? 0) / w.productMolarVolume;
      }
      const electrolyte = el === undefined ? 0 : separator !== undefined ? separator.inventory() : el.porosity * el.grid.length * c0;
      let cathode = 0;
      let trapped = 0;
      let stranded = 0;
      if (cat !== undefined && catLayout !== undefined) {
        const inv = cat.particle.inventory(y, catLayout.offset);
        const perArea = cat.particlesPerArea * activeFraction(y);
        cathode = inv.total * perArea;
        trapped = inv.trapped * perArea;
        stranded = catLayout.strandedMg >= 0 ? (y[catLayout.strandedMg] ?? 0) : 0;
      }
      return { metal, film, passivation, electrolyte, cathode, trapped, stranded, total: metal + film + passivation + electrolyte + cathode + stranded };
    },
  };
}
