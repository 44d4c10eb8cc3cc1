import type {
  CoulombsPerKilogram,
  CoulombsPerSquareMeter,
  JoulesPerCubicMeter,
  KilogramsPerCubicMeter,
  Meters,
  Quantity,
  Volts,
} from '../../units/index.ts';

/**
 * Input and output of the stack-level energy density (`stackEnergyDensity`). Everything is per
 * square metre of one cathode coating ("per face") and in SI; conversion constants for the units
 * the quantity parser has no dimension for are in units.ts (mg/cm², µL/mAh, g/Ah).
 */

/** Specific energy [J/kg] (1 Wh/kg = 3600 J/kg). */
export type JoulesPerKilogram = Quantity<'specificEnergy'>;
/** Areal mass [kg/m²] (1 mg/cm² = 0.01 kg/m²); not a parser dimension, so a plain number. */
export type KilogramsPerSquareMeter = number;
/** Areal energy [J/m²] (1 mWh/cm² = 36 000 J/m²). */
export type JoulesPerSquareMeter = number;
/** Electrolyte volume per charge [m³/C] (1 µL/mAh = 2.778e-10 m³/C). */
export type CubicMetersPerCoulomb = number;
/** Electrolyte mass per charge [kg/C] (1 g/Ah = 2.778e-7 kg/C). */
export type KilogramsPerCoulomb = number;

/** How much charge the cathode's active material delivers per kilogram of it. */
export type ActiveMaterialCapacity =
  | {
      /** Q = f·n·F/M from the formula (`theoreticalSpecificCapacity`), times the usable fraction f. */
      readonly kind: 'theoretical';
      /** Formula of the active material as weighed, e.g. "Mo6S8" or "Mg2Mo6S8"; the mass basis of Q. */
      readonly formula: string;
      /** n [1]: electrons per formula unit at full (dis)charge, e.g. 4 for Mo₆S₈ → Mg₂Mo₆S₈. */
      readonly electronsPerFormulaUnit: number;
      /** f ∈ (0, 1]: the usable fraction of the theoretical capacity (Chevrel at RT: ≈ 0.8, trapping). */
      readonly usableFraction: number;
    }
  | {
      /** A measured specific capacity per kilogram of active material, e.g. 190 mAh/g. */
      readonly kind: 'measured';
      readonly specificCapacity: CoulombsPerKilogram;
    };

/** How much cathode there is per face: its active mass loading, or its coating thickness. */
export type CathodeAmount =
  | { readonly kind: 'mass-loading'; readonly activeMassLoading: KilogramsPerSquareMeter }
  | { readonly kind: 'thickness'; readonly thickness: Meters };

/** A composite cathode coating: active material + conductive carbon + binder, with pores. */
export interface CathodeInput {
  readonly activeMaterial: ActiveMaterialCapacity;
  readonly amount: CathodeAmount;
  /** ε ∈ [0, 1): pore volume fraction of the coating, filled with electrolyte. */
  readonly porosity: number;
  /** Mass fractions of the dry coating, each ≥ 0, active > 0, summing to 1. */
  readonly massFractions: { readonly active: number; readonly carbon: number; readonly binder: number };
  /** Skeletal (pore-free) densities of the three solids. */
  readonly densities: {
    readonly active: KilogramsPerCubicMeter;
    readonly carbon: KilogramsPerCubicMeter;
    readonly binder: KilogramsPerCubicMeter;
  };
  /**
   * True when the cathode holds the cell's cyclable Mg as assembled (made in its discharged state,
   * e.g. Mg₂Mo₆S₈): the Mg source of an anode-free cell. False for an Mg-free host (Mo₆S₈, V₂O₅)
   * that takes its Mg from a metal anode.
   */
  readonly magnesiated: boolean;
}

/** The negative electrode as assembled. */
export type AnodeInput =
  | {
      /** A Mg metal foil (on the anode current collector, or self-supporting with a 0 m collector). */
      readonly kind: 'magnesium-foil';
      /** Mg thickness facing one cathode coating [m]: a 50 µm foil shared by two faces is 25 µm. */
      readonly thickness: Meters;
    }
  | {
      /** Anode-free: a bare current collector (Cu); the Mg comes from a magnesiated cathode. */
      readonly kind: 'anode-free';
      /** Mg excess pre-deposited on the collector as N/P = Q_Mg/Q_cathode, ≥ 0 (0: none). */
      readonly npRatio: number;
    };

export interface SeparatorInput {
  readonly thickness: Meters;
  /** ε ∈ [0, 1), filled with electrolyte. */
  readonly porosity: number;
  /** Skeletal density of the separator material (PP 0.90, PE 0.95, glass 2.23 g/cm³). */
  readonly density: KilogramsPerCubicMeter;
}

/** Electrolyte beyond what fills the pores of the separator and the cathode. */
export type ElectrolyteExcess =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'volume-per-capacity';
      /** Excess volume per cell capacity [m³/C] (see `ONE_UL_PER_MAH`). */
      readonly value: CubicMetersPerCoulomb;
      /** Whether the excess occupies stack volume (as an equivalent layer V/A) or sits outside it. */
      readonly inStackVolume: boolean;
    }
  | {
      readonly kind: 'mass-per-capacity';
      /** Excess mass per cell capacity [kg/C] (see `ONE_G_PER_AH`). */
      readonly value: KilogramsPerCoulomb;
      readonly inStackVolume: boolean;
    };

