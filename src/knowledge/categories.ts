/** What kind of thing an entity is. `mof` is a separate flag, so MOF entries can be found across categories. */
export const CATEGORIES = {
  'metal-anode': 'Metal anodes (Li, Mg, Ca) and their theoretical capacities',
  'battery-technology': 'Battery technologies used as benchmarks (LIBs, RMBs)',
  'liquid-electrolyte': 'Organic liquid electrolytes (Grignard, MACC, simple salts, borates, carboranes)',
  'ionic-liquid-electrolyte': 'Ionic-liquid and ionic-liquid co-solvent electrolytes',
  'solid-electrolyte': 'Non-MOF solid, polymer, gel and crystalline electrolytes',
  'mof-solid-electrolyte': 'MOF-based solid Mg²⁺ conductors (pellets and films)',
  'mof-hybrid-electrolyte': 'Hybrid electrolytes: IL@MOF, semi-solid MOF electrolytes, MOF gel polymers',
  'artificial-sei': 'Artificial interphases and SEI-forming treatments on the metal anode',
  interlayer: 'Non-MOF interlayers and membranes between anode and electrolyte',
  'mof-interlayer': 'MOF interlayers and protective MOF layers on the anode',
  'anode-strategy': 'Anode designs: 3D hosts, alloys, skeletons, anode-free cells',
  interphase: 'The native SEI and design targets for an artificial SEI',
  cathode: 'Cathode materials',
  'mof-derived-cathode': 'Cathodes made from or templated by MOFs',
  'cell-result': 'Cycling results of complete cells (the rows of Table 1)',
  'plastic-crystal': 'Organic ionic plastic crystals (OIPCs) proposed for MOF composites',
} as const;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_KEYS = Object.keys(CATEGORIES) as Category[];

export function isCategory(key: string): key is Category {
  return Object.hasOwn(CATEGORIES, key);
}

/** Electrolyte families, the rows of the conductivity ladder. */
export const ELECTROLYTE_FAMILIES = {
  'organic-liquid': 'Organic liquid',
  'ionic-liquid': 'Ionic liquid / IL co-solvent',
  'inorganic-solid': 'Inorganic solid',
  polymer: 'Solid polymer',
  'gel-polymer': 'Gel polymer',
  'crystalline-molecular': 'Crystalline molecular / deep-eutectic solid',
  'bio-membrane': 'Bio-derived membrane',
  'mof-solid': 'MOF solid conductor',
  'il-mof-hybrid': 'IL@MOF hybrid',
  'mof-semi-solid': 'MOF semi-solid',
  'mof-gel-polymer': 'MOF gel polymer',
} as const;

export type ElectrolyteFamily = keyof typeof ELECTROLYTE_FAMILIES;

export const BATTERY_TYPES = ['RMB', 'LIB', 'LMB', 'ZIB', 'SIB', 'Mg/Li hybrid'] as const;
export type BatteryType = (typeof BATTERY_TYPES)[number];

export const FLAG_KINDS = {
  'damaged-text': 'The review text is garbled here (extraction or typesetting damage)',
  inconsistent: 'The review contradicts itself or the cited source',
  ambiguous: 'The wording allows more than one reading',
  'citation-mismatch': 'The cited reference does not match the statement',
  derived: 'Computed here from values the review gives',
  assumed: 'A condition the review leaves implicit, filled in by us',
} as const;
export type FlagKind = keyof typeof FLAG_KINDS;
