import {
  arrheniusConductivity,
  arrheniusFactor,
  diffusionPotentialCoefficient,
  MG_A2_SALT,
  MG_MOLAR_VOLUME,
  sievingTransmission,
  SOLVENT_SIZES,
  vtfConductivity,
  waterConcentrationFromPpm,
  type SolventId,
} from '../../physics/index.ts';
import {
  AVOGADRO,
  FARADAY,
  GAS_CONSTANT,
  InputError,
  Z_MG,
  type Joules,
  type JoulesPerMole,
  type Kelvin,
  type Meters,
  type SiemensPerMeter,
} from '../../units/index.ts';
import {
  CHEVREL_SITES,
  CHEVREL_TRAPPING,
  createSphericalParticle,
  latticeGasOcv,
  siteTrapping,
  tableOcv,
  type CathodeKinetics,
  type CathodeOcv,
  type SphericalParticle,
} from '../cathode/index.ts';
import type { FilmGrowth, Solvent } from '../stack/params.ts';
import type { CathodeSpec, Layer, LiquidLayer, Stack } from '../stack/types.ts';
import { gradedGrid, type Grid } from './grid.ts';

/** Temperature of the film-growth rate constants' reference values (PyBaMM's T_ref). */
const GROWTH_REFERENCE_TEMPERATURE = 298.15 as Kelvin;

/** What one electrode of the cell is made of, with every quantity at the cell temperature. */
export interface ElectrodeConstants {
  readonly name: 'working' | 'counter';
  /** Mg metal at t = 0 [mol/m²]. */
  readonly initialMetal: number;
  /** Film thickness at t = 0 [m]. */
  readonly initialFilm: number;
  /** Ohmic area-specific resistance of the solid layers on this side [Ω·m²], per layer. */
  readonly layerResistances: readonly { readonly name: string; readonly resistance: number }[];
  /** Fraction of the solvent's flux that reaches the metal through the solid layers [1]. */
  readonly solventTransmission: number;
  /** Same for water. */
  readonly waterTransmission: number;
  /** Electronic resistance of the solid layers of this side [Ω·m²]; Infinity if any is insulating. */
  readonly electronicResistance: number;
}

export interface ElectrolyteConstants {
  readonly kind: 'binary' | 'ohmic';
  readonly grid: Grid;
  readonly porosity: number;
  /** ε/τ. */
  readonly transportFactor: number;
  /** Bulk salt concentration c0 [mol/m³]. */
  readonly concentration: number;
  /** D·ε/τ [m²/s]. */
  readonly effectiveDiffusivity: number;
  readonly transferenceNumber: number;
  /** κ(T)·ε/τ at c0 [S/m]; κ ∝ c assumed (dilute). */
  readonly effectiveConductivity: number;
  /** 3RT/(2F)·(1 − t+) for Mg(A)2 [V]. */
  readonly diffusionPotentialCoefficient: number;
  /** Solvent concentration [mol/m³] and molecule size [m]. */
  readonly solventConcentration: number;
  readonly solventSize: number;
  /** Water at t = 0 [mol/m³]. */
  readonly water: number;
  /** Electrolyte volume per electrode area, ε·L [m]. */
  readonly volumePerArea: number;
}

export interface FilmConstants {
  readonly growth: FilmGrowth;
  /** Mg²⁺ conductivity of the film at the cell temperature [S/m]. */
  readonly conductivity: number;
  readonly molarVolume: number;
  readonly mgPerFormulaUnit: number;
  readonly electronsPerFormulaUnit: number;
  /** Growth-rate constants at the cell temperature (Arrhenius factor applied). */
  readonly solventDiffusivity: number;
  readonly reactionExchangeCurrentDensity: number;
  readonly reactionAlpha: number;
  readonly filmPotential: number;
  readonly electronicConductivity: number;
}

