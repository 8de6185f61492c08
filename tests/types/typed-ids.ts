// Compile-time proof that ids keep their literal types end to end: from the seed's helpers, and
// from a custom dataset declared `as const` or parsed with a type parameter, into an atlas whose
// queries reject a misspelt id. `npm run typecheck` fails when a type widens to string; nothing
// here runs.
import {
  type Claim,
  type CountryId,
  createAtlas,
  dataset,
  getCountry,
  isCountryId,
  isMember,
  isPillarId,
  type ParticipationStatus,
  type PillarId,
  pillarPartners,
  resolveCountry,
  toRows,
} from '../../src/index.js';
import { parseDataset } from '../../src/schema/index.js';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const proves = <T extends true>(): T => true as T;

// The seed's own helpers return seed ids, which go straight back into queries.
const uk = resolveCountry('UK');
if (uk) isMember(uk.id);
const japan = getCountry('JP');
if (japan) isMember(japan.id);
for (const row of toRows()) {
  isMember(row.country);
  proves<Equal<typeof row.country, CountryId>>();
  proves<Equal<typeof row.pillar, PillarId | ''>>();
  proves<Equal<typeof row.status, ParticipationStatus>>();
  proves<Equal<typeof row.claim, Claim>>();
}
const text: string = 'JP';
if (isCountryId(text)) isMember(text);
if (isPillarId(text)) pillarPartners(text);
// @ts-expect-error: plain text must be checked first
isMember(text);

// A custom dataset declared `as const`.
const extended = {
  ...dataset,
  countries: [
    ...dataset.countries,
    { id: 'FR', alpha3: 'FRA', numeric: '250', name: 'France', aliases: [] },
  ],
} as const;
const atlas = createAtlas(extended);
atlas.isMember('FR');
// @ts-expect-error: a typo in a query on custom data
atlas.isMember('FX');
// @ts-expect-error: no pillar 3 in this dataset
atlas.statusOf('FR', { pillar: 'pillar-3' });
const france = atlas.resolveCountry('France');
if (france) atlas.isMember(france.id);
for (const row of atlas.toRows()) atlas.isMember(row.country);
for (const partner of atlas.pillarPartners('pillar-2')) atlas.isMember(partner.country);
for (const partner of pillarPartners('pillar-2')) isMember(partner.country);
if (atlas.isCountryId(text)) atlas.isMember(text);

// The same data parsed from JSON, with its type given.
const parsed = parseDataset<typeof extended>(JSON.parse(JSON.stringify(extended)));
const fromJson = createAtlas(parsed);
fromJson.isMember('FR');
// @ts-expect-error: a typo in a query on parsed custom data
fromJson.isMember('FX');
// Without a type, ids are plain strings: any well-formed code compiles.
createAtlas(parseDataset(JSON.parse('{}'))).isMember('FX');