export interface ElectrolyteInput {
  /** Density of the electrolyte solution. */
  readonly density: KilogramsPerCubicMeter;
  readonly excess: ElectrolyteExcess;
}

/** A current-collector foil; thickness 0 leaves it out. */
export interface FoilInput {
  readonly thickness: Meters;
  readonly density: KilogramsPerCubicMeter;
}

export interface CurrentCollectorsInput {
  /** Positive collector (Al). */
  readonly cathode: FoilInput;
  /** Negative collector (Cu; 0 m for a self-supporting Mg foil). */
  readonly anode: FoilInput;
}

/**
 * single-sided: one coating per collector, each foil counted fully per face (a coin cell, a
 * single-layer pouch). double-sided: coatings on both sides of each foil in a stack, each foil
 * counted at half its thickness per face.
 */
export type CoatingLayout = 'single-sided' | 'double-sided';

/**
 * Volume of the Mg the cathode plates onto the anode on charge. In the charged state it is an
 * extra layer (its mass is already counted in the magnesiated cathode); 'counted' adds its
 * thickness Q·V̄_Mg/(2F)/(1 − ε) to the stack, 'not-counted' ignores the swelling.
 */
export type PlatedMagnesiumVolume = { readonly kind: 'counted'; readonly porosity: number } | { readonly kind: 'not-counted' };

/** One repeat unit of a stack, per face. */
export interface StackInput {
  readonly cathode: CathodeInput;
  readonly anode: AnodeInput;
  readonly separator: SeparatorInput;
  readonly electrolyte: ElectrolyteInput;
  readonly currentCollectors: CurrentCollectorsInput;
  readonly coating: CoatingLayout;
  readonly platedMagnesium: PlatedMagnesiumVolume;
  /** Mean discharge voltage Ū [V] (energy / charge), e.g. ≈ 1.1 V for Mg‖Mo₆S₈. */
  readonly meanDischargeVoltage: Volts;
}

/** The parts of a repeat unit, in stack order from the positive collector. */
export const STACK_COMPONENTS = {
  'cathode-collector': 'positive current collector (Al)',
  'cathode-active': 'cathode active material',
  'cathode-carbon': 'conductive carbon',
  'cathode-binder': 'binder',
  'cathode-electrolyte': 'electrolyte in the cathode pores',
  'separator': 'separator',
  'separator-electrolyte': 'electrolyte in the separator pores',
  'excess-electrolyte': 'excess electrolyte',
  'anode-magnesium': 'Mg metal as assembled',
  'plated-magnesium': 'Mg plated from the cathode (charged state; its mass is in the cathode)',
  'anode-collector': 'negative current collector (Cu)',
} as const;

export type StackComponentId = keyof typeof STACK_COMPONENTS;

export interface StackComponent {
  readonly id: StackComponentId;
  readonly label: string;
  /** Mass per face [kg/m²]. */
  readonly arealMass: KilogramsPerSquareMeter;
  /** Volume per face as an equivalent thickness [m]; the components' thicknesses sum to the repeat unit's. */
  readonly thickness: Meters;
  readonly massFraction: number;
  readonly volumeFraction: number;
}

export interface StackEnergyDensity {
  /** e_m = E/m [J/kg]. */
  readonly gravimetric: JoulesPerKilogram;
  /** e_V = E/V [J/m³]. */
  readonly volumetric: JoulesPerCubicMeter;
  /** E = Q·Ū per face [J/m²]. */
  readonly arealEnergy: JoulesPerSquareMeter;
  /** Q = min(Q_cathode, Mg inventory) per face. */
  readonly arealCapacity: CoulombsPerSquareMeter;
  readonly meanDischargeVoltage: Volts;
  /** 'cathode' when Q_cathode ≤ the Mg inventory, else 'anode' (the cell runs out of Mg). */
  readonly limitingElectrode: 'cathode' | 'anode';
  /** N/P = Q_Mg,anode / Q_cathode: Mg metal on the anode as assembled over the usable cathode capacity. */
  readonly npRatio: number;
  readonly cathode: {
    /** Usable specific capacity of the active material [C/kg]. */
    readonly specificCapacity: CoulombsPerKilogram;
    readonly arealCapacity: CoulombsPerSquareMeter;
    readonly activeMassLoading: KilogramsPerSquareMeter;
    /** Coating thickness L_c (pores included). */
    readonly thickness: Meters;
    /** Dry coating density m_dry/L_c [kg/m³]. */
    readonly coatingDensity: KilogramsPerCubicMeter;
  };
  readonly anode: {
    /** Capacity of the Mg metal on the anode as assembled. */
    readonly arealCapacity: CoulombsPerSquareMeter;
    /** Cyclable Mg: anode Mg plus, for a magnesiated cathode, the cathode's usable capacity. */
    readonly magnesiumInventory: CoulombsPerSquareMeter;
  };
  readonly totalArealMass: KilogramsPerSquareMeter;
  readonly totalThickness: Meters;
  /** Every component, in stack order, including those that are zero. */
  readonly components: readonly StackComponent[];
  /** The conventions applied, in words (collector sharing, plated Mg, excess electrolyte). */
  readonly notes: readonly string[];
}