export interface WaterConstants {
  readonly rateConstant: number;
  readonly productConductivity: number;
  readonly productMolarVolume: number;
  readonly waterPerFormulaUnit: number;
}

export interface KineticsConstants {
  readonly exchangeCurrentDensity: number;
  readonly alphaAnodic: number;
  readonly alphaCathodic: number;
  readonly doubleLayerCapacitance: number;
  readonly nucleationOverpotential: number;
  readonly nucleationCharge: number;
}

/** The cathode of a full cell as a single representative particle (SI units). */
export interface CathodeConstants {
  readonly model: 'chevrel' | 'ocv-table';
  readonly particle: SphericalParticle;
  readonly ocv: CathodeOcv;
  readonly kinetics: CathodeKinetics;
  /** Particle surface per electrode area S0 = 3·m/(ρ·R) [1] at full active material. */
  readonly surfacePerArea: number;
  /** Particles per electrode area N0 = m/(ρ·V_p) [1/m²]. */
  readonly particlesPerArea: number;
  /** Active mass per area [kg/m²] and theoretical specific capacity [C/kg]. */
  readonly massLoading: number;
  readonly specificCapacity: number;
  readonly initialFill: number;
  /** LAM factor β [m³/mol] and particle radius [m]. */
  readonly lossFactor: number;
  readonly radius: number;
}

/** Everything the model needs, derived once from a stack (SI units, at the cell temperature). */
export interface CellConstants {
  readonly kind: Stack['cell']['kind'];
  readonly temperature: Kelvin;
  readonly area: number;
  readonly electrodes: readonly [ElectrodeConstants, ElectrodeConstants];
  readonly electrolyte: ElectrolyteConstants | undefined;
  /** The counter electrode is this cathode in full and anode-free cells. */
  readonly cathode: CathodeConstants | undefined;
  readonly film: FilmConstants;
  readonly water: WaterConstants;
  readonly kinetics: KineticsConstants;
}

const SOLVENT_IDS: Record<Solvent, SolventId> = {
  DME: 'dme',
  diglyme: 'diglyme',
  tetraglyme: 'tetraglyme',
  THF: 'thf',
  PC: 'pc',
  EC: 'ec',
  DMF: 'dmf',
  DMSO: 'dmso',
  acetonitrile: 'acetonitrile',
};

/** σ(T) of a layer from its reference conductivity: Arrhenius (Ea) or VTF (B, T0). */
export function layerConductivity(layer: Layer['params'], temperature: Kelvin): SiemensPerMeter {
  const sigmaRef = layer.conductivity;
  const tRef = layer.conductivityTemperature;
  if (layer.conductivityModel === 'arrhenius') {
    return arrheniusConductivity(sigmaRef, tRef, layer.activationEnergy as Joules, temperature);
  }
  const t0 = layer.vtfIdealGlassTemperature;
  const b = layer.vtfPseudoActivationEnergy;
  if (!(tRef > t0) || !(temperature > t0)) {
    throw new InputError(`VTF needs the reference and cell temperatures above the ideal glass temperature T0 = ${t0} K`);
  }
  // σ = A·T^(−1/2)·exp(−B/(R(T − T0))) with A fixed by σ(T_ref) = σ_ref.
  const prefactor = sigmaRef * Math.sqrt(tRef) * Math.exp(b / (GAS_CONSTANT * (tRef - t0)));
  return vtfConductivity({ prefactor, pseudoActivationEnergy: b as JoulesPerMole, idealGlassTemperature: t0 as Kelvin }, temperature);
}

