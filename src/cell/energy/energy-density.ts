import { MG_MOLAR_VOLUME, MG_SPECIFIC_CAPACITY, MG_VOLUMETRIC_CAPACITY, platedThickness } from '../../physics/index.ts';
import {
  InputError,
  Z_MG,
  type CoulombsPerKilogram,
  type CoulombsPerSquareMeter,
  type JoulesPerCubicMeter,
  type KilogramsPerCubicMeter,
  type Meters,
  toUnit,
} from '../../units/index.ts';
import { cathodeCoating, usableSpecificCapacity } from './cathode-coating.ts';
import {
  STACK_COMPONENTS,
  type CoatingLayout,
  type ElectrolyteInput,
  type JoulesPerKilogram,
  type KilogramsPerSquareMeter,
  type StackComponent,
  type StackComponentId,
  type StackEnergyDensity,
  type StackInput,
} from './types.ts';
import { ONE_G_PER_AH, ONE_MAH_PER_CM2 } from './units.ts';
import { validateStackInput } from './validate.ts';

/**
 * Share of a current-collector foil that belongs to one face:
 *
 *   s = 1 (single-sided coating),   s = ½ (double-sided: the foil carries a coating on each side)
 *
 * Source: the repeat-unit convention of stacked and wound cells (a double-side-coated foil serves
 * two cell faces), as in Argonne's BatPaC cell-design model [recalled].
 */
export function collectorShare(coating: CoatingLayout): number {
  return coating === 'double-sided' ? 0.5 : 1;
}

/**
 * Capacity of the cell and the electrode that limits it:
 *
 *   I = Q_a + [magnesiated]·Q_c,    Q = min(Q_c, I),    N/P = Q_a / Q_c
 *
 * Q_c [C/m²] usable cathode capacity; Q_a [C/m²] Mg metal on the anode as assembled; I [C/m²] the
 * cyclable Mg inventory (a magnesiated cathode brings its own Mg, an Mg-free host takes it from
 * the anode); the cell is cathode-limited when Q_c ≤ I.
 * Source: charge balance of a metal-anode cell; N/P is the areal-capacity ratio of the negative to
 * the positive electrode, the usual cell-design convention (N/P = 0 for an anode-free cell).
 */
export function cellCapacity(
  cathodeCapacity: CoulombsPerSquareMeter,
  anodeCapacity: CoulombsPerSquareMeter,
  magnesiated: boolean,
): { readonly capacity: CoulombsPerSquareMeter; readonly inventory: CoulombsPerSquareMeter; readonly limiting: 'cathode' | 'anode'; readonly npRatio: number } {
  const inventory = anodeCapacity + (magnesiated ? cathodeCapacity : 0);
  return {
    capacity: Math.min(cathodeCapacity, inventory) as CoulombsPerSquareMeter,
    inventory: inventory as CoulombsPerSquareMeter,
    limiting: cathodeCapacity <= inventory ? 'cathode' : 'anode',
    npRatio: anodeCapacity / cathodeCapacity,
  };
}

/**
 * Excess electrolyte per face for a cell capacity Q:
 *
 *   V_x = e_V·Q,  m_x = ρ_e·V_x       (volume per capacity e_V [m³/C], e.g. µL/mAh)
 *   m_x = e_m·Q,  V_x = m_x/ρ_e       (mass per capacity e_m [kg/C], e.g. g/Ah)
 *
 * It adds V_x as an equivalent layer to the stack volume only when `inStackVolume`.
 * Source: the electrolyte-amount conventions (E/C ratio in g/Ah or µL/mAh) of lean-electrolyte
 * metal-battery design, e.g. Liu et al., Nat. Energy 4, 180 (2019) [recalled].
 */
export function excessElectrolyte(
  electrolyte: ElectrolyteInput,
  capacity: CoulombsPerSquareMeter,
): { readonly mass: KilogramsPerSquareMeter; readonly thickness: Meters } {
  const x = electrolyte.excess;
  if (x.kind === 'none') return { mass: 0, thickness: 0 as Meters };
  const volume = x.kind === 'volume-per-capacity' ? x.value * capacity : (x.value * capacity) / electrolyte.density;
  return { mass: volume * electrolyte.density, thickness: (x.inStackVolume ? volume : 0) as Meters };
}

function component(id: StackComponentId, arealMass: number, thickness: number): Omit<StackComponent, 'massFraction' | 'volumeFraction'> {
  return { id, label: STACK_COMPONENTS[id], arealMass, thickness: thickness as Meters };
}

const um = (x: number): string => `${toUnit(x, 'length', 'um').toPrecision(3)} µm`;

/**
 * Gravimetric and volumetric energy density of one repeat unit of a Mg-metal (or anode-free) cell
 * stack, per face:
 *
 *   E = Q·Ū,    e_m = E / Σ_k m_k,    e_V = E / Σ_k L_k
 *
 * E [J/m²] energy per face; Q [C/m²] cell capacity (`cellCapacity`); Ū [V] mean discharge voltage;
 * m_k [kg/m²] and L_k [m] mass and equivalent thickness (volume per area) of each component k:
 * cathode coating (`cathodeCoating`; active, carbon, binder, electrolyte-filled pores ε·L_c),
 * separator ((1 − ε_s)·L_s solid of density ρ_s, ε_s·L_s electrolyte), excess electrolyte
 * (`excessElectrolyte`), Mg on the anode as assembled (L = Q_a/Q_V,Mg, m = ρ_Mg·L), Mg plated from a
 * magnesiated cathode in the charged state (L = Q·V̄_Mg/(2F)/(1 − ε_p), no extra mass;
 * `platedThickness`), and the collectors (s·L_foil, s·ρ_foil·L_foil with s = `collectorShare`).
 * Electrolyte in pores has mass ρ_e·V and no extra volume. The stack volume is taken in the
 * charged state (the larger one when Mg is plated from the cathode); cathode breathing, SEI,
 * tabs and packaging are not included.
 * Returns every component (so the number is traceable), the limiting electrode and N/P.
 * Throws `InputError` (validate.ts) for out-of-range input and for a cell with no cyclable Mg.
 * Source: the stack-level energy accounting of cell-design models (mass and volume summed over the
 * repeat unit, as in Argonne's BatPaC model [recalled]), applied to a Mg-metal cell.
 */
