import { deepFreeze } from '../internal/deep-freeze.js';
import type { Participation } from '../model/participation.js';
import type { SeedRecord } from './seed-record.js';

const FOUNDING_QUOTE =
  'we are announcing the creation of an enhanced trilateral security partnership called “AUKUS” — Australia, the United Kingdom, and the United States.';
const PILLAR_1_TRILATERAL_QUOTE =
  'While our work on conventionally armed, nuclear-powered submarines under Pillar 1 will remain trilateral.';
const PILLAR_1_TRILATERAL_NOTE =
  'The statement excludes every additional country from Pillar I while consultations on Pillar II begin; it does not name this country.';
const CONSULTING_QUOTE =
  'Recognizing these countries’ close bilateral defense partnerships with each member of AUKUS, we are consulting with Canada, New Zealand, and the Republic of Korea to identify possibilities for collaboration on advanced capabilities under AUKUS Pillar II.';
const POLITICO_QUOTE =
  'It was always envisioned that pillar 2 could be expanded to further U.S. allies, with Japan, Canada, New Zealand and South Korea among those expressing interest in joining.';

const records = [
  {
    id: 'au-member-2021',
    country: 'AU',
    status: 'member',
    claim: 'official',
    from: '2021-09-15',
    citations: [{ source: 'wh-2021-09-15-joint-leaders-statement', quote: FOUNDING_QUOTE }],
  },
  {
    id: 'gb-member-2021',
    country: 'GB',
    status: 'member',
    claim: 'official',
    from: '2021-09-15',
    citations: [{ source: 'wh-2021-09-15-joint-leaders-statement', quote: FOUNDING_QUOTE }],
  },
  {
    id: 'us-member-2021',
    country: 'US',
    status: 'member',
    claim: 'official',
    from: '2021-09-15',
    citations: [{ source: 'wh-2021-09-15-joint-leaders-statement', quote: FOUNDING_QUOTE }],
  },

  // Japan
  {
    id: 'jp-floated-2022-sankei',
    country: 'JP',
    status: 'floated',
    claim: 'reported',
    from: '2022-04-12',
    to: '2022-05-23',
    citations: [
      {
        source: 'sputnik-2022-04-13-japan-denies-report',
        quote:
          'On Tuesday, Japanese daily newspaper, Sankei Shimbun, reported that Japan\'s government has a "positive opinion" about an informal invitation sent by AUKUS to join the alliance.',
      },
      { source: 'junge-welt-2022-04-14-japan-aukus' },
    ],
    note: 'Sankei Shimbun reported on Tuesday 2022-04-12 that the three members had informally asked Japan to join; the White House and Japan’s government denied it the next day (see the official spell of 2022-04-13). The spell ends the day before the next reported claim.',
  },
  {
    id: 'jp-ruled-out-2022-white-house',
    country: 'JP',
    status: 'ruled-out',
    claim: 'official',
    from: '2022-04-13',
    to: '2024-04-07',
    citations: [
      {
        source: 'wh-2022-04-13-psaki-press-briefing',
        quote: 'The reporting is inaccurate',
        locator: 'Press Secretary Jen Psaki',
      },
      {
        source: 'wh-2022-04-13-psaki-press-briefing',
        quote:
          'our focus has been on finalizing a trilateral program of work on a range of advanced military capabilities that align our priorities, amplify our collective strengths, and accelerate the development and acquisition of leading-edge defense capabilities, but it is not a JAUKUS plan.',
        locator: 'Press Secretary Jen Psaki',
      },
    ],
    note: 'Asked to "put to rest" reports that the members had informally asked Japan to join AUKUS in emerging technologies, the White House called them inaccurate and said the trilateral programme "is not a JAUKUS plan"; Japan’s Chief Cabinet Secretary denied them the same day. A denial of a plan at the time, not a permanent bar. It ends the day before the members’ next official word on Japan, their statement of 2024-04-08 that they were considering cooperation with Japan on Pillar II projects (spells of one claim never overlap). That length is a modelling convention, not a source: the denial was not repeated, and no official text withdrew it before 2024-04-08; read it as the members’ latest official word on Japan, not as a standing exclusion.',
  },
  {
    id: 'jp-ruled-out-2022-kishida',
    country: 'JP',
    status: 'ruled-out',
    claim: 'reported',
    from: '2022-05-24',
    to: '2024-04-08',
    citations: [
      {
        source: 'latestly-2022-05-24-kishida-not-joining',
        quote: 'Our country is not currently thinking about joining AUKUS.',
      },
    ],
    note: 'Japan’s own prime minister, Fumio Kishida, after the Quad summit in Tokyo: an exclusion by Japan, not by the members. The spell ends the day before the next reported claim.',
  },
  {
    id: 'jp-ruled-out-2024-albanese',
    country: 'JP',
    status: 'ruled-out',
    claim: 'reported',
    from: '2024-04-09',
    citations: [
      {
        source: 'transcript-2024-04-09-albanese-marles',
        quote: 'What is not proposed is to expand the membership of AUKUS.',
        locator: 'Anthony Albanese',
      },
      { source: 'anews-2024-04-09-no-plan-to-expand' },
      {
        source: 'nightly-2025-10-not-expanded-japan',
        quote:
          "AUKUS is an arrangement between Australia, the United Kingdom and the United States and we're very much focused on delivering that",
        locator: 'Anthony Albanese, c. 2025-10-28',
      },
    ],
    note: 'Australia’s prime minister ruled out membership on 2024-04-09 and again c. 2025-10-28 after meeting Prime Minister Takaichi; both are known here from a transcript copy and media reports. It rules out membership, not project-by-project Pillar II cooperation.',
  },
  {
    id: 'jp-pillar-2-floated-2024-politico',
    country: 'JP',
    pillar: 'pillar-2',
    status: 'floated',
    claim: 'reported',
    from: '2024-03-19',
    to: '2025-07-23',
    citations: [
      { source: 'politico-2024-03-19-race-to-expand', quote: POLITICO_QUOTE },
      { source: 'rt-2024-04-japan-may-join' },
    ],
    note: 'Politico reported Japan and Canada "in line" to join Pillar 2 by the end of 2024 or early 2025. The spell ends the day before the next reported claim.',
  },
  {
    id: 'jp-pillar-2-consultation-2024',
    country: 'JP',
    pillar: 'pillar-2',
    status: 'consultation',
    claim: 'official',
    from: '2024-04-08',
    citations: [
      { source: 'gov-uk-2024-04-08-defence-ministers-statement' },
      {
        source: 'defense-daily-2024-04-japan-pillar-2',
        quote:
          "Recognizing Japan's strengths and its close bilateral defense partnerships with all three countries, we are considering cooperation with Japan on AUKUS Pillar II advanced capability projects.",
      },
      {
        source: 'rt-2024-04-japan-may-join',
        quote:
          '“Recognising Japan’s strengths and its close bilateral defense partnerships with all three countries, we are considering cooperation with Japan on AUKUS Pillar II advanced capability projects,” the allies said in a joint statement on Monday.',
      },
      {
        source: 'wh-2024-04-10-biden-kishida-press-conference',
        quote:
          'our AUKUS defense partnership with Australia and the United Kingdom is exploring how Japan can join our work in the second pillar, which focuses on advanced capabilities, including AI, autonomous systems.',
        locator: 'President Biden',
      },
      {
        source: 'wh-2024-09-17-third-anniversary-statement',
        quote:
          'AUKUS partners and Japan are exploring opportunities to improve interoperability of their maritime autonomous systems as an initial area of cooperation.',
      },
    ],
    note: 'Project-by-project consideration, not membership. From 2024-09-17 the members and Japan were exploring cooperation on maritime autonomous systems; no formal Pillar II agreement was found up to the snapshot.',
  },
  {
    id: 'jp-pillar-2-partner-2025-reported',
    country: 'JP',
    pillar: 'pillar-2',
    status: 'partner',
    claim: 'reported',
    from: '2025-07-24',
    citations: [
      {
        source: 'navaltoday-2025-07-24-aukus-underwater-autonomous',
        quote: 'For the first time, Japan also joined these activities as a participant.',
        locator: 'Australian Department of Defence release, as carried by Naval Today',
      },
      {
        source: 'defense-mirror-2025-07-japan-joins',
        quote:
          'This marks the first time Japan has participated in the AUKUS-led autonomous underwater communications testing',
      },
      { source: 'dir-2025-07-30-japan-joins' },
      {
        source: 'shephard-2026-02-23-pillar-ii-capabilities',
        quote:
          'alongside potential external partners including Canada, Japan, South Korea and New Zealand',
      },
    ],
    note: 'Japan’s first active participation in an AUKUS Pillar II activity (Maritime Big Play, during Talisman Sabre 2025). An official Australian Defence release says Japan "joined these activities as a participant", but it was read only as carried by Naval Today, so no official source can be cited and the claim stays reported. The official text also describes one activity, not a formal project arrangement; a report of 2026-02-23 still calls Japan a "potential external partner", and no formal Japanese part in a named Pillar II project was found. The deciding standing therefore stays the official consultation. The spell starts on 2025-07-24, the first day the participation is attested by a dated page; the activity’s own days are not given (data 0.1.0 used 2025-07-16 from the reference timeline, which has no dated source).',
  },

  {
    id: 'jp-pillar-1-ruled-out-2024',
    country: 'JP',
    pillar: 'pillar-1',
    status: 'ruled-out',
    claim: 'official',
    from: '2024-04-15',
    citations: [
      { source: 'twfy-2024-04-15-hcws404-aukus-update', quote: PILLAR_1_TRILATERAL_QUOTE },
    ],
    note: PILLAR_1_TRILATERAL_NOTE,
  },

  // Canada
  {
    id: 'ca-pillar-1-ruled-out-2021-trudeau',
    country: 'CA',
    pillar: 'pillar-1',
    status: 'ruled-out',
    claim: 'reported',
    from: '2021-09-16',
    citations: [
      {
        source: 'politico-2021-09-16-otoole-aukus',
        quote:
          'He noted that Canada, unlike Australia, is “not currently or any time soon in the market” for nuclear subs.',
      },
      {
        source: 'globalnews-2024-04-aukus-looks-to-collaborate',
        quote:
          'Prime Minister Justin Trudeau in 2021 described as “a deal for nuclear submarines, which Canada is not currently or any time soon in the market for.”',
      },
      {
        source: 'ctv-2023-no-plans-to-invite-canada',
        quote:
          'Prime Minister Justin Trudeau has said Canada is not in the market for nuclear-powered submarines.',
      },
    ],
    note: 'Canada’s own exclusion from the submarine pillar. Trudeau spoke to reporters in Montreal on Thursday 2021-09-16, the day after the announcement (Politico of that day); the later reports cited give only the year. Canada’s written answer to Order Paper question 41 says the same ("Canada has not and does not seek to be directly involved in the nuclear-powered submarine aspects"), but it is known only as quoted in an undated committee record, so it starts no spell. No later statement withdrawing it was found: Trudeau said on 2024-04-08 that Canada would consider whether it needs nuclear-powered submarines, not that it sought a part in Pillar I.',
  },
  {
    id: 'ca-ruled-out-2023-kirby',
    country: 'CA',
    status: 'ruled-out',
    claim: 'reported',
    from: '2023-06-11',
    citations: [
      {
        source: 'ctv-2023-no-plans-to-invite-canada',
        quote:
          "there really aren't discussions right now or plans to modify the AUKUS arrangement in the future.",
        locator: 'John Kirby, US National Security Council spokesman, on CTV’s Question Period',
      },
    ],
    note: 'The interview aired on Sunday 2023-06-11 (CTV report of that day). No later statement withdrawing it was found; it concerns membership, not Pillar II consultation.',
  },
  {
    id: 'ca-pillar-2-interest-2023',
    country: 'CA',
    pillar: 'pillar-2',
    status: 'interest-expressed',
    claim: 'reported',
    from: '2023-05-08',
    citations: [
      {
        source: 'thewest-2023-05-08-anand-advanced-tech',
        quote:
          'Canada is highly interested in furthering cooperation on AI, quantum computing and other advanced technologies with a defence nexus with our closest allies',
        locator: 'Defence Minister Anita Anand, Ottawa, Monday 2023-05-08',
      },
      {
        source: 'ctv-2023-no-plans-to-invite-canada',
        locator: 'Defence Minister Anita Anand on cooperation in quantum, AI and other areas',
      },
      {
        source: 'cp24-2024-04-08-trudeau-aukus',
        quote: '...exploring the possibility of joining the second phase of AUKUS',
        locator: 'The Canadian Press’s wording of Justin Trudeau’s remarks',
      },
      {
        source: 'politico-2024-03-19-race-to-expand',
        quote: POLITICO_QUOTE,
      },
      {
        source: 'outpost-2024-09-canada-in-talks',
        quote:
          "There have been important discussions about processes and platforms on a project-specific basis on where other nations, including Japan and ourselves, might participate ... I'm very optimistic",
        locator: 'Defence Minister Bill Blair, Tokyo, 2024-09-13',
      },
    ],
    note: 'Canada’s own government: Defence Minister Anita Anand on Monday 2023-05-08, asked about a report that Canada sought to join the non-nuclear part of AUKUS; Prime Minister Justin Trudeau on 2024-04-08 and Defence Minister Bill Blair on 2024-09-13, all known from media reports. Politico’s float of 2024-03-19 is cited here because the stronger claim is kept as the spell.',
  },
  {
    id: 'ca-pillar-2-consultation-2024',
    country: 'CA',
    pillar: 'pillar-2',
    status: 'consultation',
    claim: 'official',
    from: '2024-09-17',
    citations: [{ source: 'wh-2024-09-17-third-anniversary-statement', quote: CONSULTING_QUOTE }],
    note: 'A UK minister had told Parliament on 2024-02-19 that Pillar II work "could ultimately extend to others, including Canada and New Zealand" (event 2024-02-19-commons-pillar-2-could-extend), an official possibility that the data does not rate as consultation. No Pillar II agreement with Canada was found up to the snapshot.',
  },
  {
    id: 'ca-pillar-1-ruled-out-2024',
    country: 'CA',
    pillar: 'pillar-1',
    status: 'ruled-out',
    claim: 'official',
    from: '2024-04-15',
    citations: [
      { source: 'twfy-2024-04-15-hcws404-aukus-update', quote: PILLAR_1_TRILATERAL_QUOTE },
    ],
    note: PILLAR_1_TRILATERAL_NOTE,
  },

  // New Zealand
  {
    id: 'nz-pillar-1-ruled-out-2023-hipkins',
    country: 'NZ',
    pillar: 'pillar-1',
    status: 'ruled-out',
    claim: 'reported',
    from: '2023-03-27',
    citations: [
      {
        source: 'bloomberg-2023-03-28-nz-open-to-talks',
        quote:
          'New Zealand isn’t part of Aukus at this point, and we won’t be part of the nuclear submarines arrangement in any event',
        locator: 'Prime Minister Chris Hipkins',
      },
    ],
    note: 'New Zealand’s own exclusion from the submarine pillar, for its nuclear-free policy. The day is inferred from "yesterday" in a report of Tuesday 2023-03-28. Known here from a copy of a Bloomberg report.',
  },
  {
    id: 'nz-pillar-2-interest-2023',
    country: 'NZ',
    pillar: 'pillar-2',
    status: 'interest-expressed',
    claim: 'reported',
    from: '2023-03-28',
    citations: [
      {
        source: 'bloomberg-2023-03-28-nz-open-to-talks',
        quote:
          'We have been offered the opportunity to talk about whether we could, or wish to, participate in the pillar-two aspect of it ... I’ve indicated we will be willing to explore it, and that’s as far as that has gone.',
        locator: 'Defence Minister Andrew Little',
      },
      {
        source: 'perthnow-2023-07-27-blinken-door-open',
        quote:
          'Blinken met with New Zealand Prime Minister Chris Hipkins and Foreign Minister Nanaia Mahuta, who said NZ is open to discussions on a second phase of AUKUS focusing on military technology.',
        locator: 'Foreign Minister Nanaia Mahuta, 2023-07-27, in AAP’s words',
      },
      {
        source: 'rnz-2023-12-21-luxon-exploring',
        quote:
          "At this stage for us, it's about exploring what's in Pillar Two, how it can be shaped, and when there's opportunities for New Zealand to participate in.",
        locator: 'Christopher Luxon',
      },
      {
        source: 'centurion-2024-02-collins-no-guarantee',
        quote:
          "There is no guarantee we will be signing up to AUKUS Pillar II, we're not even sure if we will be invited to.",
        locator: 'Judith Collins',
      },
      { source: 'politico-2024-03-19-race-to-expand', quote: POLITICO_QUOTE },
      {
        source: 'defsec-2024-05-02-peters',
        quote:
          'AUKUS partners need to want us to participate in Pillar 2 and invite us to do so ... That precondition has not yet been met',
        locator: 'Winston Peters',
      },
      {
        source: 'nzherald-2024-09-aukus-third-birthday',
        quote: 'New Zealand has not yet been formally invited to join.',
      },
    ],
    note: 'New Zealand’s own government has been willing to explore Pillar II since Defence Minister Andrew Little’s statement of Tuesday 2023-03-28 (Labour government), and said so again through Foreign Minister Mahuta on 2023-07-27 and, after the change of government, Prime Minister Luxon on 2023-12-20 and 2024-09-18, with its nuclear-free status non-negotiable. Foreign Minister Peters said on 2024-05-01 that an invitation was a precondition not yet met. Known from media reports. No invitation or decision was found up to the snapshot.',
  },
  {
    id: 'nz-ruled-out-2023-mahuta',
    country: 'NZ',
    status: 'ruled-out',
    claim: 'reported',
    from: '2023-07-27',
    citations: [
      {
        source: 'pina-2023-07-28-mahuta-shuts-door',
        quote: '“I’ll be really clear, we’re not contemplating joining AUKUS,” she said.',
        locator: 'Foreign Minister Nanaia Mahuta',
      },
    ],
    note: 'New Zealand’s own foreign minister on membership, during Blinken’s visit to Wellington (Thursday 2023-07-27, the day given by AAP); the same day she said New Zealand was open to discussing the second pillar (see the Pillar II spell). It rules out joining AUKUS, not Pillar II cooperation.',
  },
  {
    id: 'nz-pillar-2-consultation-2024',
    country: 'NZ',
    pillar: 'pillar-2',
    status: 'consultation',
    claim: 'official',
    from: '2024-09-17',
    citations: [{ source: 'wh-2024-09-17-third-anniversary-statement', quote: CONSULTING_QUOTE }],
    note: 'The statement was issued on US time and reported in New Zealand on 2024-09-18. A UK minister had told Parliament on 2024-02-19 that Pillar II work "could ultimately extend to others, including Canada and New Zealand" (event 2024-02-19-commons-pillar-2-could-extend), an official possibility that the data does not rate as consultation. No Pillar II agreement with New Zealand was found up to the snapshot.',
  },
  {
    id: 'nz-pillar-1-ruled-out-2024',
    country: 'NZ',
    pillar: 'pillar-1',
    status: 'ruled-out',
    claim: 'official',
    from: '2024-04-15',
    citations: [
      { source: 'twfy-2024-04-15-hcws404-aukus-update', quote: PILLAR_1_TRILATERAL_QUOTE },
    ],
    note: PILLAR_1_TRILATERAL_NOTE,
  },

  // Republic of Korea
  {
    id: 'kr-pillar-2-floated-2024-politico',
    country: 'KR',
    pillar: 'pillar-2',
    status: 'floated',
    claim: 'reported',
    from: '2024-03-19',
    to: '2024-04-30',
    citations: [{ source: 'politico-2024-03-19-race-to-expand', quote: POLITICO_QUOTE }],
    note: 'Named by Politico among the countries "expressing interest". The spell ends the day before the Republic of Korea’s own stated interest.',
  },
  {
    id: 'kr-pillar-2-interest-2024',
    country: 'KR',
    pillar: 'pillar-2',
    status: 'interest-expressed',
    claim: 'reported',
    from: '2024-05-01',
    citations: [
      {
        source: 'japantimes-2024-05-01-south-korea-aukus',
        quote:
          "During today's meeting, we discussed the possibility of partnering with AUKUS Pillar II ... We do welcome that the members are considering Korea as a Pillar II partner.",
        locator: 'Defence Minister Shin Won-sik',
      },
      { source: 'hankyoreh-2024-05-rok-aukus' },
    ],
    note: 'At the Australia–Republic of Korea foreign and defence ministers’ meeting ("2+2") in Melbourne, known here from media reports. The later US–ROK nuclear-powered submarine approval (October 2025) is outside AUKUS.',
  },
  {
    id: 'kr-pillar-2-consultation-2024',
    country: 'KR',
    pillar: 'pillar-2',
    status: 'consultation',
    claim: 'official',
    from: '2024-09-17',
    citations: [{ source: 'wh-2024-09-17-third-anniversary-statement', quote: CONSULTING_QUOTE }],
    note: 'No Pillar II agreement with the Republic of Korea was found up to the snapshot.',
  },
  {
    id: 'kr-pillar-1-ruled-out-2024',
    country: 'KR',
    pillar: 'pillar-1',
    status: 'ruled-out',
    claim: 'official',
    from: '2024-04-15',
    citations: [
      { source: 'twfy-2024-04-15-hcws404-aukus-update', quote: PILLAR_1_TRILATERAL_QUOTE },
    ],
    note: PILLAR_1_TRILATERAL_NOTE,
  },

  // India
  {
    id: 'in-pillar-2-floated-2024-rt',
    country: 'IN',
    pillar: 'pillar-2',
    status: 'floated',
    claim: 'reported',
    from: '2024-03-20',
    citations: [
      {
        source: 'rt-2024-03-canada-japan-join-aukus',
        quote:
          'Apart from Canada and Japan, India, New Zealand, and South Korea have been floated as potential ‘Pillar 2’ members.',
      },
      {
        source: 'rt-2024-04-japan-may-join',
        quote: 'India, New Zealand, and South Korea have also been floated as potential members.',
      },
    ],
    note: 'Only RT’s retelling of Politico’s report of 2024-03-19 names India; the Politico text read does not. RT’s page carries no date; it says Politico "reported on Tuesday" (2024-03-19), so RT published on 19 or 20 March 2024. The spell starts on 2024-03-20, the first day on which the retelling certainly existed. Nothing before it rates India: the 2021 headline that the White House had "ruled out" India is not borne out by the briefing transcript (see the report event of 2021-09-23).',
  },
  {
    id: 'in-pillar-1-ruled-out-2024',
    country: 'IN',
    pillar: 'pillar-1',
    status: 'ruled-out',
    claim: 'official',
    from: '2024-04-15',
    citations: [
      { source: 'twfy-2024-04-15-hcws404-aukus-update', quote: PILLAR_1_TRILATERAL_QUOTE },
    ],
    note: PILLAR_1_TRILATERAL_NOTE,
  },
] as const satisfies readonly Participation[];

/**
 * A participation (status spell) id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { ParticipationId } from 'aukus';
 * const spell: ParticipationId = 'jp-pillar-2-consultation-2024';
 * ```
 */
export type ParticipationId = (typeof records)[number]['id'];

/**
 * Status spells of every country over time: one row per spell, never edited in place. Official
 * and reported claims are separate rows. A spell without `to` holds up to the snapshot: no later
 * claim of the same kind was found to replace it.
 *
 * @category Entities
 * @example
 * ```ts
 * import { participations } from 'aukus';
 * participations.filter((p) => p.country === 'JP' && p.claim === 'official').map((p) => p.status);
 * // ['ruled-out', 'consultation', 'ruled-out']
 * ```
 */
export const participations: readonly SeedRecord<Participation, ParticipationId>[] =
  /* @__PURE__ */ deepFreeze(records);
