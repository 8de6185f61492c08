import { deepFreeze } from '../internal/deep-freeze.js';
import type { Commitment } from '../model/commitment.js';
import type { SeedRecord } from './seed-record.js';

const US_BASE = 'US submarine industrial base';

const records = [
  {
    id: 'au-submarine-program-estimate-2023',
    kind: 'budget',
    payer: 'AU',
    recipient: 'Nuclear-powered submarine program',
    purpose:
      'The estimated cost of the nuclear-powered submarine program announced with the Optimal Pathway, to 2055.',
    amount: { value: 368e9, currency: 'AUD', low: 268e9, high: 368e9 },
    date: '2023-03-14',
    pillar: 'pillar-1',
    citations: [
      {
        source: 'reuters-2023-03-14-submarine-programme-cost',
        quote:
          'The total cost of the submarine program is estimated to be A$268 billion to A$368 billion by 2055, or roughly 0.15% of gross domestic product per year, a defence official told Reuters.',
      },
      {
        source: 'reuters-2023-03-14-submarine-programme-cost',
        quote:
          "Australia's nuclear-powered submarine programme with the United States and Britain will cost up to A$368 billion ($245 billion) over the next three decades",
      },
      { source: 'wh-2023-03-13-joint-leaders-statement' },
    ],
    note: 'A range, not a sum of commitments: the estimate was given by a defence official to Reuters (no official text was read). Reuters also gives "$245 billion" (US dollars) for the upper figure. The value is the upper figure, which the reports headline. It is dated by the Reuters dateline in Canberra (14 March); the leaders\' statement announcing the pathway is dated 13 March 2023 in Washington.',
  },
  {
    id: 'au-rolls-royce-derby-2024',
    kind: 'pledge',
    payer: 'AU',
    recipient: 'Rolls-Royce, Derby',
    purpose:
      "To expand Rolls-Royce's submarine reactor plant in Derby (UK) and help fund the SSN-AUKUS design, over ten years.",
    amount: { value: 4.6e9, currency: 'AUD', low: 4.6e9 },
    date: '2024-03-22',
    pillar: 'pillar-1',
    citations: [
      {
        source: 'aap-2024-03-australia-gives-uk-4-6b',
        quote:
          'Australia will spend more than $4.6 billion on a submarine nuclear reactor factory in the United Kingdom to ensure its new nuclear-powered fleet arrives on time.',
      },
      {
        source: 'aap-2024-03-australia-gives-uk-4-6b',
        quote: 'He made the announcement alongside his UK counterpart Grant Shapps on Friday.',
      },
    ],
    note: 'AAP says "more than $4.6 billion" (Australian dollars), so the figure is a lower bound. It is separate from the US$3bn for the US submarine industrial base. The AAP page gives only the month; its "on Friday", in the week of the AUKMIN talks in Adelaide, is 22 March 2024 (timeline row 47).',
  },
  {
    id: 'au-us-submarine-industrial-base-3bn',
    kind: 'pledge',
    payer: 'AU',
    recipient: US_BASE,
    purpose:
      'To invest in the US submarine industry so that it can deliver the Virginia-class submarines ordered under AUKUS on time.',
    amount: { value: 3e9, currency: 'USD' },
    date: '2025-02-10',
    pillar: 'pillar-1',
    citations: [
      {
        source: 'usni-2025-02-10-aukus-500m-payment',
        quote:
          'The $500 million payment is the first part of a total of $3 billion that Australia committed to invest in the U.S. submarine industry to ensure that the industry is able to deliver the Virginia-class submarines ordered under AUKUS on time.',
      },
    ],
    note: 'Dated by the first source read that states the total (USNI News, 10 February 2025); when the promise was first made is not in the sources read. USNI gives US dollars only.',
  },
  {
    id: 'au-us-submarine-industrial-base-2bn-by-2025',
    kind: 'pledge',
    payer: 'AU',
    recipient: US_BASE,
    purpose:
      'The part of the contribution to the US submarine industrial base due by the end of 2025.',
    amount: { value: 2e9, currency: 'USD' },
    date: '2025-07-23',
    partOf: 'au-us-submarine-industrial-base-3bn',
    pillar: 'pillar-1',
    citations: [
      {
        source: 'smh-2025-07-australia-quietly-pays-800m',
        quote:
          "The payments are occurring in line with Australia's commitment to contribute US$2 billion by the end of 2025, which underscores our commitment to the successful delivery of AUKUS Pillar I outcomes.",
      },
    ],
    note: 'Dated by the day the second payment was confirmed, when the Defence statement quoted above was reported; the sources read do not say when this commitment was first made. No source read says in so many words that the US$2bn is part of the US$3bn; both count the same payments (USNI calls the first US$500m "the first part of a total of $3 billion"), so it is linked as a part to keep totals from counting the payments twice.',
  },
  {
    id: 'au-us-submarine-industrial-base-payment-2025-02',
    kind: 'payment',
    payer: 'AU',
    recipient: US_BASE,
    purpose: 'First payment to the US submarine industrial base under AUKUS.',
    amount: { value: 500e6, currency: 'USD' },
    date: '2025-02-07',
    partOf: 'au-us-submarine-industrial-base-2bn-by-2025',
    pillar: 'pillar-1',
    citations: [
      {
        source: 'usni-2025-02-10-aukus-500m-payment',
        quote:
          "Hegseth welcomed Australia's $500 million contribution under AUKUS to the U.S. submarine industrial base",
      },
      {
        source: 'reuters-2025-02-australia-first-aukus-payment',
        quote:
          'Australia transferred the first $500 million payment after a call between Marles and Hegseth on January 29',
      },
    ],
    note: 'The money moved between the call of 29 January 2025 and the Pentagon meeting of 7 February 2025, whose readout welcomed it; the day of the transfer is not given, so the record carries the day of the readout. The sources read give US dollars only.',
  },
  {
    id: 'au-us-submarine-industrial-base-payment-2025-07',
    kind: 'payment',
    payer: 'AU',
    recipient: US_BASE,
    purpose: 'Second payment to the US submarine industrial base under AUKUS.',
    amount: { value: 525e6, currency: 'USD' },
    date: '2025-07-23',
    partOf: 'au-us-submarine-industrial-base-2bn-by-2025',
    pillar: 'pillar-1',
    citations: [
      {
        source: 'breaking-defense-2025-07-australia-pays-525m',
        quote: 'has announced a second payment of $800M AUD ($525 million USD)',
      },
      {
        source: 'smh-2025-07-australia-quietly-pays-800m',
        quote:
          'This masthead confirmed the second payment was made in the second quarter of this year, per the agreed schedule.',
      },
    ],
    note: 'Breaking Defense (a US outlet) gives US$525m and A$800m; the Sydney Morning Herald reports the same payment as $800 million (Australian dollars). It was paid in the second quarter of 2025, on a day not given, and confirmed by the Prime Minister on 23 July 2025, the date recorded here.',
  },
  {
    id: 'au-henderson-defence-precinct-2025',
    kind: 'pledge',
    payer: 'AU',
    recipient: 'Henderson Defence Precinct',
    purpose:
      'New funding for the Henderson Defence Precinct in Western Australia, including contingency docking for future nuclear-powered submarines.',
    amount: { value: 12e9, currency: 'AUD' },
    date: '2025-09-14',
    citations: [
      {
        source: 'mirage-2025-09-pm-press-conference-henderson',
        quote:
          'Today I am pleased to announce my Government will provide $12 billion in new funding to the Henderson Defence Precinct right here in Western Australia.',
      },
      { source: 'newsfinale-2025-09-henderson-12bn', quote: 'on Sunday morning' },
      { source: 'shephard-2025-09-16-henderson-a12bn' },
    ],
    note: 'The day is inferred: the press conference was "on Sunday morning" (newsfinale), and Shephard reported it on 16 September 2025. No pillar is set: the sources read tie only part of the precinct (the contingency docking) to the submarines.',
  },
  {
    id: 'au-us-submarine-industrial-base-pledge-2025-12',
    kind: 'pledge',
    payer: 'AU',
    recipient: US_BASE,
    purpose:
      'A further contribution to expand US submarine production capacity, pledged at AUSMIN.',
    amount: { value: 1e9, currency: 'USD' },
    date: '2025-12-08',
    partOf: 'au-us-submarine-industrial-base-2bn-by-2025',
    pillar: 'pillar-1',
    citations: [
      {
        source: 'supremacy-2025-12-40th-ausmin',
        quote:
          'Australia pledged an additional $1 billion to expand U.S. submarine production capacity, bringing its total investment to $2 billion.',
      },
      {
        source: 'cashwinner-2025-12-hegseth-next-us-1-billion',
        quote:
          'Ahead of the meeting, Hegseth applauded Australia for its next US$1 billion ($1.5 billion) check, which will soon be deposited into a US bank account to encourage American shipbuilding.',
      },
    ],
    note: 'A pledge, not yet a payment: the money "will soon be deposited". The second report gives US$1 billion and $1.5 billion (Australian dollars). With the two payments (US$500m and US$525m) the total is about US$2bn, as the report says.',
  },
  {
    id: 'gb-barrow-derby-2025',
    kind: 'pledge',
    payer: 'GB',
    recipient: 'Barrow and Derby',
    purpose:
      'Critical infrastructure at Barrow and Derby, to build a new AUKUS submarine every 18 months.',
    amount: { value: 6e9, currency: 'GBP' },
    date: '2025-12-10',
    pillar: 'pillar-1',
    citations: [
      {
        source: 'mirage-2025-12-uk-backs-aukus-submarine-deal',
        quote:
          'investing £6 billion under the current government into critical infrastructure at Barrow and Derby that will realise the ability to construct a new AUKUS submarine every 18 months.',
      },
    ],
    note: 'Invested "under the current government" (since July 2024), not all on this date: the record is dated by the UK release of the AUKUS Defence Ministers\' Meeting of 10 December 2025 that states it.',
  },
  {
    id: 'au-osborne-construction-yard-estimate-2026',
    kind: 'budget',
    payer: 'AU',
    recipient: 'Submarine Construction Yard, Osborne',
    purpose:
      'Projected investment to build the submarine construction yard at Osborne, over coming decades.',
    amount: { value: 30e9, currency: 'AUD' },
    date: '2026-02-15',
    pillar: 'pillar-1',
    citations: [
      {
        source: 'mirage-2026-02-albanese-malinauskas-osborne',
        quote:
          'Australian Naval Infrastructure (ANI) projections show an estimated projected investment of $30 billion over coming decades, to build the construction yard in Osborne.',
      },
    ],
    note: "A projection by Australian Naval Infrastructure, announced in the Prime Minister's release of 15 February 2026 (read in a Mirage News copy). Whether it is counted within the 2023 program estimate is not said in the sources read.",
  },
  {
    id: 'au-osborne-construction-yard-2026',
    kind: 'pledge',
    payer: 'AU',
    recipient: 'Submarine Construction Yard, Osborne',
    purpose: 'A down payment to deliver the new Submarine Construction Yard at Osborne.',
    amount: { value: 3.9e9, currency: 'AUD' },
    date: '2026-02-15',
    partOf: 'au-osborne-construction-yard-estimate-2026',
    pillar: 'pillar-1',
    citations: [
      {
        source: 'mirage-2026-02-albanese-malinauskas-osborne',
        quote:
          'Today the Albanese Government is announcing it will invest $3.9 billion as a down payment to deliver the new Submarine Construction Yard in Osborne.',
      },
    ],
    note: 'A "down payment" on the projected A$30bn, so it is recorded as part of that estimate.',
  },
  {
    id: 'gb-uuv-signature-project-2026',
    kind: 'pledge',
    payer: 'GB',
    recipient: 'Pillar 2 signature project: uncrewed undersea vehicle payloads',
    purpose:
      'The UK contribution to the first Pillar 2 signature project, on payloads and enabling systems for uncrewed undersea vehicles.',
    amount: { value: 150e6, currency: 'GBP' },
    date: '2026-05-30',
    pillar: 'pillar-2',
    project: 'uuv-payloads-enabling-systems',
    citations: [
      {
        source: 'ummah-kantho-2026-aukus-uuv-150m',
        quote:
          'British Defense Secretary John Healey confirmed that London would contribute 150 million pounds, or roughly 201 million dollars, toward the project.',
      },
      {
        source: 'policy-wire-2026-aukus-uuv-project',
        quote:
          'First, the three governments named their first Pillar 2 signature project: a joint effort on payloads and enabling systems for uncrewed undersea vehicles.',
      },
    ],
    note: 'Reported only: the gov.uk release and fact sheet were not read. The report also gives "roughly 201 million dollars" (US dollars). Announced at the AUKUS Defence Ministers\' Meeting in Singapore on Saturday 30 May 2026.',
  },
] as const satisfies readonly Commitment[];

/**
 * A commitment id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { CommitmentId } from 'aukus';
 * const id: CommitmentId = 'au-us-submarine-industrial-base-3bn';
 * ```
 */
export type CommitmentId = (typeof records)[number]['id'];

/**
 * Every sum of money in the seed: pledges, payments and programme budgets, each in the currency
 * its source uses, with the quote that states it. Instalments point to their commitment with
 * `partOf`. Exported as `dataset.commitments`; the name `commitments` is the query.
 *
 * @category Entities
 * @example
 * ```ts
 * import { dataset } from 'aukus';
 * dataset.commitments.filter((c) => c.kind === 'payment').map((c) => c.amount.value);
 * // [500000000, 525000000]
 * ```
 */
export const commitments: readonly SeedRecord<Commitment, CommitmentId>[] =
  /* @__PURE__ */ deepFreeze(records);
