import { deepFreeze } from '../internal/deep-freeze.js';
import type { Person } from '../model/person.js';
import type { SeedRecord } from './seed-record.js';

const records = [
  { id: 'joe-biden', name: 'Joe Biden' },
  { id: 'donald-trump', name: 'Donald Trump' },
  { id: 'scott-morrison', name: 'Scott Morrison' },
  { id: 'anthony-albanese', name: 'Anthony Albanese' },
  { id: 'boris-johnson', name: 'Boris Johnson' },
  { id: 'liz-truss', name: 'Liz Truss' },
  { id: 'rishi-sunak', name: 'Rishi Sunak' },
  { id: 'keir-starmer', name: 'Keir Starmer' },
  { id: 'yoshihide-suga', name: 'Yoshihide Suga' },
  { id: 'fumio-kishida', name: 'Fumio Kishida' },
  { id: 'shigeru-ishiba', name: 'Shigeru Ishiba' },
  { id: 'sanae-takaichi', name: 'Sanae Takaichi' },
  { id: 'peter-dutton', name: 'Peter Dutton' },
  { id: 'richard-marles', name: 'Richard Marles' },
  { id: 'lloyd-austin', name: 'Lloyd J. Austin III' },
  { id: 'robert-salesses', name: 'Robert Salesses' },
  { id: 'pete-hegseth', name: 'Pete Hegseth' },
  { id: 'ben-wallace', name: 'Ben Wallace' },
  { id: 'grant-shapps', name: 'Grant Shapps' },
  { id: 'john-healey', name: 'John Healey' },
  { id: 'jen-psaki', name: 'Jen Psaki' },
  { id: 'john-kirby', name: 'John Kirby' },
  { id: 'justin-trudeau', name: 'Justin Trudeau' },
  { id: 'anita-anand', name: 'Anita Anand' },
  { id: 'bill-blair', name: 'Bill Blair' },
  { id: 'chris-hipkins', name: 'Chris Hipkins' },
  { id: 'andrew-little', name: 'Andrew Little' },
  { id: 'nanaia-mahuta', name: 'Nanaia Mahuta' },
  { id: 'antony-blinken', name: 'Antony Blinken' },
  { id: 'christopher-luxon', name: 'Christopher Luxon' },
  { id: 'winston-peters', name: 'Winston Peters' },
  { id: 'judith-collins', name: 'Judith Collins' },
  { id: 'shin-won-sik', name: 'Shin Won-sik' },
  { id: 'rahm-emanuel', name: 'Rahm Emanuel' },
  { id: 'peter-highnam', name: 'Peter Highnam' },
  { id: 'marco-rubio', name: 'Marco Rubio' },
  // Supplement: aukus-facts-2026.md rows 45–66 and later
  { id: 'dan-jarvis', name: 'Dan Jarvis' },
] as const satisfies readonly Person[];

/**
 * A person id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { PersonId } from 'aukus';
 * const person: PersonId = 'anthony-albanese';
 * ```
 */
export type PersonId = (typeof records)[number]['id'];

/**
 * People who hold an office recorded in the seed or who are quoted in it.
 *
 * @category Entities
 * @example
 * ```ts
 * import { people } from 'aukus';
 * people.find((p) => p.id === 'fumio-kishida')?.name; // 'Fumio Kishida'
 * ```
 */
export const people: readonly SeedRecord<Person, PersonId>[] = /* @__PURE__ */ deepFreeze(records);
