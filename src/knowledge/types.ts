import type { Dimension } from '../units/index.ts';
import type { BatteryType, Category, ElectrolyteFamily, FlagKind } from './categories.ts';
import type { PropertyName } from './properties.ts';

export interface Flag {
  readonly kind: FlagKind;
  readonly asWritten?: string | undefined;
  readonly meaning?: string | undefined;
  readonly note: string;
}

/** One entry of the review's bibliography. */
export interface Reference {
  readonly n: number;
  readonly authors: readonly string[];
  readonly firstAuthor: string;
  readonly journal: string;
  readonly year: number;
  readonly volume?: string | undefined;
  readonly pages?: string | undefined;
  readonly url?: string | undefined;
  readonly asWritten: string;
  readonly flags: readonly Flag[];
}

/** The review article itself, for statements it makes without a citation. */
export interface ReviewCitation {
  readonly title: string;
  readonly authors: readonly string[];
  readonly firstAuthor: string;
  readonly journal: string;
  readonly year: number;
  readonly note?: string | undefined;
}

export type Source = { readonly kind: 'reference'; readonly reference: Reference } | { readonly kind: 'review'; readonly review: ReviewCitation };

/** A condition that is a quantity: what was written and its SI value. */
export interface ConditionQuantity {
  readonly asWritten: string;
  readonly value: number;
  readonly unit: string;
  readonly dimension: Dimension;
  /** Set when the value was filled in by us (e.g. "RT" taken as 25 °C). */
  readonly assumed?: string | undefined;
}

export interface Conditions {
  readonly temperature?: ConditionQuantity | undefined;
  readonly currentDensity?: ConditionQuantity | undefined;
  readonly specificCurrent?: ConditionQuantity | undefined;
  readonly cRate?: ConditionQuantity | undefined;
  readonly duration?: ConditionQuantity | undefined;
  readonly arealCapacity?: ConditionQuantity | undefined;
  readonly afterCycles?: number | undefined;
  readonly vs?: string | undefined;
  readonly cell?: string | undefined;
  readonly electrolyte?: string | undefined;
  readonly note?: string | undefined;
}

export interface Location {
  readonly section: string;
  readonly table?: string | undefined;
  readonly figure?: string | undefined;
  readonly scheme?: string | undefined;
}

/** A number or a range, in SI. */
export type Amount = { readonly kind: 'point'; readonly value: number } | { readonly kind: 'range'; readonly min: number; readonly max: number };

export type Qualifier = '=' | '≈' | '~' | '<' | '>' | '≤' | '≥';

/** One quantitative statement of the review: a property of an entity under conditions. */
export interface ValueRecord {
  /** `<entity id>/<property>` or `<entity id>/<key>`. */
  readonly id: string;
  readonly entityId: string;
  readonly property: PropertyName;
  readonly dimension: Dimension;
  readonly amount: Amount;
  /** SI unit of `amount`. */
  readonly unit: string;
  readonly qualifier: Qualifier;
  /** The value in the unit the review uses. */
  readonly amountAsWritten: Amount;
  readonly unitAsWritten: string;
  /** The review's own words. */
  readonly text: string;
  readonly conditions: Conditions;
  readonly where: Location;
  readonly sources: readonly Source[];
  readonly flags: readonly Flag[];
}

export interface Table1Entry {
  readonly row: number;
  readonly group: 'structural-and-interface-layers' | 'mofs';
  readonly approach: string;
  readonly cellAsWritten: string;
  readonly anode: string;
  readonly cathode: string;
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly category: Category;
  readonly family?: ElectrolyteFamily | undefined;
  readonly mof: boolean;
  readonly ion?: string | undefined;
  readonly battery?: BatteryType | undefined;
  readonly formula?: string | undefined;
  readonly description: string;
  readonly section: string;
  readonly sources: readonly Source[];
  readonly related: readonly string[];
  readonly table1?: Table1Entry | undefined;
  readonly flags: readonly Flag[];
  readonly values: readonly ValueRecord[];
  /** The data file the entity came from. */
  readonly file: string;
}

export interface KnowledgeBase {
  readonly review: ReviewCitation;
  readonly references: ReadonlyMap<number, Reference>;
  readonly entities: readonly Entity[];
  readonly byId: ReadonlyMap<string, Entity>;
  readonly values: readonly ValueRecord[];
  readonly valuesById: ReadonlyMap<string, ValueRecord>;
}
