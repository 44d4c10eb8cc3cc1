import { findRoot, type OdeProblem } from '../../numerics/index.ts';
import {
  butlerVolmerCurrentDensity,
  butlerVolmerOverpotential,
  electronMigrationLimitedFilmCurrent,
  nucleationOverpotential,
  reactionLimitedFilmCurrent,
  solventDiffusionLimitedFilmCurrent,
  waterConsumptionFlux,
  type ButlerVolmerKinetics,
} from '../../physics/index.ts';
import { FARADAY, Z_MG, type AmperesPerSquareMeter, type CoulombsPerSquareMeter, type Meters, type MolesPerCubicMeter, type SiemensPerMeter, type SquareMetersPerSecond, type Volts } from '../../units/index.ts';
import type { CellConstants, ElectrodeConstants } from './constants.ts';

/**
 * The layer-stack cell as an ODE system M·y′ = f(t, y) at a constant applied current density.
 *
 * State, per electrode (working, then counter): Mg metal n [mol/m²], film thickness L [m],
 * water-passivation thickness L_p [m], charge plated since the last reversal q [C/m²], and — when a
 * double-layer capacitance is given — the interfacial overpotential η [V]. Between the two
 * electrode blocks: the salt concentration in each finite volume of the separator [mol/m³]
 * (binary electrolyte only); last, the water concentration [mol/m³] when the electrolyte is wet.
 * The order keeps the Jacobian banded when there is no water and no electronic leakage.
 *
 * Sign convention (IUPAC, at the working electrode): current density i > 0 strips the working
 * electrode (anodic) and plates the counter; cell voltage V = φ_working − φ_counter.
 */

/** A small film thickness for growth laws ∝ 1/L on a bare surface: one monolayer (assumed). */
export const MONOLAYER = 1e-10;
/** Metal below this [mol/m²] (≈ 1e-5 nm of Mg) counts as gone; rates that consume metal switch off smoothly. */
const METAL_FLOOR = 1e-12;
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

export interface Layout {
  readonly electrodes: readonly [ElectrodeLayout, ElectrodeLayout];
  /** First finite-volume concentration, or −1. */
  readonly concentration: number;
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
  };
}

/** Mg in each place [mol/m²]. */
export interface MgInventory {
  readonly metal: number;
  readonly film: number;
  readonly passivation: number;
  readonly electrolyte: number;
  readonly total: number;
}

