import { choiceParam, quantityParam, textParam, type ParamDefs } from '../../units/index.ts';
import { CHEVREL_MO6S8 } from '../cathode/chevrel.ts';

/**
 * Every parameter of a layer stack, declared once: default, unit (dimension), range, description
 * and the source of the default. The YAML loader, the CLI help, the JSON schema and the docs are
 * all derived from these tables. Defaults are generic starting points; the presets in examples/
 * override them with sourced values for each system.
 */

const q = quantityParam;
const choice = choiceParam;

export const CELL_KINDS = ['symmetric', 'mg-cu', 'full', 'anode-free'] as const;
export type CellKind = (typeof CELL_KINDS)[number];

export const CELL_PARAMS = {
  kind: choice(
    CELL_KINDS,
    'symmetric',
    'cell kind: symmetric Mg||Mg; mg-cu (Mg plated on bare Cu, for Coulombic efficiency); full (Mg metal || cathode); anode-free (Cu || magnesiated cathode)',
    'assumed: the review’s most common test cell',
  ),
  area: q('area', '1.13 cm^2', 'electrode area', 'assumed: a 12 mm disc, the usual CR2032 coin-cell electrode', { min: '1e-4 cm^2', max: '1e4 cm^2' }),
  temperature: q('temperature', '25 degC', 'cell temperature', 'assumed: room temperature, as "RT" in the review', { min: '-60 degC', max: '300 degC' }),
} as const satisfies ParamDefs;

export const METAL_PARAMS = {
  thickness: q('length', '100 um', 'Mg foil thickness: the Mg inventory of each Mg electrode', 'assumed: a typical Mg foil (50–250 µm) in coin cells', { min: '0 um', max: '10 mm' }),
  exchangeCurrentDensity: q('currentDensity', '1 A/m^2', 'exchange current density of Mg²⁺/Mg at the metal (n = 2)', 'assumed: order of magnitude; R_ct = RT/(2F·i0) = 128 Ω·cm² at 1 A/m² (docs/mg-parameters.md §1.4)', { min: '1e-9 A/m^2', max: '1e12 A/m^2' }),
  alphaAnodic: q('dimensionless', '0.5', 'anodic transfer coefficient α_a (stripping)', 'assumed: symmetric barrier; APC Tafel slope 56.2 mV/dec gives α·n ≈ 1.05 (α ≈ 0.53)', { min: '0.01', max: '0.99' }),
  alphaCathodic: q('dimensionless', '0.5', 'cathodic transfer coefficient α_c (plating)', 'assumed: symmetric barrier', { min: '0.01', max: '0.99' }),
  doubleLayerCapacitance: q('arealCapacitance', '0 uF/cm^2', 'double-layer capacitance of the interface; 0 = quasi-static kinetics', 'assumed: off by default; metal/electrolyte interfaces are typically 10–40 µF/cm²', { min: '0 uF/cm^2', max: '1e4 uF/cm^2' }),
  nucleationOverpotential: q('voltage', '0 V', 'extra overpotential when plating starts on a fresh or passivated surface', 'assumed: off by default', { min: '0 V', max: '5 V' }),
  nucleationCharge: q('arealCapacity', '0.01 mAh/cm^2', 'plated charge over which the nucleation overpotential decays by 1/e', 'assumed: nucleation completes within the first ~1 % of a 1 mAh/cm² plating step', { min: '1e-9 mAh/cm^2', max: '100 mAh/cm^2' }),
} as const satisfies ParamDefs;

export const FILM_GROWTH = ['none', 'reaction-limited', 'solvent-diffusion-limited', 'electron-migration-limited'] as const;
export type FilmGrowth = (typeof FILM_GROWTH)[number];