export function stackEnergyDensity(input: StackInput): StackEnergyDensity {
  validateStackInput(input);
  const { cathode, anode, separator, electrolyte, currentCollectors, platedMagnesium } = input;

  const q = usableSpecificCapacity(cathode.activeMaterial);
  const coating = cathodeCoating(cathode);
  const cathodeCapacity = (coating.activeMass * q) as CoulombsPerSquareMeter;

  const anodeCapacity = (
    anode.kind === 'magnesium-foil' ? anode.thickness * MG_VOLUMETRIC_CAPACITY : anode.npRatio * cathodeCapacity
  ) as CoulombsPerSquareMeter;
  const cell = cellCapacity(cathodeCapacity, anodeCapacity, cathode.magnesiated);
  if (!(cell.capacity > 0)) {
    throw new InputError(
      'the cell has no cyclable Mg: an anode-free cell needs a magnesiated cathode (cathode.magnesiated: true) or an Mg excess (anode.npRatio > 0), and a Mg-foil cell a foil thickness > 0',
    );
  }
  const anodeMgThickness = anodeCapacity / MG_VOLUMETRIC_CAPACITY;

  const plated = cathode.magnesiated ? cell.capacity : 0;
  const platedMgThickness =
    platedMagnesium.kind === 'counted'
      ? platedThickness(plated as CoulombsPerSquareMeter, MG_MOLAR_VOLUME, Z_MG) / (1 - platedMagnesium.porosity)
      : 0;

  const rhoE = electrolyte.density;
  const excess = excessElectrolyte(electrolyte, cell.capacity);
  const share = collectorShare(input.coating);
  const al = currentCollectors.cathode;
  const cu = currentCollectors.anode;

  const parts = [
    component('cathode-collector', share * al.thickness * al.density, share * al.thickness),
    component('cathode-active', coating.activeMass, coating.activeThickness),
    component('cathode-carbon', coating.carbonMass, coating.carbonThickness),
    component('cathode-binder', coating.binderMass, coating.binderThickness),
    component('cathode-electrolyte', rhoE * coating.poreThickness, coating.poreThickness),
    component('separator', separator.density * (1 - separator.porosity) * separator.thickness, (1 - separator.porosity) * separator.thickness),
    component('separator-electrolyte', rhoE * separator.porosity * separator.thickness, separator.porosity * separator.thickness),
    component('excess-electrolyte', excess.mass, excess.thickness),
    component('anode-magnesium', anodeCapacity / MG_SPECIFIC_CAPACITY, anodeMgThickness),
    component('plated-magnesium', 0, platedMgThickness),
    component('anode-collector', share * cu.thickness * cu.density, share * cu.thickness),
  ];
  const totalArealMass = parts.reduce((s, p) => s + p.arealMass, 0);
  const totalThickness = parts.reduce((s, p) => s + p.thickness, 0);
  const components: StackComponent[] = parts.map((p) => ({
    ...p,
    massFraction: p.arealMass / totalArealMass,
    volumeFraction: p.thickness / totalThickness,
  }));

  const energy = cell.capacity * input.meanDischargeVoltage;
  const notes = [
    input.coating === 'double-sided'
      ? 'double-sided coating: each current collector is counted at half its thickness per face'
      : 'single-sided coating: each current collector is counted fully per face',
    plated > 0
      ? platedMagnesium.kind === 'counted'
        ? `Mg plated from the cathode in the charged state adds ${um(platedMgThickness)} (porosity ${platedMagnesium.porosity}) and no mass`
        : 'Mg plated from the cathode in the charged state is not counted in the volume'
      : 'the cathode brings no Mg: no plated-Mg layer',
    excess.mass > 0
      ? `excess electrolyte: ${(excess.mass / cell.capacity / ONE_G_PER_AH).toPrecision(3)} g/Ah, ${excess.thickness > 0 ? 'counted in the stack volume' : 'outside the stack volume (mass only)'}`
      : 'electrolyte fills the pores of the cathode and the separator only',
    `cell capacity ${(cell.capacity / ONE_MAH_PER_CM2).toPrecision(4)} mAh/cm² (${cell.limiting}-limited), N/P = ${cell.npRatio.toPrecision(3)}`,
  ];

  return {
    gravimetric: (energy / totalArealMass) as JoulesPerKilogram,
    volumetric: (energy / totalThickness) as JoulesPerCubicMeter,
    arealEnergy: energy,
    arealCapacity: cell.capacity,
    meanDischargeVoltage: input.meanDischargeVoltage,
    limitingElectrode: cell.limiting,
    npRatio: cell.npRatio,
    cathode: {
      specificCapacity: q as CoulombsPerKilogram,
      arealCapacity: cathodeCapacity,
      activeMassLoading: coating.activeMass,
      thickness: coating.thickness,
      coatingDensity: ((coating.activeMass + coating.carbonMass + coating.binderMass) / coating.thickness) as KilogramsPerCubicMeter,
    },
    anode: { arealCapacity: anodeCapacity, magnesiumInventory: cell.inventory },
    totalArealMass,
    totalThickness: totalThickness as Meters,
    components,
    notes,
  };
}