export interface CellModel {
  readonly constants: CellConstants;
  readonly layout: Layout;
  readonly problem: OdeProblem;
  /** Names of the solid layers, in the order of `Breakdown.layers`. */
  readonly layerNames: readonly string[];
  initialState(): Float64Array;
  /** Set the applied current density [A/m²] (anodic at the working electrode > 0) for the next integration. */
  setCurrent(currentDensity: number): void;
  readonly current: number;
  /** Reset the nucleation charge of one electrode (plating starts again on a stripped surface). */
  resetNucleation(y: Float64Array, electrode: 0 | 1): void;
  evaluate(y: Float64Array, out: Breakdown): void;
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
  const wet = (c.electrolyte?.water ?? 0) > 0;
  const n = 2 * block + volumes + (wet ? 1 : 0);
  return {
    electrodes: [electrode(0), electrode(block + volumes)],
    concentration: binary ? block : -1,
    volumes,
    water: wet ? n - 1 : -1,
    n,
  };
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
  const layerNames = c.electrodes[1].layerResistances.map((l) => l.name);
  let current = 0;

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
    const i0 = el === undefined ? k.exchangeCurrentDensity : k.exchangeCurrentDensity * Math.max(cs / c0, CONCENTRATION_FLOOR) ** (1 - k.alphaCathodic);
    (kin as { exchangeCurrentDensity: number }).exchangeCurrentDensity = i0;
    return kin;
  };

  const surfaceConcentration = (y: Float64Array, e: 0 | 1, ionic: number): number => {
    if (el === undefined) return c0;
    if (layout.concentration < 0) return c0;
    const g = el.grid;
    // Salt flux into the separator at this electrode: (1 − t+)·i_e/(zF), i_e anodic at e.
    const ie = e === 0 ? ionic : -ionic;
    const flux = (tMinus * ie) / zF;
    const cell = e === 0 ? layout.concentration : layout.concentration + g.n - 1;
    const h = g.widths[e === 0 ? 0 : g.n - 1] ?? 0;
    return (y[cell] ?? 0) + (flux * h) / (2 * el.effectiveDiffusivity);
  };

  const electrolyteResistance = (y: Float64Array): number => {
    if (el === undefined) return 0;
    if (layout.concentration < 0) return electrolyteResistanceUniform;
    let r = 0;
    const g = el.grid;
    for (let j = 0; j < g.n; j++) {
      const cj = Math.max((y[layout.concentration + j] ?? 0) / c0, CONCENTRATION_FLOOR);
      r += (g.widths[j] ?? 0) / (el.effectiveConductivity * cj);
    }
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
  const voltageAt = (y: Float64Array, ionic: number, out: Breakdown): number => {
    out.ionicCurrent = ionic;
    let v = 0;
    for (const e of [0, 1] as const) {
      const sign = e === 0 ? 1 : -1;
      const ie = sign * ionic;
      const cs = surfaceConcentration(y, e, ionic);
      out.surfaceConcentration[e] = cs;
      const eta = overpotential(y, e, ie, cs);
      const nuc = nucleation(y, e, ie);
      out.kinetic[e] = sign * eta;
      out.nucleation[e] = -sign * nuc;
      out.film[e] = ionic * filmResistance(y, e);
      v += out.kinetic[e] + out.nucleation[e] + out.film[e];
    }
    for (let j = 0; j < layerNames.length; j++) {
      const r = (c.electrodes[0].layerResistances[j]?.resistance ?? 0) + (c.electrodes[1].layerResistances[j]?.resistance ?? 0);
      const drop = ionic * r;
      out.layers[j] = drop;
      v += drop;
    }
    out.electrolyteOhmic = ionic * electrolyteResistance(y);
    v += out.electrolyteOhmic;
    if (el !== undefined && layout.concentration >= 0) {
      const [cw, cc] = out.surfaceConcentration;
      out.concentration = el.diffusionPotentialCoefficient * Math.log(Math.max(cw, CONCENTRATION_FLOOR * c0) / Math.max(cc, CONCENTRATION_FLOOR * c0));
    } else out.concentration = 0;
    v += out.concentration;
    out.voltage = v;
    return v;
  };

  /** Split the applied current between ions and leaking electrons: i = i_ion + V(i_ion)/R_e. */
  const ionicCurrent = (y: Float64Array): number => {
    if (!Number.isFinite(electronicResistance) || current === 0) return current;
    const g = (x: number): number => x + voltageAt(y, x, scratch) / electronicResistance - current;
    const lo = Math.min(0, current);
    const hi = Math.max(0, current);
    return findRoot(g, lo, hi, g(lo), g(hi), Math.abs(current) * 1e-13 + 1e-300);
  };

  const evaluate = (y: Float64Array, out: Breakdown): void => {
    const ionic = ionicCurrent(y);
    voltageAt(y, ionic, out);
    out.electronicCurrent = current - ionic;
  };

  const filmCurrent = (y: Float64Array, lay: ElectrodeLayout, e: ElectrodeConstants, dphi: number): number => {
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
          overpotential: (dphi - f.filmPotential) as Volts,
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

  const rhs = (_t: number, y: Float64Array, dydt: Float64Array): void => {
    dydt.fill(0);
    const ionic = ionicCurrent(y);
    const water = layout.water >= 0 ? Math.max(y[layout.water] ?? 0, 0) : 0;
    for (const e of [0, 1] as const) {
      const lay = layout.electrodes[e];
      const ec = c.electrodes[e];
      const ie = e === 0 ? ionic : -ionic;
      const cs = surfaceConcentration(y, e, ionic);
      const metal = y[lay.metal] ?? 0;
      const available = metal > 0 ? metal / (metal + METAL_FLOOR) : 0;
      let eta: number;
      if (lay.overpotential >= 0) {
        eta = y[lay.overpotential] ?? 0;
        const faradaic = butlerVolmerCurrentDensity(eta as Volts, setExchange(e, cs));
        dydt[lay.overpotential] = (ie - faradaic) / k.doubleLayerCapacitance;
      } else eta = butlerVolmerOverpotential(ie as AmperesPerSquareMeter, setExchange(e, cs));
      // Potential of the metal vs a Mg reference at the film's outer surface.
      const dphi = eta + ie * filmResistance(y, e);
      const filmRate = (Math.abs(filmCurrent(y, lay, ec, dphi)) / (f.electronsPerFormulaUnit * FARADAY)) * available;
      const waterFlux =
        water > 0
          ? waterConsumptionFlux({ waterConcentration: (water * ec.waterTransmission) as MolesPerCubicMeter, surfaceRateConstant: w.rateConstant }) * available
          : 0;
      const productRate = waterFlux / w.waterPerFormulaUnit;
      dydt[lay.metal] = -ie / zF - f.mgPerFormulaUnit * filmRate - productRate;
      dydt[lay.film] = filmRate * f.molarVolume;
      dydt[lay.passivation] = productRate * w.productMolarVolume;
      dydt[lay.nucleation] = ie < 0 ? -ie : 0;
      if (layout.water >= 0 && el !== undefined) dydt[layout.water] = (dydt[layout.water] ?? 0) - waterFlux / el.volumePerArea;
    }
    if (el !== undefined && layout.concentration >= 0) {
      const g = el.grid;
      const start = layout.concentration;
      const d = el.effectiveDiffusivity;
      // Salt flux into the separator from each electrode, (1 − t+)·i_e/(zF).
      let inflow = (tMinus * ionic) / zF;
      for (let j = 0; j < g.n; j++) {
        const outflow = j < g.n - 1 ? (-d * ((y[start + j + 1] ?? 0) - (y[start + j] ?? 0))) / (g.spacing[j] ?? 1) : (tMinus * ionic) / zF;
        dydt[start + j] = (inflow - outflow) / (el.porosity * (g.widths[j] ?? 1));
        inflow = outflow;
      }
    }
  };

  const bandwidth =
    layout.water < 0 && !Number.isFinite(electronicResistance) && layout.concentration >= 0
      ? { lower: layout.electrodes[1].metal - (layout.concentration + layout.volumes - 1), upper: layout.concentration }
      : undefined;

  return {
    constants: c,
    layout,
    layerNames,
    problem: { n: layout.n, rhs, ...(bandwidth !== undefined ? { bandwidth: { lower: Math.max(bandwidth.lower, layout.concentration), upper: Math.max(bandwidth.upper, layout.concentration) } } : {}) },
    get current() {
      return current;
    },
    setCurrent(i: number) {
      current = i;
    },
    initialState() {
      const y = new Float64Array(layout.n);
      for (const e of [0, 1] as const) {
        const lay = layout.electrodes[e];
        y[lay.metal] = c.electrodes[e].initialMetal;
        y[lay.film] = c.electrodes[e].initialFilm;
      }
      if (layout.concentration >= 0) y.fill(c0, layout.concentration, layout.concentration + layout.volumes);
      if (layout.water >= 0) y[layout.water] = el?.water ?? 0;
      return y;
    },
    resetNucleation(y: Float64Array, electrode: 0 | 1) {
      y[layout.electrodes[electrode].nucleation] = 0;
    },
    evaluate,
    inventory(y: Float64Array): MgInventory {
      let metal = 0;
      let film = 0;
      let passivation = 0;
      for (const lay of layout.electrodes) {
        metal += y[lay.metal] ?? 0;
        film += ((y[lay.film] ?? 0) / f.molarVolume) * f.mgPerFormulaUnit;
        passivation += (y[lay.passivation] ?? 0) / w.productMolarVolume;
      }
      let electrolyte = 0;
      if (el !== undefined) {
        if (layout.concentration >= 0) {
          for (let j = 0; j < el.grid.n; j++) electrolyte += el.porosity * (el.grid.widths[j] ?? 0) * (y[layout.concentration + j] ?? 0);
        } else electrolyte = el.porosity * el.grid.length * c0;
      }
      return { metal, film, passivation, electrolyte, total: metal + film + passivation + electrolyte };
    },
  };
}