export const FILM_PARAMS = {
  growth: choice(FILM_GROWTH, 'solvent-diffusion-limited', 'interphase growth law (as PyBaMM’s SEI options, for Mg)', 'PyBaMM SEI submodels (Marquis 2020 thesis eqs. 5.91–5.94), models-and-physics.md §1.1'),
  thickness: q('length', '5 nm', 'initial film thickness (native film on the metal)', 'assumed: a few-nm native film; the review (§5) says the SEI is "a few nanometers" thick', { min: '0 nm', max: '100 um' }),
  conductivity: q('conductivity', '1e-9 S/cm', 'Mg²⁺ conductivity of the film at the reference temperature', 'assumed: a Mg²⁺-conducting interphase with a ~0.6 eV barrier (models-and-physics.md §3.1 barrier estimate)', { min: '1e-20 S/cm', max: '1 S/cm' }),
  conductivityTemperature: q('temperature', '25 degC', 'temperature at which the film conductivity is given', 'assumed', { min: '-100 degC', max: '400 degC' }),
  activationEnergy: q('energy', '0.6 eV', 'activation energy of Mg²⁺ transport in the film', 'assumed: models-and-physics.md §3.1 (≲ 0.6 eV conducting, ≳ 0.8 eV passivating)', { min: '0 eV', max: '3 eV' }),
  molarVolume: q('molarVolume', '11.26 cm^3/mol', 'molar volume of the film material', 'MgO: 40.30 g/mol, 3.58 g/cm³ (CRC Handbook of Chemistry and Physics)', { min: '1 cm^3/mol', max: '1000 cm^3/mol' }),
  mgPerFormulaUnit: q('dimensionless', '1', 'Mg atoms per formula unit of the film material (MgO, MgF2: 1)', 'stoichiometry', { min: '0', max: '10' }),
  electronsPerFormulaUnit: q('dimensionless', '2', 'electrons consumed per formula unit of film', 'stoichiometry: Mg → Mg²⁺ + 2e⁻', { min: '1', max: '10' }),
  solventDiffusivity: q('diffusivity', '2.5e-22 m^2/s', 'solvent diffusivity through the film (solvent-diffusion-limited growth)', 'OKane2022 PyBaMM parameter set (Li-ion graphite SEI), models-and-physics.md §1.1; no Mg value known', { min: '0 m^2/s', max: '1e-9 m^2/s' }),
  reactionExchangeCurrentDensity: q('currentDensity', '1.5e-7 A/m^2', 'exchange current density of the film-forming reaction (reaction-limited growth)', 'OKane2022 PyBaMM parameter set, models-and-physics.md §1.1; no Mg value known', { min: '0 A/m^2', max: '1 A/m^2' }),
  reactionAlpha: q('dimensionless', '0.5', 'transfer coefficient of the film-forming reaction', 'PyBaMM default', { min: '0.01', max: '0.99' }),
  filmPotential: q('voltage', '0.4 V', 'equilibrium potential of the film-forming reaction vs Mg²⁺/Mg', 'OKane2022 U_sei = 0.4 V vs Li; assumed for Mg', { min: '-3 V', max: '5 V' }),
  electronicConductivity: q('conductivity', '8.95e-16 S/cm', 'electronic conductivity of the film (electron-migration-limited growth)', 'OKane2022 κ_e = 8.95e-14 S/m, models-and-physics.md §1.1; no Mg value known', { min: '0 S/cm', max: '1 S/cm' }),
  growthActivationEnergy: q('molarEnergy', '38 kJ/mol', 'activation energy of the film growth rate', 'OKane2022 E_sei = 38 kJ/mol', { min: '0 kJ/mol', max: '300 kJ/mol' }),
} as const satisfies ParamDefs;

export const CONDUCTIVITY_MODELS = ['arrhenius', 'vtf'] as const;