function electrolyteConstants(liquid: LiquidLayer, temperature: Kelvin): ElectrolyteConstants {
  const p = liquid.params;
  const transportFactor = p.porosity / p.tortuosity;
  const kappa = layerConductivity(p, temperature);
  const solvent = SOLVENT_SIZES[SOLVENT_IDS[p.solvent]];
  return {
    kind: p.polarisation,
    grid: gradedGrid(p.thickness, Math.round(p.volumes)),
    porosity: p.porosity,
    transportFactor,
    concentration: p.concentration,
    effectiveDiffusivity: p.diffusivity * transportFactor,
    transferenceNumber: p.transferenceNumber,
    effectiveConductivity: kappa * transportFactor,
    diffusionPotentialCoefficient: diffusionPotentialCoefficient({ salt: MG_A2_SALT, cationTransferenceNumber: p.transferenceNumber, temperature }),
    solventConcentration: p.solventConcentration,
    solventSize: solvent.min2,
    water: waterConcentrationFromPpm(p.water / 1e-6, p.density),
    volumePerArea: p.porosity * p.thickness,
  };
}

/** Fraction of a molecule's flux that crosses the solid layers: size sieving (PLD) × declared transmission. */
function transmission(layers: readonly Layer[], size: number): number {
  let t = 1;
  for (const l of layers) {
    if (l.kind !== 'solid') continue;
    t *= l.params.solventTransmission;
    if (l.params.poreLimitingDiameter > 0) t *= sievingTransmission(size as Meters, l.params.poreLimitingDiameter as Meters);
  }
  return t;
}

function electrodeConstants(name: 'working' | 'counter', layers: readonly Layer[], stack: Stack, temperature: Kelvin, bare: boolean, solventSize: number): ElectrodeConstants {
  const solids = layers.filter((l) => l.kind === 'solid');
  const layerResistances = solids.map((l) => ({ name: l.name, resistance: l.params.thickness / layerConductivity(l.params, temperature) }));
  const electronicResistance = solids.length === 0 ? Infinity : solids.reduce((r, l) => r + (l.params.electronicConductivity > 0 ? l.params.thickness / l.params.electronicConductivity : Infinity), 0);
  return {
    name,
    initialMetal: bare ? 0 : stack.metal.thickness / MG_MOLAR_VOLUME,
    initialFilm: bare ? 0 : stack.film.thickness,
    layerResistances,
    solventTransmission: transmission(solids, solventSize),
    waterTransmission: transmission(solids, SOLVENT_SIZES.water.min2),
    electronicResistance,
  };
}

function cathodeConstants(spec: CathodeSpec, electrolyteConcentration: number): CathodeConstants {
  const p = spec.params;
  const cMax = (p.density / p.molarMass) * p.mgPerFormulaUnit;
  if (p.model === 'chevrel' && p.mgPerFormulaUnit !== 2) {
    throw new InputError(`the chevrel model has two Mg sites per Mo6S8 formula unit: set cathode.mgPerFormulaUnit to 2 (got ${p.mgPerFormulaUnit}) or use model: ocv-table`);
  }
  const ocv = p.model === 'chevrel' ? latticeGasOcv(CHEVREL_SITES, 0) : tableOcv(spec.ocv ?? (() => { throw new InputError('an ocv-table cathode needs its "ocv" points'); })());
  const trapping =
    p.model === 'chevrel' && p.trapping === 'on'
      ? siteTrapping({
          ...CHEVREL_TRAPPING,
          maxConcentration: cMax,
          trapCapacity: p.trapCapacity,
          captureRate: p.trapCaptureRate,
          releaseRate: p.trapReleaseRate,
          releaseActivationEnergy: (p.trapReleaseActivationEnergy * AVOGADRO) as JoulesPerMole,
        })
      : undefined;
  const particle = createSphericalParticle({
    radius: p.particleRadius,
    shells: Math.round(p.shells),
    maxConcentration: cMax,
    diffusivity: { reference: p.diffusivity, activationEnergy: (p.diffusivityActivationEnergy * AVOGADRO) as JoulesPerMole, referenceTemperature: 298.15 as Kelvin },
    ...(trapping !== undefined ? { trapping } : {}),
  });
  const volume = (4 / 3) * Math.PI * p.particleRadius ** 3;
  return {
    model: p.model,
    particle,
    ocv,
    kinetics: {
      exchangeCurrentDensity: p.exchangeCurrentDensity,
      referenceElectrolyteConcentration: electrolyteConcentration,
      anodicTransferCoefficient: p.alphaAnodic,
      cathodicTransferCoefficient: p.alphaCathodic,
    },
    surfacePerArea: (3 * p.massLoading) / (p.density * p.particleRadius),
    particlesPerArea: p.massLoading / (p.density * volume),
    massLoading: p.massLoading,
    specificCapacity: (p.mgPerFormulaUnit * Z_MG * FARADAY) / p.molarMass,
    initialFill: p.initialFill,
    lossFactor: p.activeMaterialLoss,
    radius: p.particleRadius,
  };
}

