import type { Config } from 'vega-lite';
import type { ColorDef, Field, PositionFieldDef, ShapeDef, StringFieldDef } from 'vega-lite/types_unstable/channeldef.js';
import type { UnitSpec } from 'vega-lite/types_unstable/spec/index.js';
import type { TitleParams } from 'vega-lite/types_unstable/title.js';
import { decades } from './data.ts';
import { TARGET_COLOUR, THEME } from './theme.ts';

/** Pieces shared by the plot specs. Each returns plain JSON-able data. */

/** Vega-Lite's own types for the parts of a spec (its `types_unstable` entry). */
export type Position = PositionFieldDef<Field>;
export type Colour = ColorDef<Field>;
export type Shape = ShapeDef<Field>;
export type Tooltip = StringFieldDef<Field>[];
export type Layer = UnitSpec<Field>;

/** `$schema`, theme and a title with subtitle lines. */
export function specHead(title: string, subtitle: readonly string[]): { $schema: string; config: Config; title: TitleParams<never> } {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: THEME,
    title: { text: title, subtitle: [...subtitle] },
  };
}

/** A log conductivity scale [S/cm] with one tick per decade, spanning every value given. */
export function logSigmaEncoding(field: string, title: string | null, values: readonly number[]): PositionFieldDef<Field> {
  const ticks = decades(Math.min(...values), Math.max(...values));
  return {
    field,
    type: 'quantitative',
    title,
    scale: { type: 'log', domain: [ticks[0] ?? 1e-9, ticks[ticks.length - 1] ?? 1] },
    axis: { format: '.0e', values: ticks },
  };
}

/** The dashed practical-target line at σ = target [S/cm], across a y (horizontal line) or x axis. */
export function targetRuleLayer(targetSCm: number, channel: 'x' | 'y'): UnitSpec<Field> {
  return {
    data: { values: [{ target: targetSCm }] },
    mark: { type: 'rule', color: TARGET_COLOUR, strokeDash: [6, 4] },
    encoding: { [channel]: { field: 'target', type: 'quantitative' } },
  };
}
