import { dataset } from '../../src/index.js';
import type { Dataset } from '../../src/model/dataset.js';

/** A mutable deep copy of the seed, for building invalid or extended datasets. */
export function seedCopy(): { -readonly [K in keyof Dataset]: unknown } & Record<string, unknown> {
  return JSON.parse(JSON.stringify(dataset));
}

/** Every day from `from` to `to` inclusive, as YYYY-MM-DD. */
export function days(from: string, to: string): string[] {
  const result: string[] = [];
  for (
    let t = Date.parse(`${from}T00:00:00Z`);
    t <= Date.parse(`${to}T00:00:00Z`);
    t += 86_400_000
  ) {
    result.push(new Date(t).toISOString().slice(0, 10));
  }
  return result;
}

/** The day before or after a YYYY-MM-DD date. */
export function shift(date: string, by: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The seed with one spell's dates replaced, e.g. by a partial date: the seed itself dates every
 * spell to the day, so the reading of partial dates is tested on a dataset that has one.
 */
export function seedWithSpellDates(
  id: string,
  dates: { readonly from: string; readonly to?: string },
): Dataset {
  return {
    ...dataset,
    participations: dataset.participations.map((p) => (p.id === id ? { ...p, ...dates } : p)),
  };
}