/** Derive the model constants from a validated stack. Throws InputError for inconsistent stacks. */
export function cellConstants(stack: Stack): CellConstants {
  const temperature = stack.cell.temperature as Kelvin;
  const liquid = stack.layers.find((l): l is LiquidLayer => l.kind === 'liquid');
  const electrolyte = liquid === undefined ? undefined : electrolyteConstants(liquid, temperature);
  const solventSize = electrolyte?.solventSize ?? SOLVENT_SIZES.dme.min2;
  const bareWorking = stack.cell.kind === 'mg-cu' || stack.cell.kind === 'anode-free';
  const withCathode = stack.cell.kind === 'full' || stack.cell.kind === 'anode-free';
  if (withCathode && stack.cathode === undefined) throw new InputError(`a ${stack.cell.kind} cell needs a cathode section`);
  // Mg||Cu: the layers belong to the Mg counter; full and anode-free: to the Mg (or Cu) anode side.
  const working = electrodeConstants('working', stack.cell.kind === 'mg-cu' ? [] : stack.layers, stack, temperature, bareWorking, solventSize);
  const counter = electrodeConstants('counter', withCathode ? stack.layers.filter((l) => l.kind === 'liquid') : stack.layers, stack, temperature, withCathode, solventSize);
  const cathode = withCathode && stack.cathode !== undefined ? cathodeConstants(stack.cathode, electrolyte?.concentration ?? 500) : undefined;
  const f = stack.film;
  const growth = arrheniusFactor(f.growthActivationEnergy as JoulesPerMole, temperature, GROWTH_REFERENCE_TEMPERATURE);
  const filmSigma = arrheniusConductivity(f.conductivity, f.conductivityTemperature, f.activationEnergy as Joules, temperature);
  return {
    kind: stack.cell.kind,
    temperature,
    area: stack.cell.area,
    electrodes: [working, counter],
    electrolyte,
    cathode,
    film: {
      growth: f.growth,
      conductivity: filmSigma,
      molarVolume: f.molarVolume,
      mgPerFormulaUnit: f.mgPerFormulaUnit,
      electronsPerFormulaUnit: f.electronsPerFormulaUnit,
      solventDiffusivity: f.solventDiffusivity * growth,
      reactionExchangeCurrentDensity: f.reactionExchangeCurrentDensity * growth,
      reactionAlpha: f.reactionAlpha,
      filmPotential: f.filmPotential,
      electronicConductivity: f.electronicConductivity,
    },
    water: {
      rateConstant: stack.water.rateConstant,
      productConductivity: stack.water.productConductivity,
      productMolarVolume: stack.water.productMolarVolume,
      waterPerFormulaUnit: stack.water.waterPerFormulaUnit,
    },
    kinetics: {
      exchangeCurrentDensity: stack.metal.exchangeCurrentDensity,
      alphaAnodic: stack.metal.alphaAnodic,
      alphaCathodic: stack.metal.alphaCathodic,
      doubleLayerCapacitance: stack.metal.doubleLayerCapacitance,
      nucleationOverpotential: stack.metal.nucleationOverpotential,
      nucleationCharge: stack.metal.nucleationCharge,
    },
  };
}
