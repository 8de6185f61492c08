import { deepFreeze } from '../internal/deep-freeze.js';
import type { Tenure } from '../model/tenure.js';
import type { SeedRecord } from './seed-record.js';

const HANDOVER_NOTE =
  'Ends on the day the successor took office; both are recorded as in office on that day.';
const US_PRESIDENT_NOTE = 'The US President is both head of state and head of government.';

const records = [
  // United States: the President holds both head roles.
  {
    id: 'us-hog-joe-biden',
    person: 'joe-biden',
    country: 'US',
    role: 'head-of-government',
    from: '2021-01-20',
    to: '2025-01-20',
    citations: [
      { source: 'whas11-2021-01-20-biden-sworn-in' },
      { source: 'livemint-2025-01-20-trump-sworn-in' },
    ],
    note: 'The US President is both head of state and head of government. Ends on the day the successor took office; both are recorded as in office on that day.',
  },
  {
    id: 'us-hos-joe-biden',
    person: 'joe-biden',
    country: 'US',
    role: 'head-of-state',
    from: '2021-01-20',
    to: '2025-01-20',
    citations: [
      { source: 'whas11-2021-01-20-biden-sworn-in' },
      { source: 'livemint-2025-01-20-trump-sworn-in' },
    ],
    note: 'The US President is both head of state and head of government. Ends on the day the successor took office; both are recorded as in office on that day.',
  },
  {
    id: 'us-hog-donald-trump',
    person: 'donald-trump',
    country: 'US',
    role: 'head-of-government',
    from: '2025-01-20',
    citations: [{ source: 'livemint-2025-01-20-trump-sworn-in' }],
    note: US_PRESIDENT_NOTE,
  },
  {
    id: 'us-hos-donald-trump',
    person: 'donald-trump',
    country: 'US',
    role: 'head-of-state',
    from: '2025-01-20',
    citations: [{ source: 'livemint-2025-01-20-trump-sworn-in' }],
    note: US_PRESIDENT_NOTE,
  },

  // Australia
  {
    id: 'au-hog-scott-morrison',
    person: 'scott-morrison',
    country: 'AU',
    role: 'head-of-government',
    from: '2018-08-24',
    to: '2022-05-23',
    citations: [
      { source: 'btimes-2018-08-24-morrison' },
      { source: 'guardian-2022-05-23-albanese-sworn-in' },
    ],
    note: HANDOVER_NOTE,
  },
  {
    id: 'au-hog-anthony-albanese',
    person: 'anthony-albanese',
    country: 'AU',
    role: 'head-of-government',
    from: '2022-05-23',
    citations: [{ source: 'guardian-2022-05-23-albanese-sworn-in' }],
  },

  // United Kingdom
  {
    id: 'gb-hog-boris-johnson',
    person: 'boris-johnson',
    country: 'GB',
    role: 'head-of-government',
    from: '2019-07-24',
    to: '2022-09-06',
    citations: [
      { source: 'times-2019-07-24-court-circular' },
      { source: 'wh-2021-09-15-joint-leaders-statement' },
      { source: 'times-2022-09-06-court-circular' },
    ],
    note: 'Appointed on 2019-07-24 (Court Circular); he resigned on the morning of 2022-09-06. Until data 0.1.0 his tenure started only where first attested, at the announcement of AUKUS.',
  },
  {
    id: 'gb-hog-liz-truss',
    person: 'liz-truss',
    country: 'GB',
    role: 'head-of-government',
    from: '2022-09-06',
    to: '2022-10-25',
    citations: [
      { source: 'times-2022-09-06-court-circular' },
      { source: 'times-2022-10-25-court-circular' },
    ],
    note: 'Appointed on the afternoon of 2022-09-06; resigned on the morning of 2022-10-25. Ends on the day the successor took office; both are recorded as in office on that day.',
  },
  {
    id: 'gb-hog-rishi-sunak',
    person: 'rishi-sunak',
    country: 'GB',
    role: 'head-of-government',
    from: '2022-10-25',
    to: '2024-07-05',
    citations: [
      { source: 'times-2022-10-25-court-circular' },
      { source: 'nationalworld-2024-07-05-starmer' },
    ],
    note: HANDOVER_NOTE,
  },
  {
    id: 'gb-hog-keir-starmer',
    person: 'keir-starmer',
    country: 'GB',
    role: 'head-of-government',
    from: '2024-07-05',
    citations: [
      { source: 'nationalworld-2024-07-05-starmer' },
      { source: 'jordan-times-2026-06-burnham-to-replace-starmer' },
    ],
    note: 'On 2026-06-22 he announced that he would step down and stay on as caretaker until a successor is chosen. No source read gives the day he left office or confirms a successor, so the tenure stays open.',
  },

  // Japan
  {
    id: 'jp-hog-yoshihide-suga',
    person: 'yoshihide-suga',
    country: 'JP',
    role: 'head-of-government',
    from: '2020-09-16',
    to: '2021-10-04',
    citations: [
      { source: 'nikkei-2020-09-16-suga-elected' },
      { source: 'tass-2021-10-04-suga-cabinet-resigns' },
    ],
    note: 'His cabinet resigned on 2021-10-04. Ends on the day the successor took office; both are recorded as in office on that day.',
  },
  {
    id: 'jp-hog-fumio-kishida',
    person: 'fumio-kishida',
    country: 'JP',
    role: 'head-of-government',
    from: '2021-10-04',
    to: '2024-10-01',
    citations: [
      { source: 'reuters-2021-10-04-kishida-elected' },
      { source: 'lokmat-2024-10-01-ishiba' },
    ],
    note: HANDOVER_NOTE,
  },
  {
    id: 'jp-hog-shigeru-ishiba',
    person: 'shigeru-ishiba',
    country: 'JP',
    role: 'head-of-government',
    from: '2024-10-01',
    to: '2025-10-21',
    citations: [
      { source: 'lokmat-2024-10-01-ishiba' },
      { source: 'hansindia-2025-10-21-takaichi' },
    ],
    note: HANDOVER_NOTE,
  },
  {
    id: 'jp-hog-sanae-takaichi',
    person: 'sanae-takaichi',
    country: 'JP',
    role: 'head-of-government',
    from: '2025-10-21',
    citations: [
      { source: 'hansindia-2025-10-21-takaichi' },
      { source: 'qazinform-2026-02-09-ldp-wins-majority' },
      { source: 'nippon-2026-02-18-takaichi-re-elected' },
    ],
    note: 'Re-elected Prime Minister by the Diet on 2026-02-18, after the general election of 2026-02-08, and formed her second cabinet. She did not leave office, so one unbroken tenure is recorded rather than an end and a new start.',
  },

  // Defence ministers
  {
    id: 'au-defence-peter-dutton',
    person: 'peter-dutton',
    country: 'AU',
    role: 'defence-minister',
    from: '2021-09-16',
    fromObserved: true,
    to: '2021-11-22',
    toObserved: true,
    citations: [
      { source: 'smh-2021-09-17-dutton-ausmin' },
      { source: 'urdupoint-2021-11-22-ennpia-signed' },
    ],
    note: 'Australian Minister for Defence. Neither the start nor the end of his tenure is in the sources read; he is attested at AUSMIN in Washington the day after the announcement of AUKUS and at the signing of ENNPIA on 2021-11-22.',
  },
  {
    id: 'au-defence-richard-marles',
    person: 'richard-marles',
    country: 'AU',
    role: 'defence-minister',
    from: '2022-06-01',
    citations: [
      {
        source: 'sbs-2022-06-01-ministry-sworn-in',
        locator: 'Richard Marles - Deputy Prime Minister, Defence',
      },
      { source: 'guardian-2022-05-23-albanese-sworn-in', locator: 'Deputy Prime Minister' },
      { source: 'gov-uk-2022-12-07-defence-ministerial' },
      { source: 'gov-uk-2025-12-10-defence-ministers' },
    ],
    note: 'Sworn in as Deputy Prime Minister on 2022-05-23 and as Minister for Defence with the full ministry on Wednesday 2022-06-01. Who held Defence in the interim ministry of 2022-05-23 to 2022-05-31 is not in the sources read. Attested as Defence Minister at every AUKUS defence ministers’ meeting from 2022-12-07 to 2025-12-10. Until data 0.1.0 his tenure started only where first attested, 2022-12-07.',
  },
  {
    id: 'us-defence-lloyd-austin',
    person: 'lloyd-austin',
    country: 'US',
    role: 'defence-minister',
    from: '2021-01-22',
    to: '2025-01-20',
    citations: [
      { source: 'theneutral-2021-01-22-austin' },
      { source: 'gov-uk-2022-12-07-defence-ministerial' },
      { source: 'gov-uk-2024-09-26-aukus-statement' },
      {
        source: 'pacom-2025-01-21-acting-secretary-of-defense',
        quote: 'assumed the functions and duties of the office at 12:01 p.m. on January 20th',
        locator: 'Robert Salesses, Acting Secretary of Defense',
      },
    ],
    note: 'US Secretary of Defense, confirmed and in office from Friday 2021-01-22; his successor in an acting capacity took over at 12:01 p.m. on 2025-01-20, and both are recorded as in office on that day. Until data 0.1.0 his tenure ran only from 2022-12-07 to 2024-09-26, where he was attested.',
  },
  {
    id: 'us-defence-robert-salesses',
    person: 'robert-salesses',
    country: 'US',
    role: 'defence-minister',
    from: '2025-01-20',
    to: '2025-01-25',
    citations: [
      { source: 'pacom-2025-01-21-acting-secretary-of-defense' },
      { source: 'kyma-2025-01-25-hegseth-sworn-in' },
    ],
    note: 'Acting Secretary of Defense, designated by President Trump, from 12:01 p.m. on 2025-01-20 until Pete Hegseth was sworn in. Ends on the day the successor took office; both are recorded as in office on that day.',
  },
  {
    id: 'us-defence-pete-hegseth',
    person: 'pete-hegseth',
    country: 'US',
    role: 'defence-minister',
    from: '2025-01-25',
    citations: [
      { source: 'kyma-2025-01-25-hegseth-sworn-in' },
      { source: 'gov-uk-2025-12-10-defence-ministers' },
    ],
    note: 'US Secretary of Defense, confirmed on 2025-01-24 and sworn in on 2025-01-25; styled "Secretary of War" in the statement of 2025-12-10.',
  },
  {
    id: 'gb-defence-ben-wallace',
    person: 'ben-wallace',
    country: 'GB',
    role: 'defence-minister',
    from: '2019-07-24',
    to: '2023-08-31',
    citations: [
      { source: 'defensenews-2019-07-24-wallace' },
      { source: 'gov-uk-2022-12-07-defence-ministerial' },
      { source: 'guardian-2023-08-31-shapps-defence' },
    ],
    note: 'UK Defence Secretary, appointed by Boris Johnson on 2019-07-24. Ends on the day the successor took office; both are recorded as in office on that day. Until data 0.1.0 his tenure started only where first attested, 2022-12-07.',
  },
  {
    id: 'gb-defence-grant-shapps',
    person: 'grant-shapps',
    country: 'GB',
    role: 'defence-minister',
    from: '2023-08-31',
    to: '2024-07-05',
    citations: [
      { source: 'guardian-2023-08-31-shapps-defence' },
      { source: 'twfy-2024-04-15-hcws404-aukus-update' },
      { source: 'devdiscourse-2024-07-05-healey' },
    ],
    note: 'UK Defence Secretary until the change of government; his successor was appointed on 2024-07-05. Ends on the day the successor took office; both are recorded as in office on that day. Until data 0.1.0 his tenure ended where last attested, 2024-04-15.',
  },
  {
    id: 'gb-defence-john-healey',
    person: 'john-healey',
    country: 'GB',
    role: 'defence-minister',
    from: '2024-07-05',
    to: '2026-06-11',
    citations: [
      {
        source: 'devdiscourse-2024-07-05-healey',
        quote:
          "Prime Minister Keir Starmer appointed David Lammy as Britain's new foreign minister and John Healey as defence minister on Friday.",
      },
      { source: 'gov-uk-2024-09-26-aukus-statement' },
      { source: 'gov-uk-2025-12-10-defence-ministers' },
      { source: 'metro-2026-06-11-healey-resigns' },
    ],
    note: 'UK Defence Secretary, appointed by Keir Starmer on Friday 2024-07-05; attested at the AUKUS defence ministers’ meetings from 2024-09-26. Until data 0.1.0 his tenure started only where first attested, 2024-09-26. He resigned on 2026-06-11, the day Dan Jarvis was appointed by GB News’s account; both are recorded as in office on that day.',
  },
  // Supplement: aukus-facts-2026.md rows 45–66 and later
  {
    id: 'gb-defence-dan-jarvis',
    person: 'dan-jarvis',
    country: 'GB',
    role: 'defence-minister',
    from: '2026-06-11',
    citations: [
      { source: 'gb-news-2026-06-11-healey-resigns-jarvis' },
      { source: 'rainsnews-2026-06-healey-resigns' },
      { source: 'gb-news-2026-06-14-jarvis-interview' },
    ],
    note: 'UK Defence Secretary. Sources differ on the day of his appointment: GB News places it on the evening of 11 June 2026, the day John Healey resigned; RainsNews gives 12 June. The earlier day is recorded, so both are in office on 2026-06-11.',
  },
] as const satisfies readonly Tenure[];

/**
 * A tenure id of the seed.
 *
 * @category Entities
 * @example
 * '''ts
 * import type { TenureId } from \'aukus\';
 * const tenure: TenureId = \'gb-hog-keir-starmer\';
 * '''
 */
export type TenureId = (typeof records)[number]['id'];

/**
 * Heads of government of Australia, the United Kingdom, the United States and Japan for the whole
 * period covered, US heads of state, and the defence ministers where the sources date them.
 * Boundaries the sources do not give are marked 'fromObserved' or 'toObserved', never invented.
 *
 * @category Entities
 * @example
 * '''ts
 * import { tenures } from \'aukus\';
 * tenures.filter((t) => t.country === \'JP\' && t.role === \'head-of-government\').map((t) => t.person);
 * // [\'yoshihide-suga\', \'fumio-kishida\', \'shigeru-ishiba\', \'sanae-takaichi\']
 * '''
 */
export const tenures: readonly SeedRecord<Tenure, TenureId>[] = /* @__PURE__ */ deepFreeze(records);