const conductivityParams = {
  conductivity: q('conductivity', '1e-4 S/cm', 'Mg²⁺ conductivity at the reference temperature', 'assumed: the practical target of a solid electrolyte', { min: '1e-20 S/cm', max: '100 S/cm' }),
  conductivityTemperature: q('temperature', '25 degC', 'reference temperature of the conductivity', 'assumed', { min: '-100 degC', max: '400 degC' }),
  conductivityModel: choice(CONDUCTIVITY_MODELS, 'arrhenius', 'temperature dependence of σ: arrhenius (Ea) or vtf (B, T0)', 'assumed'),
  activationEnergy: q('energy', '0.3 eV', 'Arrhenius activation energy of σ', 'assumed: typical of MOF Mg²⁺ conductors (0.22 eV for α-Mgbp3dc/α-Mg3(HCOO)6, review §4.1 [102])', { min: '0 eV', max: '3 eV' }),
  vtfPseudoActivationEnergy: q('molarEnergy', '8 kJ/mol', 'VTF pseudo-activation energy B', 'assumed: typical of polymer/gel electrolytes', { min: '0 kJ/mol', max: '100 kJ/mol' }),
  vtfIdealGlassTemperature: q('temperature', '-100 degC', 'VTF ideal glass-transition temperature T0', 'assumed: ~50 K below a typical polymer Tg', { min: '-273 degC', max: '200 degC' }),
} as const;

export const SOLID_PARAMS = {
  ...conductivityParams,
  thickness: q('length', '1 um', 'layer thickness', 'assumed', { min: '0.1 nm', max: '5 mm' }),
  electronicConductivity: q('conductivity', '0 S/cm', 'electronic conductivity of the layer (leakage)', 'assumed: an electronic insulator', { min: '0 S/cm', max: '1e6 S/cm' }),
  poreLimitingDiameter: q('length', '0 angstrom', 'pore-limiting diameter for solvent sieving (MOF layers); 0 = no size-based sieving', 'assumed: a layer without a declared pore size does not sieve', { min: '0 angstrom', max: '1000 angstrom' }),
  solventTransmission: q('dimensionless', '1', 'fraction of the solvent (and water) flux a non-MOF layer lets through to the metal (dense or solvent-rejecting films); multiplies the sieving factor', 'assumed: 1, the layer does not block solvent', { min: '0', max: '1' }),
} as const satisfies ParamDefs;

export const SOLVENTS = ['DME', 'diglyme', 'tetraglyme', 'THF', 'PC', 'EC', 'DMF', 'DMSO', 'acetonitrile'] as const;
export type Solvent = (typeof SOLVENTS)[number];

export const LIQUID_PARAMS = {
  ...conductivityParams,
  conductivity: q('conductivity', '5 mS/cm', 'electrolyte conductivity (bulk, not in the separator) at the reference temperature', 'assumed: typical of 0.5 M Mg salts in glymes (2.9 mS/cm for 0.85 M Mg[CB11H12]2/glyme, review §2.3)', { min: '1e-9 S/cm', max: '100 S/cm' }),
  activationEnergy: q('energy', '0.15 eV', 'Arrhenius activation energy of the electrolyte conductivity', 'assumed: typical of ether electrolytes', { min: '0 eV', max: '2 eV' }),
  thickness: q('length', '260 um', 'separator thickness (the electrolyte gap)', 'assumed: Whatman GF/A glass-fibre separator, ~260 µm', { min: '1 um', max: '10 mm' }),
  porosity: q('dimensionless', '0.9', 'separator porosity ε', 'assumed: glass-fibre separators are ~90 % porous', { min: '0.05', max: '1' }),
  tortuosity: q('dimensionless', '1.5', 'separator tortuosity τ (σ_eff = σ·ε/τ, D_eff = D·ε/τ)', 'assumed', { min: '1', max: '20' }),
  concentration: q('concentration', '0.5 M', 'salt concentration (MgA2)', 'assumed: the usual 0.5 M', { min: '1e-4 M', max: '5 M' }),
  diffusivity: q('diffusivity', '3e-10 m^2/s', 'salt (ambipolar) diffusivity', 'assumed: models-and-physics.md §3.2 prior 1e-10–5e-10 m²/s for glyme/THF', { min: '1e-14 m^2/s', max: '1e-7 m^2/s' }),
  transferenceNumber: q('dimensionless', '0.3', 'Mg²⁺ transference number t+', 'assumed: liquid glyme electrolytes typically 0.2–0.5 (models-and-physics.md §3.2)', { min: '0', max: '1' }),
  solvent: choice(SOLVENTS, 'DME', 'solvent: sets the molecule size for MOF sieving', 'assumed'),
  solventConcentration: q('concentration', '9.6 M', 'solvent concentration (reactant of film growth)', 'DME: 0.868 g/cm³ / 90.12 g/mol = 9.6 M (pure solvent)', { min: '0 M', max: '60 M' }),
  water: q('dimensionless', '0 ppm', 'water impurity (mass fraction)', 'assumed: dry electrolyte', { min: '0 ppm', max: '100000 ppm' }),
  density: q('density', '0.9 g/cm^3', 'electrolyte density (converts ppm water to mol/m³)', 'assumed: DME 0.868 g/cm³ plus salt', { min: '0.5 g/cm^3', max: '3 g/cm^3' }),
  polarisation: choice(['binary', 'ohmic'] as const, 'binary', 'binary: concentration polarisation by finite volumes; ohmic: uniform concentration', 'assumed'),
  volumes: q('count', '24', 'number of finite volumes across the separator', 'assumed: resolves the Sand depletion front to < 2 %', { min: '4', max: '400' }),
} as const satisfies ParamDefs;

