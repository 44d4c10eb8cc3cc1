import type { Breakdown, CellModel } from './model/model.ts';
import type { Series } from './results.ts';

/** Collects the time series of a run column by column (kept as plain arrays until `finish`). */
export class SeriesRecorder {
  private readonly columns: string[];
  private readonly units: string[];
  private readonly data: number[][];

  /** Full and anode-free cells add the cathode's OCV, surface filling and Mg content. */
  private readonly cathode: boolean;

  constructor(private readonly model: CellModel) {
    this.cathode = model.layout.cathode !== undefined;
    const layerColumns = model.layerNames.map((n) => `layer ${n}`);
    this.columns = [
      'time', 'cycle', 'step', 'current density', 'cell voltage',
      'kinetic working', 'kinetic counter', 'nucleation working', 'nucleation counter',
      'film working', 'film counter', ...layerColumns, 'electrolyte ohmic', 'concentration',
      'electronic current', 'film thickness working', 'film thickness counter',
      'surface concentration working', 'surface concentration counter', 'metal working', 'metal counter',
      'Mg in films', 'Mg in electrolyte', 'Mg total',
      ...(this.cathode ? ['cathode ocv', 'cathode surface filling', 'Mg in cathode', 'Mg trapped in cathode', 'Mg stranded in lost cathode'] : []),
    ];
    this.units = [
      's', '1', '1', 'A/m^2', 'V',
      'V', 'V', 'V', 'V',
      'V', 'V', ...layerColumns.map(() => 'V'), 'V', 'V',
      'A/m^2', 'm', 'm',
      'mol/m^3', 'mol/m^3', 'mol/m^2', 'mol/m^2',
      'mol/m^2', 'mol/m^2', 'mol/m^2',
      ...(this.cathode ? ['V', '1', 'mol/m^2', 'mol/m^2', 'mol/m^2'] : []),
    ];
    this.data = this.columns.map(() => []);
  }

  push(t: number, cycle: number, step: number, current: number, y: Float64Array, b: Breakdown): void {
    const l0 = this.model.layout.electrodes[0];
    const l1 = this.model.layout.electrodes[1];
    const row = [
      t, cycle, step, current, b.voltage,
      b.kinetic[0], b.kinetic[1], b.nucleation[0], b.nucleation[1],
      b.film[0], b.film[1], ...b.layers, b.electrolyteOhmic, b.concentration,
      b.electronicCurrent, (y[l0.film] ?? 0) + (y[l0.passivation] ?? 0), (y[l1.film] ?? 0) + (y[l1.passivation] ?? 0),
      b.surfaceConcentration[0], b.surfaceConcentration[1], y[l0.metal] ?? 0, y[l1.metal] ?? 0,
    ];
    // Mg inventory [mol/m²] at every sample, so conservation can be checked along the run.
    const inv = this.model.inventory(y);
    row.push(inv.film + inv.passivation, inv.electrolyte, inv.total);
    if (this.cathode) row.push(b.ocv, b.cathodeFilling, inv.cathode, inv.trapped, inv.stranded);
    row.forEach((v, j) => this.data[j]?.push(v));
  }

  finish(): Series {
    return {
      columns: this.columns,
      units: this.units,
      data: this.data.map((c) => Float64Array.from(c)),
      length: this.data[0]?.length ?? 0,
    };
  }
}
