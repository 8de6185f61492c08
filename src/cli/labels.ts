import { countries as seedCountries } from '../data/countries.js';
import type { Country } from '../model/country.js';
import type { Pillar } from '../model/pillar.js';
import type { Standing } from '../query/standing.js';

/** `Japan (JP)`; the bare id for a country the data does not name. @internal */
export function countryLabel(id: string, countries: readonly Country[] = seedCountries): string {
  const country = countries.find((c) => c.id === id);
  return country === undefined ? id : `${country.name} (${id})`;
}

/** The latest official name of a pillar, or its id when it has none. @internal */
export function pillarName(pillar: Pillar): string {
  return pillar.names.at(-1)?.name ?? pillar.id;
}

/** A standing in a table cell: `consultation`, `floated (reported)` or `—`. @internal */
export function standingCell(standing: Standing<string, string>): string {
  if (standing.status === null) return '—';
  return standing.claim === 'reported' ? `${standing.status} (reported)` : standing.status;
}

/** The spell's start and claim for a table row; empty when nothing is known. @internal */
export function sinceAndClaim(standing: Standing<string, string>): [string, string] {
  return standing.since === null ? ['', ''] : [standing.since, String(standing.claim)];
}