export const WATER_PARAMS = {
  rateConstant: q('velocity', '1e-9 m/s', 'first-order rate constant of H2O + Mg → passivating MgO/Mg(OH)2 at the metal', 'assumed: no measured rate for Mg found; chosen so 100 ppm passivates within hours', { min: '0 m/s', max: '1 m/s' }),
  productConductivity: q('conductivity', '1e-14 S/cm', 'Mg²⁺ conductivity of the water-derived passivation layer (ionically blocking)', 'assumed: MgO/Mg(OH)2 block Mg²⁺ (Lu, Gofer, Aurbach 1999); a ~1 eV barrier estimate gives ~1e-14 S/cm', { min: '1e-25 S/cm', max: '1 S/cm' }),
  productMolarVolume: q('molarVolume', '24.63 cm^3/mol', 'molar volume of the passivation product', 'Mg(OH)2: 58.32 g/mol, 2.3446 g/cm³ (CRC Handbook)', { min: '1 cm^3/mol', max: '1000 cm^3/mol' }),
  waterPerFormulaUnit: q('dimensionless', '2', 'H2O consumed per formula unit of product (Mg + 2 H2O → Mg(OH)2 + H2)', 'stoichiometry', { min: '0.5', max: '10' }),
} as const satisfies ParamDefs;

const text = textParam;

const sourced = (v: { readonly source: string }): string => v.source;

export const CATHODE_MODELS = ['chevrel', 'ocv-table'] as const;
export type CathodeModelKind = (typeof CATHODE_MODELS)[number];

/**
 * The cathode of a full cell: a single-particle model (one representative spherical particle with
 * solid-state diffusion) with Butler–Volmer kinetics (n = 2). Chevrel defaults and their sources
 * come from src/cell/cathode/chevrel.ts.
 */
