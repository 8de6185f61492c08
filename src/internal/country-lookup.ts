import type { Country } from '../model/country.js';

const cache = new WeakMap<readonly Country[], Map<string, Country>>();

/** Lowercases, trims and folds inner white space, so "  south   KOREA " finds "South Korea". */
export function normalizeName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A map from every name a country goes by (id, alpha-3, numeric code, name, aliases), normalized,
 * to the country. Built once per countries array.
 *
 * @internal
 */
export function countryLookup(countries: readonly Country[]): Map<string, Country> {
  let lookup = cache.get(countries);
  if (lookup === undefined) {
    lookup = new Map();
    for (const country of countries) {
      for (const name of [
        country.id,
        country.alpha3,
        country.numeric,
        country.name,
        ...country.aliases,
      ]) {
        const key = normalizeName(name);
        if (!lookup.has(key)) lookup.set(key, country);
      }
    }
    cache.set(countries, lookup);
  }
  return lookup;
}
