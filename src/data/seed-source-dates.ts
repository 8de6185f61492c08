import type { Source } from '../model/source.js';
import { SOURCE_DATES } from './source-dates.js';

let parsed: readonly Pick<Source, 'id' | 'published'>[] | undefined;

/**
 * The seed sources' ids and publication dates, read once from the generated table on first use
 * (never at module load): all that `knownAt` needs, at a fraction of the size of `sources`.
 *
 * @internal
 */
export function seedSourceDates(): readonly Pick<Source, 'id' | 'published'>[] {
  if (parsed === undefined) {
    parsed = SOURCE_DATES.split('|').map((pair) => {
      const space = pair.indexOf(' ');
      return { id: pair.slice(0, space), published: pair.slice(space + 1) };
    });
  }
  return parsed;
}