export const CATHODE_PARAMS = {
  model: choice(CATHODE_MODELS, 'chevrel', 'open-circuit potential: chevrel (two-site lattice gas for Mo6S8) or ocv-table (the "ocv" list of [x, V] points)', 'assumed'),
  formula: text('Mo6S8', /^[A-Z][A-Za-z0-9().·]*$/, 'a chemical formula such as Mo6S8', 'formula unit of the host (empty, Mg-free)', 'Aurbach et al., Nature 407, 724 (2000): Mo6S8 → Mg2Mo6S8'),
  molarMass: q('molarMass', '832.2 g/mol', 'molar mass of the host formula unit', sourced(CHEVREL_MO6S8.molarMass), { min: '1 g/mol', max: '10000 g/mol' }),
  mgPerFormulaUnit: q('dimensionless', '2', 'Mg inserted per formula unit at full discharge (2 electrons each)', sourced(CHEVREL_MO6S8.sitesPerFormulaUnit), { min: '0.01', max: '20' }),
  density: q('density', '5.2 g/cm^3', 'density of the active material', sourced(CHEVREL_MO6S8.maxConcentration), { min: '0.5 g/cm^3', max: '20 g/cm^3' }),
  massLoading: q('arealMass', '2 mg/cm^2', 'active-material mass per electrode area', 'assumed: a typical laboratory Chevrel electrode (1–3 mg/cm²)', { min: '0.001 mg/cm^2', max: '100 mg/cm^2' }),
  particleRadius: q('length', '0.5 um', 'radius of the representative particle', sourced(CHEVREL_MO6S8.particleRadius), { min: '1 nm', max: '100 um' }),
  shells: q('count', '12', 'finite-volume shells in the particle', 'assumed: < 1 % error against Crank’s sphere solution for a few C (tests/cell/cathode.test.ts)', { min: '3', max: '200' }),
  diffusivity: q('diffusivity', `${CHEVREL_MO6S8.diffusivity.value} m^2/s`, 'solid-state Mg diffusivity at 25 °C', sourced(CHEVREL_MO6S8.diffusivity), { min: '1e-25 m^2/s', max: '1e-8 m^2/s' }),
  diffusivityActivationEnergy: q('energy', '0.55 eV', 'activation energy of the solid-state diffusivity', sourced(CHEVREL_MO6S8.diffusionActivationEnergy), { min: '0 eV', max: '3 eV' }),
  exchangeCurrentDensity: q('currentDensity', `${CHEVREL_MO6S8.exchangeCurrentDensity.value} A/m^2`, 'exchange current density per particle surface at half filling and c_e = 0.5 M', sourced(CHEVREL_MO6S8.exchangeCurrentDensity), { min: '1e-12 A/m^2', max: '1e4 A/m^2' }),
  alphaAnodic: q('dimensionless', '0.5', 'anodic transfer coefficient of insertion', 'assumed: symmetric barrier', { min: '0.01', max: '1' }),
  alphaCathodic: q('dimensionless', '0.5', 'cathodic transfer coefficient of insertion', 'assumed: symmetric barrier', { min: '0.01', max: '1' }),
  initialFill: q('dimensionless', '0', 'initial Mg content as a fraction of full (0: Mg-free Mo6S8; 1: Mg2Mo6S8, as in an anode-free cell)', 'assumed', { min: '0', max: '1' }),
  trapping: choice(['on', 'off'] as const, 'on', 'Chevrel charge trapping: part of the first-site Mg becomes immobile at room temperature', sourced(CHEVREL_MO6S8.trapCapacity)),
  trapCapacity: q('dimensionless', `${CHEVREL_MO6S8.trapCapacity.value}`, 'trap capacity: Mg per formula unit that can be trapped', sourced(CHEVREL_MO6S8.trapCapacity), { min: '0', max: '2' }),
  trapCaptureRate: q('rateConstant', `${CHEVREL_MO6S8.trapCaptureRate.value} 1/s`, 'capture rate constant of trapping', sourced(CHEVREL_MO6S8.trapCaptureRate), { min: '0 1/s', max: '1e6 1/s' }),
  trapReleaseRate: q('rateConstant', `${CHEVREL_MO6S8.trapReleaseRate.value} 1/s`, 'release rate constant of trapped Mg at 60 °C', sourced(CHEVREL_MO6S8.trapReleaseRate), { min: '0 1/s', max: '1e6 1/s' }),
  trapReleaseActivationEnergy: q('energy', '2 eV', 'activation energy of the release of trapped Mg', sourced(CHEVREL_MO6S8.trapReleaseActivationEnergy), { min: '0 eV', max: '5 eV' }),
  activeMaterialLoss: q('molarVolume', '0 cm^3/mol', 'loss factor β: host volume made inactive per mole of Mg inserted or extracted (dε_s/dt = −3β·ε_s·|j|/R; PyBaMM "reaction-driven" LAM); 0 = none', 'assumed: off unless calibrated (no value known for Mg hosts)', { min: '0 cm^3/mol', max: '1000 cm^3/mol' }),
} as const satisfies ParamDefs;
