import { deepFreeze } from '../internal/deep-freeze.js';
import type { Event } from '../model/event.js';
import type { SeedRecord } from './seed-record.js';

const MEMBERS = ['AU', 'GB', 'US'] as const;
const BOTH_PILLARS = ['pillar-1', 'pillar-2'] as const;

const records = [
  {
    id: '2021-09-15-aukus-announced',
    date: '2021-09-15',
    kind: 'statement',
    title: 'AUKUS announced',
    summary:
      'Biden, Johnson and Morrison announce an enhanced trilateral security partnership in a virtual joint announcement: nuclear-powered submarines for Australia as the first initiative, and cyber, artificial intelligence, quantum and undersea capabilities.',
    countries: MEMBERS,
    pillars: BOTH_PILLARS,
    confidence: 'primary',
    citations: [{ source: 'wh-2021-09-15-joint-leaders-statement' }],
  },
  {
    id: '2021-09-16-johnson-commons-statement',
    date: '2021-09-16',
    kind: 'statement',
    title: 'Johnson statement to the House of Commons',
    summary: 'The UK Prime Minister reports the creation of AUKUS to Parliament.',
    countries: ['GB', 'US', 'AU'],
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [{ source: 'hansard-2021-09-16-commons-aukus' }],
  },
  {
    id: '2021-09-22-psaki-briefing-quad-question',
    date: '2021-09-22',
    kind: 'statement',
    title: 'Psaki asked whether India and Japan would get a similar military role',
    summary:
      'Asked before the Quad summit whether India and Japan would get a military role like Australia’s, White House press secretary Jen Psaki jokes about the name ("JAUKUS? JIAUKUS?") and says AUKUS was not meant to indicate that no one else will be involved in security in the Indo-Pacific.',
    countries: ['US', 'IN', 'JP'],
    pillars: [],
    confidence: 'primary',
    citations: [{ source: 'wh-2021-09-22-psaki-press-briefing' }],
    note: 'The official transcript rules neither country in nor out; see the report event of 2021-09-23.',
  },
  {
    id: '2021-09-23-report-us-rules-out-india-japan',
    date: '2021-09-23',
    kind: 'report',
    title: 'Headline: "US rules out adding India or Japan"; the transcript does not bear it out',
    summary:
      'PTI’s report, carried by The Times of India and Radio Pakistan, headlines that the White House ruled out adding India or Japan to AUKUS. The White House transcript shows a joke about the name and the remark that AUKUS was not meant to indicate that no one else will be involved in Indo-Pacific security: no ruling-out.',
    countries: ['US', 'IN', 'JP'],
    pillars: [],
    confidence: 'media-only',
    citations: [
      { source: 'toi-2021-09-23-us-rules-out-india-japan' },
      { source: 'radio-pakistan-2021-09-23-us-rules-out-india' },
      {
        source: 'wh-2021-09-22-psaki-press-briefing',
        quote:
          'the announcement of AUKUS last week was not meant to be an indication — and I think this is a message the President also sent to his — to Macron — that there’s no one else who will be involved in security in the Indo-Pacific.',
        locator: 'Press Secretary Jen Psaki',
      },
    ],
    note: 'Kept as a report only: the headline is a media gloss. It quotes the joke as "AUKUS? What would it become? JAUKUS? JAIAUKUS?", where the transcript has "AUKUS — what would it become? JAUKUS? JIAUKUS?". Until data 0.1.0 this was recorded as a White House statement ruling out India and Japan.',
  },
  {
    id: '2021-11-22-ennpia-signed',
    date: '2021-11-22',
    kind: 'agreement',
    title: 'Exchange of Naval Nuclear Propulsion Information Agreement signed',
    summary:
      'Australia’s Defence Minister Peter Dutton, the UK High Commissioner and the US Chargé d’Affaires sign the Exchange of Naval Nuclear Propulsion Information Agreement (ENNPIA), the first agreement signed under AUKUS.',
    countries: MEMBERS,
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [
      {
        source: 'urdupoint-2021-11-22-ennpia-signed',
        quote:
          "This morning I met with UK High Commissioner Victoria Treadell and US Charge d'Affaires Michael Goldman to sign the AUKUS Exchange of Naval Nuclear Propulsion Information Agreement.",
        locator: 'Peter Dutton, as quoted',
      },
      {
        source: 'wh-2021-12-17-joint-steering-group-readout',
        quote:
          'including the signing of the Exchange of Naval Nuclear Propulsion Information Agreement and the path forward to bring that into force',
      },
      { source: 'cna-2021-11-22-ennpia-signed' },
    ],
    note: 'The day is from reports of 2021-11-22 ("on Monday (Nov 22)"); the official readout of 2021-12-17 confirms the signing without its date.',
  },
  {
    id: '2022-02-08-ennpia-in-force',
    date: '2022-02-08',
    kind: 'agreement',
    title: 'Exchange of Naval Nuclear Propulsion Information Agreement enters into force',
    summary:
      'The Exchange of Naval Nuclear Propulsion Information Agreement (ENNPIA) between the three members enters into force.',
    countries: MEMBERS,
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [
      {
        source: 'wh-2022-04-05-implementation-fact-sheet',
        quote:
          'The Exchange of Naval Nuclear Propulsion Information Agreement (ENNPIA) entered into force on February 8, 2022',
      },
    ],
  },
  {
    id: '2022-04-05-leaders-level-statement',
    date: '2022-04-05',
    kind: 'statement',
    title: 'Leaders’ statement adds hypersonics and electronic warfare',
    summary:
      'The leaders add hypersonics and counter-hypersonics, electronic warfare, information sharing and defence innovation, making eight advanced-capability areas; a fact sheet sets out 17 working groups in two lines of effort, submarines and advanced capabilities.',
    countries: MEMBERS,
    pillars: BOTH_PILLARS,
    confidence: 'primary',
    citations: [
      { source: 'gov-uk-2022-04-05-leaders-level-statement' },
      { source: 'wh-2022-04-05-implementation-fact-sheet' },
    ],
  },
  {
    id: '2022-04-12-sankei-report-japan',
    date: '2022-04-12',
    kind: 'report',
    title: 'Sankei: Japan informally asked to join',
    summary:
      'Sankei Shimbun reports, citing Japanese government officials, that the three members have each informally asked Japan to join AUKUS work on hypersonics, electronic warfare and other advanced technologies.',
    countries: ['JP', 'AU', 'GB', 'US'],
    pillars: [],
    confidence: 'media-only',
    citations: [
      { source: 'sputnik-2022-04-13-japan-denies-report' },
      { source: 'junge-welt-2022-04-14-japan-aukus' },
    ],
    note: 'The day is from Sputnik ("On Tuesday, Japanese daily newspaper, Sankei Shimbun, reported"); the White House transcript of 2022-04-13 also places the reports before that day. Both governments denied it the next day (event of 2022-04-13).',
  },
  {
    id: '2022-04-13-white-house-denies-japan-report',
    date: '2022-04-13',
    kind: 'statement',
    title: 'White House: the report is inaccurate, "not a JAUKUS plan"',
    summary:
      'Asked to put the report to rest, White House press secretary Jen Psaki calls it inaccurate and says the members’ focus is a trilateral programme of work on advanced military capabilities, "not a JAUKUS plan"; Japan’s Chief Cabinet Secretary Hirokazu Matsuno also denies it.',
    countries: ['US', 'JP'],
    pillars: ['pillar-2'],
    confidence: 'primary',
    citations: [
      { source: 'wh-2022-04-13-psaki-press-briefing' },
      {
        source: 'sputnik-2022-04-13-japan-denies-report',
        quote:
          'Yes, we are aware of the news report about the invitation from the US, UK and Australia, but we have not received any request from those three countries',
        locator: 'Chief Cabinet Secretary Hirokazu Matsuno',
      },
      {
        source: 'scmp-2022-04-us-denies-inviting-japan',
        quote: 'US denies inviting Japan to join Aukus security alliance',
        locator: 'Headline',
      },
    ],
  },
  {
    id: '2022-05-24-kishida-not-joining',
    date: '2022-05-24',
    kind: 'statement',
    title: 'Kishida: Japan not thinking of joining',
    summary:
      'After the Quad summit in Tokyo, Prime Minister Kishida says Japan is not currently thinking about joining AUKUS.',
    countries: ['JP'],
    pillars: [],
    confidence: 'secondary',
    citations: [{ source: 'latestly-2022-05-24-kishida-not-joining' }],
  },
  {
    id: '2022-09-23-one-year-statement',
    date: '2022-09-23',
    kind: 'statement',
    title: 'Joint leaders statement marks one year of AUKUS',
    summary: 'The leaders review the first year, including the advanced-capability initiatives.',
    countries: MEMBERS,
    pillars: BOTH_PILLARS,
    confidence: 'primary',
    citations: [{ source: 'wh-2022-09-23-one-year-statement' }],
  },
  {
    id: '2022-12-07-defence-ministerial',
    date: '2022-12-07',
    kind: 'meeting',
    title: 'AUKUS defence ministerial at the Pentagon',
    summary:
      'Austin, Marles and Wallace meet ahead of the end of the 18-month consultation period on naval nuclear propulsion.',
    countries: MEMBERS,
    pillars: BOTH_PILLARS,
    confidence: 'primary',
    citations: [{ source: 'gov-uk-2022-12-07-defence-ministerial' }],
  },
  {
    id: '2023-03-13-optimal-pathway',
    date: '2023-03-13',
    kind: 'meeting',
    title: 'Optimal pathway announced in San Diego',
    summary:
      'Biden, Albanese and Sunak announce the pathway at Naval Base Point Loma: SSN-AUKUS, a rotational force at HMAS Stirling from as early as 2027, and US sales of three Virginia class submarines (up to two more if needed) from the early 2030s.',
    countries: MEMBERS,
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [
      { source: 'wh-2023-03-13-joint-leaders-statement' },
      {
        source: 'wh-2023-03-13-submarines-fact-sheet',
        quote:
          'one UK Astute class submarine and up to four U.S. Virginia class submarines at HMAS Stirling',
      },
    ],
  },
  {
    id: '2023-03-28-little-willing-to-explore',
    date: '2023-03-28',
    kind: 'statement',
    title: 'New Zealand willing to explore Pillar II',
    summary:
      'New Zealand’s Defence Minister Andrew Little says New Zealand has been offered the chance to talk about taking part in the second pillar and is willing to explore it; Prime Minister Chris Hipkins says New Zealand will not be part of the nuclear submarine arrangement.',
    countries: ['NZ'],
    pillars: BOTH_PILLARS,
    confidence: 'secondary',
    citations: [{ source: 'bloomberg-2023-03-28-nz-open-to-talks' }],
    note: 'A statement provided by Little’s office on Tuesday 2023-03-28, known here from a copy of a Bloomberg report; Hipkins spoke the day before.',
  },
  {
    id: '2023-05-08-anand-highly-interested',
    date: '2023-05-08',
    kind: 'statement',
    title: 'Anand: Canada highly interested in advanced-technology cooperation',
    summary:
      'Asked about a report that Canada sought to join the non-nuclear part of AUKUS, Canada’s Defence Minister Anita Anand says Canada is highly interested in furthering cooperation on AI, quantum computing and other advanced technologies with its closest allies.',
    countries: ['CA'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [{ source: 'thewest-2023-05-08-anand-advanced-tech' }],
  },
  {
    id: '2023-06-11-kirby-no-plans-canada',
    date: '2023-06-11',
    kind: 'statement',
    title: 'White House: no plans to invite Canada',
    summary:
      'On CTV’s Question Period, NSC spokesman John Kirby says there are no discussions or plans to modify the AUKUS arrangement, a month after Canadian Defence Minister Anita Anand said Canada was interested in cooperation.',
    countries: ['US', 'CA'],
    pillars: [],
    confidence: 'secondary',
    citations: [{ source: 'ctv-2023-no-plans-to-invite-canada' }],
    note: 'The interview aired on Sunday 2023-06-11, the date of the CTV report. Until data 0.1.0 this event was dated only 2023 (id 2023-kirby-no-plans-canada).',
  },
  {
    id: '2023-07-27-blinken-wellington',
    date: '2023-07-27',
    kind: 'meeting',
    title:
      'Blinken in Wellington: "the door is open"; Mahuta open to Pillar II talks, not to joining',
    summary:
      'US Secretary of State Antony Blinken says the door is very much open for New Zealand and other partners to engage with AUKUS; Foreign Minister Nanaia Mahuta says New Zealand is open to discussions on the second pillar, will not compromise its nuclear-free position, and is not contemplating joining AUKUS.',
    countries: ['US', 'NZ'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [
      { source: 'perthnow-2023-07-27-blinken-door-open' },
      { source: 'pina-2023-07-28-mahuta-shuts-door' },
    ],
  },
  {
    id: '2023-09-15-second-anniversary-statement',
    date: '2023-09-15',
    kind: 'statement',
    title: 'Joint leaders statement marks the second anniversary',
    summary:
      'The leaders note the first Australian graduates of the US nuclear power school and a port visit by USS North Carolina in August 2023.',
    countries: MEMBERS,
    pillars: BOTH_PILLARS,
    confidence: 'primary',
    citations: [
      {
        source: 'wh-2023-09-15-second-anniversary-statement',
        quote:
          'the first Australian military personnel graduated from the U.S. nuclear power school in July and the USS North Carolina completed the first SSN port visit to Australia as part of AUKUS in August',
      },
    ],
  },
  {
    id: '2023-12-01-defence-ministers-california',
    date: '2023-12-01',
    kind: 'meeting',
    title: 'Defence ministers meet at the Defense Innovation Unit, California',
    summary: 'Austin, Marles and Shapps meet with a focus on Pillar II announcements.',
    countries: MEMBERS,
    pillars: ['pillar-2'],
    confidence: 'paraphrase',
    citations: [
      { source: 'aigroup-2023-12-defense-ministers-meeting' },
      { source: 'shephard-2023-12-pillar-2' },
      { source: 'bury-times-2023-12-shapps-new-phase' },
    ],
    note: 'US date; the statement was reported as released on 2 December. The full official text was not retrieved.',
  },
  {
    id: '2023-12-20-luxon-exploring',
    date: '2023-12-20',
    kind: 'meeting',
    title: 'Luxon in Sydney: New Zealand exploring Pillar II',
    summary:
      'New Zealand’s prime minister says New Zealand is exploring Pillar II; its nuclear-free status is non-negotiable.',
    countries: ['NZ', 'AU'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [{ source: 'rnz-2023-12-21-luxon-exploring' }],
  },
  {
    id: '2023-12-22-ndaa-submarine-transfer',
    date: '2023-12-22',
    kind: 'legislation',
    title: 'FY2024 NDAA authorizes Virginia class transfers to Australia',
    summary:
      'The AUKUS Submarine Transfer Authorization Act subchapter (22 U.S.C. 10431) authorizes the President to transfer Virginia class submarines to Australia.',
    countries: ['US', 'AU'],
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [
      {
        source: 'lii-22-usc-10431',
        quote:
          '...the President is authorized to transfer up to two Virginia Class submarines from the inventory ... and transfer not more than one additional Virginia Class submarine...',
      },
    ],
    note: 'The date is the enactment date as referenced in the US Code.',
  },
  {
    id: '2024-02-01-australia-nz-2plus2',
    date: '2024-02-01',
    kind: 'meeting',
    title: 'Australia–New Zealand ministers’ 2+2: a Pillar II briefing offered',
    summary:
      'At the first Australia–New Zealand foreign and defence ministers’ meeting in Melbourne, Marles says a team will brief New Zealand on Pillar II.',
    countries: ['AU', 'NZ'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [
      { source: 'nzherald-2024-02-australian-officials-coming' },
      { source: 'centurion-2024-02-collins-no-guarantee' },
    ],
    note: 'Sources differ on the day: 31 January or 1 February 2024.',
  },
  {
    id: '2024-02-19-commons-pillar-2-could-extend',
    date: '2024-02-19',
    kind: 'statement',
    title: 'UK minister: Pillar II could extend to Canada and New Zealand',
    summary:
      'At Commons defence questions a minister says Pillar II work could ultimately extend to others, including Canada and New Zealand.',
    countries: ['GB', 'CA', 'NZ'],
    pillars: ['pillar-2'],
    confidence: 'primary',
    citations: [
      {
        source: 'hansard-2024-02-19-commons-aukus',
        quote:
          'AUKUS can and should be a programme that extends beyond the three core nations—the UK, the US, and Australia—but that is very much a matter for pillar 2 arrangements rather than pillar 1',
      },
    ],
    note: 'An official statement of one member’s government in Parliament, and the first official text found that names Canada and New Zealand as possible Pillar II partners. It records no status spell: it says Pillar II work "could ultimately extend" to them, which is neither the members officially considering or consulting them (that began on 2024-09-17) nor a float, which the ladder keeps for media and commentary; no rung of the ladder fits a possibility voiced by one member. It also says Pillar I stays with the three. The minister’s name is not in the page read.',
  },
  {
    id: '2024-03-19-politico-expansion-report',
    date: '2024-03-19',
    kind: 'report',
    title: 'Politico: Japan and Canada in line for Pillar II',
    summary:
      'Politico reports that Japan and Canada are in line to join Pillar II by the end of 2024 or early 2025, with New Zealand and South Korea also expressing interest, and the Biden administration pushing before the US election.',
    countries: ['US', 'GB', 'AU', 'JP', 'CA', 'NZ', 'KR'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [{ source: 'politico-2024-03-19-race-to-expand' }],
    note: 'Politico’s own reporting from unnamed diplomats and officials; no official text says that Japan or Canada was in line to join. The members officially said they were considering cooperation with Japan on 2024-04-08 and consulting Canada, New Zealand and the Republic of Korea on 2024-09-17.',
  },
  {
    id: '2024-03-rt-retelling-names-india',
    date: '2024-03',
    kind: 'report',
    title: 'RT’s retelling of Politico adds India',
    summary:
      'RT retells the Politico report and says India, New Zealand and South Korea have also been floated as potential members.',
    countries: ['IN', 'NZ', 'KR', 'JP', 'CA'],
    pillars: ['pillar-2'],
    confidence: 'media-only',
    citations: [
      { source: 'rt-2024-03-canada-japan-join-aukus' },
      { source: 'rt-2024-04-japan-may-join' },
    ],
    note: 'The Politico text read does not name India. RT’s day of publication is not confirmed (19 or 20 March 2024).',
  },
  {
    id: '2024-04-03-emanuel-wsj-op-ed',
    date: '2024-04-03',
    kind: 'statement',
    title: 'Emanuel: Japan "about to become the first additional Pillar II partner"',
    summary:
      'In an opinion article in The Wall Street Journal, US Ambassador to Japan Rahm Emanuel writes that Japan is about to become the first additional Pillar II partner, days before the members’ statement on Japan.',
    countries: ['US', 'JP'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [
      { source: 'epoch-2024-04-07-japan-may-join-aukus' },
      { source: 'livemint-2024-04-07-aukus-expansion' },
      { source: 'abc-2024-04-emanuel-wsj' },
    ],
    note: 'Sources disagree on the day: The Epoch Times ("an April 3 opinion article") and Mint ("on Wednesday") give 2024-04-03; ABC News has "On Friday" (2024-04-05), as does Australian Defence Magazine according to the data audit. The earlier day is recorded. An official’s opinion article in a newspaper, not an official publication, so it rates no official status; Japan’s standing changes only with the members’ statement of 2024-04-08.',
  },
  {
    id: '2024-04-08-defence-ministers-consider-japan',
    date: '2024-04-08',
    kind: 'statement',
    title: 'Defence ministers consider cooperation with Japan on Pillar II',
    summary:
      'Marles, Shapps and Austin say they are considering cooperation with Japan on Pillar II projects, have principles and models for additional partners, and will consult prospective partners in 2024.',
    countries: ['AU', 'GB', 'US', 'JP'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [
      { source: 'gov-uk-2024-04-08-defence-ministers-statement' },
      { source: 'defense-daily-2024-04-japan-pillar-2' },
      { source: 'aap-2024-04-logical-for-japan' },
      { source: 'epoch-2024-04-aukus-japan' },
      { source: 'rt-2024-04-japan-may-join' },
    ],
    note: 'Date and signatories are from the official publication page; the quotes are known from press copies.',
  },
  {
    id: '2024-04-08-trudeau-exploring',
    date: '2024-04-08',
    kind: 'statement',
    title: 'Trudeau: Canada exploring the second pillar',
    summary:
      'At the defence policy update at CFB Trenton, Prime Minister Trudeau says Canada is exploring joining the second pillar of AUKUS.',
    countries: ['CA'],
    pillars: ['pillar-2'],
    confidence: 'paraphrase',
    citations: [{ source: 'cp24-2024-04-08-trudeau-aukus' }],
  },
  {
    id: '2024-04-09-albanese-no-expansion',
    date: '2024-04-09',
    kind: 'statement',
    title: 'Albanese: no expansion of membership; Pillar II project by project',
    summary:
      'At Parliament House, Albanese says AUKUS will not expand beyond the three countries, and that Pillar II engagement with Japan would be considered project by project.',
    countries: ['AU', 'JP'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [
      { source: 'transcript-2024-04-09-albanese-marles' },
      { source: 'anews-2024-04-09-no-plan-to-expand' },
      { source: 'rt-2024-04-japan-may-join' },
    ],
  },
  {
    id: '2024-04-10-biden-kishida-press-conference',
    date: '2024-04-10',
    kind: 'meeting',
    title: 'Biden and Kishida: exploring how Japan can join Pillar II work',
    summary:
      'At the Rose Garden press conference of Kishida’s official visit, Biden says AUKUS is exploring how Japan can join Pillar II work; Kishida says nothing has been decided.',
    countries: ['US', 'JP'],
    pillars: ['pillar-2'],
    confidence: 'primary',
    citations: [{ source: 'wh-2024-04-10-biden-kishida-press-conference' }],
  },
  {
    id: '2024-04-15-aukus-update-hcws404',
    date: '2024-04-15',
    kind: 'statement',
    title: 'UK written statement: consultations on Pillar II, Pillar I stays trilateral',
    summary:
      'Grant Shapps tells Parliament the members are ready to begin consultations with additional countries under Pillar II, while Pillar I remains trilateral, and lists the factors for choosing partners.',
    countries: ['GB', 'AU', 'US', 'JP'],
    pillars: BOTH_PILLARS,
    confidence: 'primary',
    citations: [{ source: 'twfy-2024-04-15-hcws404-aukus-update' }],
  },
  {
    id: '2024-05-01-australia-rok-2plus2',
    date: '2024-05-01',
    kind: 'meeting',
    title: 'Australia–ROK 2+2 discusses Pillar II',
    summary:
      'In Melbourne the Republic of Korea discusses partnering with Pillar II and welcomes the consideration of additional partners.',
    countries: ['KR', 'AU'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [
      { source: 'japantimes-2024-05-01-south-korea-aukus' },
      { source: 'hankyoreh-2024-05-rok-aukus' },
    ],
  },
  {
    id: '2024-05-01-peters-invitation-precondition',
    date: '2024-05-01',
    kind: 'statement',
    title: 'Peters: an invitation is a precondition, not yet met',
    summary:
      'New Zealand’s Foreign Minister tells the NZIIA that the members must want New Zealand in Pillar II and invite it.',
    countries: ['NZ'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [{ source: 'defsec-2024-05-02-peters' }],
    note: 'Date inferred from "Wednesday evening" in a report of 2024-05-02.',
  },
  {
    id: '2024-08-05-naval-nuclear-propulsion-agreement',
    date: '2024-08-05',
    kind: 'agreement',
    title: 'AUKUS Naval Nuclear Propulsion Agreement signed',
    summary:
      'The three members sign the trilateral agreement for cooperation related to naval nuclear propulsion in Washington; it supersedes ENNPIA.',
    countries: MEMBERS,
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [
      {
        source: 'gov-uk-2024-08-08-trilateral-statement',
        quote:
          'On 5 August 2024, AUKUS partners signed the trilateral Agreement ... for Cooperation Related to Naval Nuclear Propulsion',
      },
    ],
    note: 'Announced on 2024-08-08. The date of entry into force was not confirmed.',
  },
  {
    id: '2024-09-01-itar-exemption-effective',
    date: '2024-09-01',
    kind: 'legislation',
    title: 'US export-control exemption for Australia and the UK takes effect',
    summary:
      'The new ITAR §126.7 exemption takes effect, after a State Department determination (15 August), a UK open general licence (16 August) and an interim final rule (20 August).',
    countries: ['US', 'GB', 'AU'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [
      {
        source: 'thompson-hine-2024-09-itar-exemption',
        quote:
          'No license or other approval is required for the export, reexport, retransfer, or temporary import of defense articles ... to and between Australia and the United Kingdom',
      },
    ],
    note: 'Rule text as quoted by a law firm.',
  },
  {
    id: '2024-09-13-blair-canada-in-talks',
    date: '2024-09-13',
    kind: 'statement',
    title: 'Blair in Tokyo: Canada in project-specific talks',
    summary:
      'Canada’s Defence Minister says Canada is in project-specific talks on Pillar II and is very optimistic.',
    countries: ['CA', 'JP'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [{ source: 'outpost-2024-09-canada-in-talks' }],
  },
  {
    id: '2024-09-17-third-anniversary-statement',
    date: '2024-09-17',
    kind: 'statement',
    title:
      'Third anniversary: Japan cooperation, consultations with Canada, New Zealand and the ROK',
    summary:
      'Biden, Starmer and Albanese say the members and Japan are exploring maritime autonomous systems interoperability, and that they are consulting Canada, New Zealand and the Republic of Korea on Pillar II.',
    countries: ['AU', 'GB', 'US', 'JP', 'CA', 'NZ', 'KR'],
    pillars: BOTH_PILLARS,
    confidence: 'primary',
    citations: [{ source: 'wh-2024-09-17-third-anniversary-statement' }],
    note: 'US date; reported on 18 September in Australia and New Zealand.',
  },
  {
    id: '2024-09-26-defence-ministers-greenwich',
    date: '2024-09-26',
    kind: 'meeting',
    title: 'Defence ministers meet at Greenwich',
    summary:
      'Healey, Marles and Austin meet at the Old Royal Naval College and welcome progress since December 2023.',
    countries: MEMBERS,
    pillars: BOTH_PILLARS,
    confidence: 'primary',
    citations: [{ source: 'gov-uk-2024-09-26-aukus-statement' }],
  },
  {
    id: '2024-10-japan-observes-autonomous-warrior',
    date: '2024-10',
    kind: 'exercise',
    title: 'Japan observes Autonomous Warrior 2024',
    summary:
      'Japanese officials observe the AUKUS Autonomous Warrior 2024 exercise at HMAS Creswell, Jervis Bay.',
    countries: ['JP', 'AU', 'GB', 'US'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [{ source: 'abc-2024-10-24-japan-observes-aukus' }],
    note: 'Reported on 2024-10-24; the days of the exercise are not given.',
  },
  {
    id: '2024-11-18-hyflite',
    date: '2024-11-18',
    kind: 'agreement',
    title: 'HyFliTE project arrangement',
    summary:
      'The three members enter the Hypersonic Flight Test and Experimentation project arrangement under Pillar II.',
    countries: MEMBERS,
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [
      {
        source: 'defensescoop-2024-11-18-hyflite',
        quote:
          'The United States, Australia and the United Kingdom signed a new agreement Monday that will see the three nations share each other’s testing facilities for hypersonic weapons.',
      },
      { source: 'mirage-2024-11-hyflite' },
      { source: 'adm-2024-11-hyflite' },
    ],
    note: 'The Pentagon announced the signing on Monday 2024-11-18 (US date); Australian reports are dated a day later. Until data 0.1.0 this event was dated only 2024-11 (id 2024-11-hyflite).',
  },
  {
    id: '2025-06-06-projects-based-model',
    date: '2025-06-06',
    kind: 'report',
    title: 'Report: Pillar II moves to a projects-based model',
    summary:
      'US official Peter Highnam is reported as saying Pillar II is moving away from the eight focus areas to a projects-based model.',
    countries: ['US', 'AU', 'GB'],
    pillars: ['pillar-2'],
    confidence: 'media-only',
    citations: [{ source: 'ndm-2025-06-06-shift-priorities' }],
    note: 'Paraphrased by the reporter with quote fragments, and read only as quoted in a mirror. The capability areas are kept in the data as they were named.',
  },
  {
    id: '2025-06-11-pentagon-review',
    date: '2025-06-11',
    kind: 'review',
    title: 'Pentagon confirms a review of AUKUS',
    summary:
      'The Pentagon confirms a review, led by Under Secretary Elbridge Colby, to align AUKUS with the America First agenda.',
    countries: ['US', 'AU', 'GB'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [{ source: 'baird-2025-06-12-us-review' }],
    note: 'Date inferred from "Wednesday" in a report of 2025-06-12.',
  },
  {
    id: '2025-07-japan-maritime-big-play',
    date: '2025-07',
    kind: 'exercise',
    title: 'Japan joins Maritime Big Play during Talisman Sabre',
    summary:
      'During Exercise Talisman Sabre 2025, Japan takes part for the first time in the AUKUS Pillar II Maritime Big Play series, working with the members on underwater acoustic communications to task an uncrewed underwater vehicle.',
    countries: ['JP', 'AU', 'GB', 'US'],
    pillars: ['pillar-2'],
    confidence: 'secondary',
    citations: [
      {
        source: 'navaltoday-2025-07-24-aukus-underwater-autonomous',
        quote: 'For the first time, Japan also joined these activities as a participant.',
        locator: 'Australian Department of Defence release, as carried by Naval Today',
      },
      { source: 'defense-mirror-2025-07-japan-joins' },
      { source: 'dir-2025-07-30-japan-joins' },
    ],
    note: 'Known from an Australian Department of Defence release carried by Naval Today on 2025-07-24 (the release itself was not read). No page read gives the days of the activity, so only the month is given; the reference timeline’s 16–17 July has no dated source. Until data 0.1.0 this event was dated 2025-07-16 (id 2025-07-16-japan-maritime-big-play) and rated media-only.',
  },
  {
    id: '2025-07-26-geelong-treaty',
    date: '2025-07-26',
    kind: 'agreement',
    title: 'Geelong Treaty signed',
    summary:
      'Marles and Healey sign the Australia–UK Nuclear-Powered Submarine Partnership and Collaboration Treaty: 50 years of bilateral cooperation under Pillar I.',
    countries: ['AU', 'GB'],
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [{ source: 'gov-uk-2025-07-26-geelong-treaty' }],
  },
  {
    id: '2025-07-29-pentagon-review-by-autumn',
    date: '2025-07-29',
    kind: 'review',
    title: 'Pentagon: review to be completed by autumn',
    summary:
      'The Pentagon says its AUKUS review, a department-wide process, will be completed by autumn.',
    countries: ['US'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [{ source: 'japantimes-2025-07-30-pentagon-review' }],
    note: 'Date inferred from "Tuesday" in a report of 2025-07-30.',
  },
  {
    id: '2025-10-20-trump-albanese-meeting',
    date: '2025-10-20',
    kind: 'meeting',
    title: 'Trump and Albanese: "full steam ahead"',
    summary:
      'At the White House, Trump backs AUKUS and the submarine sales to Australia; a critical-minerals framework is signed.',
    countries: ['US', 'AU'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [{ source: 'abc-2025-10-21-trump-aukus' }],
  },
  {
    id: '2025-10-28-albanese-japan-not-part',
    date: '2025-10-28',
    kind: 'statement',
    title: 'Albanese: AUKUS will not be expanded to include Japan',
    summary:
      'After meeting Prime Minister Takaichi at the ASEAN summit, Albanese says AUKUS is an arrangement of the three countries.',
    countries: ['AU', 'JP'],
    pillars: [],
    confidence: 'secondary',
    citations: [{ source: 'nightly-2025-10-not-expanded-japan' }],
    note: 'Date inferred from "Tuesday" in Kuala Lumpur, after the critical-minerals deal "last week".',
  },
  {
    id: '2025-10-29-us-rok-submarine-approval',
    date: '2025-10-29',
    kind: 'statement',
    title: 'US approves a South Korean nuclear-powered submarine (outside AUKUS)',
    summary:
      'Trump says he has approved South Korea building a nuclear-powered submarine. This is bilateral US–ROK, not AUKUS.',
    countries: ['US', 'KR'],
    pillars: [],
    confidence: 'secondary',
    citations: [{ source: 'newser-2025-10-korea-submarine' }],
    note: 'Reported as 29 or 30 October 2025.',
  },
  {
    id: '2025-12-04-pentagon-review-complete',
    date: '2025-12-04',
    kind: 'review',
    title: 'Pentagon completes its AUKUS review',
    summary:
      'The Pentagon completes its review (not released) and says AUKUS can move "full steam ahead"; Australia confirms it has received it.',
    countries: ['US', 'AU', 'GB'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [{ source: 'exchange-monitor-2025-12-08-review' }],
    note: 'Date inferred (c. 2025-12-04) from a report of 2025-12-08.',
  },
  {
    id: '2025-12-08-ausmin',
    date: '2025-12-08',
    kind: 'meeting',
    title: 'AUSMIN 2025 in Washington',
    summary:
      'Rubio, Hegseth, Wong and Marles meet; Rubio says AUKUS is full steam ahead at the President’s direction.',
    countries: ['US', 'AU'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [{ source: 'mirage-2025-12-ausmin-opening-remarks' }],
  },
  {
    id: '2025-12-10-defence-ministers-pentagon',
    date: '2025-12-10',
    kind: 'meeting',
    title: 'Fourth AUKUS defence ministers’ meeting at the Pentagon',
    summary:
      'Hegseth, Marles and Healey commit to move "full steam ahead" and to accelerate Pillar II projects with a focus on near-term warfighting objectives.',
    countries: MEMBERS,
    pillars: BOTH_PILLARS,
    confidence: 'primary',
    citations: [{ source: 'gov-uk-2025-12-10-defence-ministers' }],
  },
  // Supplement: aukus-facts-2026.md rows 45–66 and later
  {
    id: '2023-07-01-australian-submarine-agency',
    date: '2023-07-01',
    kind: 'statement',
    title: 'Australian Submarine Agency established',
    summary:
      'The Australian Submarine Agency (ASA), established by Executive Order, takes over from the Nuclear-Powered Submarine Taskforce, with Vice Admiral Jonathan Mead as its first Director-General. The release that announced it on 2023-05-06 also announced a separate independent naval nuclear-safety regulator.',
    countries: ['AU'],
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [
      {
        source: 'defence-minister-2023-05-06-new-agency-new-regulator',
        quote:
          'The Nuclear-Powered Submarine Taskforce, which currently operates as part of Defence, will transition to the ASA on 1 July 2023.',
      },
      {
        source: 'asa-2023-07-06-new-agency-oversee-acquisition',
        quote:
          'The Nuclear Powered Submarine Taskforce (the Taskforce) signed off for the last time on 30 June 2023 as it transitioned to the Australian Submarine Agency (the Agency) on 1 July.',
      },
      {
        source: 'armada-2023-07-asa-established',
        quote: 'The Australian Submarine Agency (ASA) stood up formally on 1 July 2023.',
      },
      { source: 'defence-connect-2023-07-asa-officially-established' },
    ],
    note: 'Announced on 2023-05-06 for 1 July 2023; the ASA’s own page (updated 2023-07-06) confirms the transition on that day.',
  },
  {
    id: '2024-03-22-asc-bae-selected',
    date: '2024-03-22',
    kind: 'statement',
    title: 'ASC and BAE Systems selected to build SSN-AUKUS in Australia',
    summary:
      'ASC Pty Ltd and BAE Systems are selected to build Australia’s SSN-AUKUS submarines at the Osborne shipyard in Adelaide, and ASC becomes Australia’s nuclear-powered submarine sustainment partner. The AUKUS defence ministers welcome the choice in a statement on one year of the Optimal Pathway.',
    countries: MEMBERS,
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [
      {
        source: 'exbulletin-2024-03-aukus-defence-ministers-asc-bae',
        quote:
          "Today, AUKUS partners welcomed the announcement of the selection of ASC Pty Ltd and BAE Systems to build Australia's SSN-AUKUS submarines and the selection of ASC as Australia's nuclear powered submarine support partner.",
      },
      { source: 'aap-2024-03-australia-gives-uk-4-6b' },
      { source: 'inside-defense-2024-03-22-ssn-aukus-bae-asc' },
      { source: 'euro-sd-2024-03-asc-bae-selection' },
    ],
    note: 'Sources differ on the day: the US announcement (per Inside Defense) and Euro-SD give 21 March 2024, US time; Australian reports place the announcement in Adelaide on Friday 22 March 2024, the day recorded here. The ministers’ statement was read only in a machine-rewritten copy.',
  },
  {
    id: '2024-03-22-australia-funds-rolls-royce-derby',
    date: '2024-03-22',
    kind: 'statement',
    title: 'Australia to fund the Rolls-Royce reactor plant in Derby',
    summary:
      'Australia commits more than A$4.6 billion over ten years to expand the Rolls-Royce submarine reactor factory in Derby (UK) and towards the design costs of SSN-AUKUS. This is separate from its US$3 billion for the US submarine industrial base.',
    countries: ['AU', 'GB'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [
      {
        source: 'aap-2024-03-australia-gives-uk-4-6b',
        quote:
          'Australia will spend more than $4.6 billion on a submarine nuclear reactor factory in the United Kingdom to ensure its new nuclear-powered fleet arrives on time.',
      },
      { source: 'guardian-2024-03-australia-props-up-aukus' },
    ],
    note: 'Announced by Marles with Grant Shapps "on Friday" (22 March 2024), according to AAP. Known from press reports of the announcement; no official text was read.',
  },
  {
    id: '2024-09-09-uss-hawaii-maintenance-in-australia',
    date: '2024-09-09',
    kind: 'statement',
    title: 'First maintenance of a US nuclear-powered submarine in Australia (USS Hawaii)',
    summary:
      'Marles tells the House of Representatives that USS Hawaii, with the tender USS Emory S. Land, has undergone maintenance at HMAS Stirling: the first maintenance of a US nuclear-powered submarine outside the US or a US base, and the first with non-US citizens taking part.',
    countries: ['US', 'AU'],
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [
      {
        source: 'openaustralia-2024-09-09-house-uss-hawaii',
        quote:
          "This is the first time that an American nuclear powered submarine has undergone maintenance outside of the US or a US base, and it's also the first time that non-US citizens have participated in the maintenance of such a submarine.",
      },
      { source: 'dvids-2024-08-23-uss-hawaii-media-tours' },
    ],
    note: 'Dated by the parliamentary statement. The maintenance period itself ran in August–September 2024 (a US photo caption of 2024-08-23 shows USS Hawaii hosting media tours); its first and last days were not in the sources read.',
  },
  {
    id: '2024-naval-nuclear-power-safety-act',
    date: '2024-10',
    kind: 'legislation',
    title: 'Australian Naval Nuclear Power Safety Act 2024',
    summary:
      'The Act (C2024A00091) creates the regulatory framework and an independent regulator for Australia’s nuclear-powered submarine enterprise.',
    countries: ['AU'],
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [
      { source: 'legislation-gov-au-c2024a00091' },
      {
        source: 'openaustralia-2024-09-16-senate-naval-nuclear-power-safety-bill',
        quote:
          "This bill is the critical next legislative step in establishing the highest standards of nuclear safety and stewardship of Australia's future conventionally armed nuclear-powered submarine enterprise under the AUKUS partnership.",
      },
    ],
    note: 'Partial date: the register’s version of the Act read is dated 2024-10-24, and the date of Royal Assent was not confirmed, so only the month is recorded. The bill was introduced on 2023-11-16 and moved for its second reading in the Senate on 2024-09-16. Until this correction the event was dated only to 2024, which showed it on days before the Act was passed.',
  },
  {
    id: '2024-12-01-nz-labour-will-not-join',
    date: '2024-12-01',
    kind: 'statement',
    title: 'NZ Labour, in opposition, says a Labour government would not join AUKUS',
    summary:
      'Labour leader Chris Hipkins says that a government he leads would join neither Pillar I nor Pillar II of AUKUS.',
    countries: ['NZ'],
    pillars: BOTH_PILLARS,
    confidence: 'secondary',
    citations: [
      {
        source: 'nz-labour-2024-12-01-will-not-join-aukus',
        quote:
          'Our country has a fiercely independent foreign policy, and a Government I lead will not join pillars one or two of AUKUS',
      },
      { source: 'interest-2024-12-hipkins-labour-opposes-aukus' },
    ],
    note: 'The position of an opposition party, not of the New Zealand Government: it is not an official claim about New Zealand’s standing and changes none of New Zealand’s status spells. The party’s release was read as published on Scoop.',
  },
  {
    id: '2025-02-07-hegseth-marles-pentagon',
    date: '2025-02-07',
    kind: 'meeting',
    title: 'Hegseth hosts Marles; Australia’s first US$500 million payment',
    summary:
      'Hegseth hosts Marles at the Pentagon, his first foreign counterpart, and welcomes Australia’s first US$500 million contribution to the US submarine industrial base, part of a total of US$3 billion. The money was transferred after a call between the two on 2025-01-29.',
    countries: ['US', 'AU'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [
      {
        source: 'usni-2025-02-10-aukus-500m-payment',
        quote:
          'Hegseth welcomed Australia’s $500 million contribution under AUKUS to the U.S. submarine industrial base',
      },
      {
        source: 'reuters-2025-02-australia-first-aukus-payment',
        quote:
          'Australia transferred the first $500 million payment after a call between Marles and Hegseth on January 29',
      },
    ],
    note: 'USNI reports a Pentagon readout of the meeting, which was not itself read.',
  },
  {
    id: '2025-06-02-uk-strategic-defence-review',
    date: '2025-06-02',
    kind: 'review',
    title: 'UK Strategic Defence Review: up to 12 SSN-AUKUS submarines',
    summary:
      'The UK’s Strategic Defence Review plans up to 12 SSN-AUKUS submarines to replace the seven Astute-class boats, one to be built every 18 months at Barrow and Derby.',
    countries: ['GB'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [
      {
        source: 'joint-forces-2025-06-01-uk-ssn-aukus-expansion',
        quote:
          "The Prime Minister will announce tomorrow that the UK's conventionally armed, nuclear-powered submarine fleet will be significantly expanded, with up to 12 new SSN-AUKUS boats to be built.",
      },
      { source: 'fbc-2025-06-02-uk-up-to-12-submarines' },
      { source: 'defense-mirror-2025-06-uk-sdr-ssn-aukus' },
    ],
    note: 'Announced in a government press release headed "Whitehall, 01 June 2025" for the next day, read only in a copy; the review itself and the GOV.UK text were not read.',
  },
  {
    id: '2025-07-23-second-aukus-payment',
    date: '2025-07-23',
    kind: 'statement',
    title: 'Australia confirms its second payment to the US submarine industrial base',
    summary:
      'Australia confirms a second payment of A$800 million (US$525 million) to the US submarine industrial base, made in the second quarter of 2025, bringing its payments to A$1.6 billion; it has committed US$2 billion by the end of 2025.',
    countries: ['AU', 'US'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [
      {
        source: 'smh-2025-07-australia-quietly-pays-800m',
        quote:
          'The payments are occurring in line with Australia’s commitment to contribute US$2 billion by the end of 2025, which underscores our commitment to the successful delivery of AUKUS Pillar I outcomes.',
      },
      { source: 'breaking-defense-2025-07-australia-pays-525m' },
      { source: 'reuters-2025-07-23-second-aukus-payment' },
    ],
    note: 'Dated by the confirmation, a Wednesday (Reuters, 2025-07-23); the payment itself was made in the second quarter of 2025, on a day not given.',
  },
  {
    id: '2025-09-14-henderson-defence-precinct',
    date: '2025-09-14',
    kind: 'statement',
    title: 'A$12 billion for the Henderson Defence Precinct',
    summary:
      'Albanese announces A$12 billion in new funding for the Henderson Defence Precinct near Perth, including contingency docking for Australia’s future nuclear-powered submarines from the early 2030s.',
    countries: ['AU'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [
      {
        source: 'mirage-2025-09-pm-press-conference-henderson',
        quote:
          'Today I am pleased to announce my Government will provide $12 billion in new funding to the Henderson Defence Precinct right here in Western Australia.',
      },
      { source: 'shephard-2025-09-16-henderson-a12bn' },
      { source: 'newsfinale-2025-09-henderson-12bn' },
    ],
    note: 'Date inferred: newsfinale places the Perth press conference "on Sunday morning" and Shephard reported it on 2025-09-16, so Sunday 2025-09-14. The transcript was read only in a Mirage News copy.',
  },
  {
    id: '2025-11-uss-vermont-maintenance',
    date: '2025-11',
    kind: 'exercise',
    title: 'USS Vermont maintained at HMAS Stirling without a US tender',
    summary:
      'USS Vermont completes a submarine maintenance period at HMAS Stirling, the first without the support of a US submarine tender.',
    countries: ['US', 'AU'],
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [
      {
        source: 'navy-mil-2026-uss-vermont-maintenance-period',
        quote:
          'a U.S. Virginia-class submarine quietly completed the first submarine maintenance period without the support of a U.S. submarine tender',
      },
      {
        source: 'defence-2025-11-28-technicians-submarine-upkeep',
        quote:
          'is part of an engineering team supporting a Submarine Maintenance Period (SMP) at Fleet Base West during November',
      },
      { source: 'asa-2026-hms-anson-arrival' },
    ],
    note: 'Partial date: the sources give only the month. Australian Defence reported the maintenance period under way "during November" (2025-11-28), and the US Navy article, from 2026, says it was completed "Last November"; the submarine arrived at HMAS Stirling on 2025-10-29 (aukus-facts.md). A maintenance period, not a military exercise: the kind is the nearest of the event kinds.',
  },
  {
    id: '2025-12-08-srf-west-q4-2027-affirmed',
    date: '2025-12-08',
    kind: 'statement',
    title: 'AUSMIN affirms Submarine Rotational Force-West from the fourth quarter of 2027',
    summary:
      'At AUSMIN in Washington, the ministers affirm that Submarine Rotational Force-West begins at HMAS Stirling in the fourth quarter of 2027.',
    countries: ['AU', 'US'],
    pillars: ['pillar-1'],
    confidence: 'primary',
    citations: [
      {
        source: 'dfat-2025-12-ausmin-press-conference',
        quote:
          'we all affirmed the importance of the timeframe of Submarine Rotational Force ‑ West beginning at HMAS Stirling south of Perth in Quarter 4 of 2027',
        locator: 'Richard Marles',
      },
    ],
  },
  {
    id: '2025-12-08-australia-pledges-further-us-1bn',
    date: '2025-12-08',
    kind: 'statement',
    title: 'Australia pledges a further US$1 billion to the US submarine industrial base',
    summary:
      'At AUSMIN, Australia pledges a further US$1 billion to expand US submarine production capacity, bringing its total to US$2 billion.',
    countries: ['AU', 'US'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [
      {
        source: 'supremacy-2025-12-40th-ausmin',
        quote:
          'Australia pledged an additional $1 billion to expand U.S. submarine production capacity, bringing its total investment to $2 billion.',
      },
    ],
    note: 'Known from a news report only; no official text giving the figure was read.',
  },
  {
    id: '2025-12-10-pillar-2-narrowing-reported',
    date: '2025-12-10',
    kind: 'report',
    title: 'Pillar II reported to be narrowed to priority projects',
    summary:
      'After the defence ministers’ meeting at the Pentagon, an aggregator reports officials as confirming that Pillar II will be narrowed to prioritised advanced-technology projects.',
    countries: MEMBERS,
    pillars: ['pillar-2'],
    confidence: 'media-only',
    citations: [
      {
        source: 'particle-2025-12-aukus-shift-to-delivery',
        quote:
          'Officials confirmed Pillar Two will be narrowed to prioritized advanced‑technology projects',
      },
    ],
    note: 'Media-only. The joint statement of 2025-12-10 speaks of accelerating the delivery of Pillar II projects "with particular focus on near-term warfighting objectives"; no official text read says that Pillar II will be narrowed.',
  },
  {
    id: '2025-12-18-fy2026-ndaa-signed',
    date: '2025-12-18',
    kind: 'legislation',
    title: 'FY2026 National Defense Authorization Act signed',
    summary:
      'Trump signs the FY2026 NDAA (S. 1071). According to CNAS, it includes language to streamline AUKUS defence-industrial-base collaboration and to facilitate co-production of Virginia-class submarines among the three countries.',
    countries: ['US', 'AU', 'GB'],
    pillars: ['pillar-1'],
    confidence: 'paraphrase',
    citations: [
      { source: 'editorialge-2025-12-trump-signs-ndaa' },
      {
        source: 'cnas-2026-02-02-congressional-support-aukus',
        quote:
          'the 2026 National Defense Authorization Act (NDAA), signed into law last December, includes language to streamline defense industrial base collaboration and facilitate co-production of Virginia-class submarines among the United States, Australia and the UK.',
      },
    ],
    note: 'The signing date rests on a news report; the AUKUS provisions are known only from CNAS’s paraphrase. The statute text and its section numbers were not read.',
  },
  {
    id: '2025-12-24-rok-us-standalone-submarine-track',
    date: '2025-12-24',
    kind: 'statement',
    title: 'South Korea and the US to pursue a stand-alone submarine agreement (outside AUKUS)',
    summary:
      'South Korea and the United States agree to pursue a stand-alone agreement on cooperation over nuclear-powered submarines, with working-level talks from early 2026 and fuel enriched below 20%. This is a bilateral track, outside AUKUS.',
    countries: ['KR', 'US'],
    pillars: [],
    confidence: 'secondary',
    citations: [
      {
        source: 'prism-2025-12-24-rok-us-standalone-submarine-pact',
        quote:
          'We shared the view that a stand-alone agreement on cooperation over nuclear-powered submarines is necessary, and agreed to move forward with discussions',
      },
      { source: 'viralclue-2025-12-south-korea-us-nuclear-submarines' },
    ],
    note: 'Outside AUKUS: it follows the US approval of a South Korean nuclear-powered submarine in October 2025 and changes no AUKUS standing of the Republic of Korea. Known from Yonhap as relayed by PRISM.',
  },
  {
    id: '2026-01-12-mathias-warns-uk-element',
    date: '2026-01-12',
    kind: 'report',
    title: 'Former MoD nuclear-policy director warns the UK element of AUKUS will probably fail',
    summary:
      'Retired Rear Admiral Philip Mathias, a former MoD director of nuclear policy, says there is a high probability that the UK element of AUKUS will fail.',
    countries: ['GB', 'AU'],
    pillars: ['pillar-1'],
    confidence: 'media-only',
    citations: [
      {
        source: 'the-west-2026-01-12-mathias-uk-element-fail',
        quote: 'there is a high probability that the UK element of AUKUS will fail',
      },
    ],
    note: 'An individual’s assessment in the press, not a government position.',
  },
  {
    id: '2026-01-20-parker-aukus-not-on-the-rocks',
    date: '2026-01-20',
    kind: 'report',
    title: 'Analyst rebuts the warning: AUKUS not on the rocks',
    summary:
      'In an opinion article, analyst Jennifer Parker argues that the UK’s submarine challenges do not spell the failure of AUKUS.',
    countries: ['GB', 'AU'],
    pillars: ['pillar-1'],
    confidence: 'media-only',
    citations: [
      {
        source: 'baird-2026-01-20-opinion-aukus-not-failure',
        quote: 'Despite the headlines, AUKUS is not on the rocks.',
      },
    ],
    note: 'An opinion article, not a government position.',
  },
  {
    id: '2026-01-26-crs-report-virginia-class',
    date: '2026-01-26',
    kind: 'report',
    title: 'Congressional Research Service: Virginia-class build rate still lags',
    summary:
      'An updated Congressional Research Service report on the Virginia class and AUKUS says the build rate still lags despite Australian money, and discusses an alternative in which the boats meant for Australia would stay in US service.',
    countries: ['US', 'AU'],
    pillars: ['pillar-1'],
    confidence: 'paraphrase',
    citations: [
      {
        source: 'psnews-2026-02-16-crs-report-aukus',
        quote:
          'A US Congressional Research Service (CRS) report released on 26 January shows that, despite injections of resources and Australian cash into the US submarine construction industrial base, the build rate of Virginia-class boats continues to lag.',
      },
      { source: 'washingtone-2026-02-04-crs-no-aukus-submarines-scenario' },
    ],
    note: 'Known only from press accounts; the CRS text was not read.',
  },
  {
    id: '2026-01-28-collins-to-leave-politics',
    date: '2026-01-28',
    kind: 'statement',
    title: 'New Zealand Defence Minister Judith Collins to leave politics',
    summary:
      'Prime Minister Christopher Luxon announces that Judith Collins, Defence Minister and Attorney-General, is to become President of the Law Commission from mid-2026 and retire from politics.',
    countries: ['NZ'],
    pillars: [],
    confidence: 'secondary',
    citations: [
      { source: 'national-nz-2026-01-28-collins-law-commission' },
      { source: 'spinoff-2026-01-29-collins-calls-time' },
    ],
    note: 'An announced departure: the day she left office and her successor as Defence Minister were not found in the sources read. The data records no tenures of New Zealand ministers.',
  },
  {
    id: '2026-02-15-osborne-submarine-construction-yard',
    date: '2026-02-15',
    kind: 'statement',
    title: 'A$3.9 billion down payment on the Osborne submarine construction yard',
    summary:
      'Australia commits A$3.9 billion as a down payment on the Submarine Construction Yard at Osborne, Adelaide, where SSN-AUKUS will be built; the long-term projected cost is A$30 billion.',
    countries: ['AU'],
    pillars: ['pillar-1'],
    confidence: 'secondary',
    citations: [
      {
        source: 'mirage-2026-02-albanese-malinauskas-osborne',
        quote:
          'Today the Albanese Government is announcing it will invest $3.9 billion as a down payment to deliver the new Submarine Construction Yard in Osborne.',
      },
      { source: 'baird-2026-02-15-osborne-shipyard' },
      { source: 'trt-2026-02-15-osborne-shipyard' },
    ],
    note: 'Announced on Sunday 15 February 2026 (Reuters via Baird Maritime, TRT World); the release was read only in a Mirage News copy.',
  },
  {
    id: '2026-02-22-hms-anson-maintenance-in-australia',
    date: '2026-02-22',
    kind: 'exercise',
    title:
      'HMS Anson at HMAS Stirling: first maintenance of a UK nuclear-powered submarine in Australia',
    summary:
      'HMS Anson, an Astute-class submarine, arrives at HMAS Stirling for a month-long visit: the first maintenance of a UK nuclear-powered submarine in Australia. The Royal Australian Navy tests its Speartooth large underwater drone with her as part of AUKUS Pillar II activities.',
    countries: ['GB', 'AU'],
    pillars: BOTH_PILLARS,
    confidence: 'primary',
    citations: [
      {
        source: 'asa-2026-hms-anson-arrival',
        quote:
          'HMS Anson has arrived at Western Australia’s HMAS Stirling for the first‑ever maintenance activity on a United Kingdom nuclear‑powered submarine in Australia',
      },
      {
        source: 'gsherald-2026-02-hms-anson-arrives-stirling',
        quote:
          'tests of its Speartooth large underwater drone to see how it operates with the British submarine at sea, as part of AUKUS pillar 2 activities',
      },
      { source: 'the-west-2026-02-22-hms-anson-arrives-stirling' },
      { source: 'the-west-2026-02-04-hms-anson-visit-announced' },
    ],
    note: 'The ASA page is undated; the day of arrival is from The West Australian (2026-02-22). A maintenance period, not a military exercise: the kind is the nearest of the event kinds. It is not the start of Submarine Rotational Force-West, which the ASA places "from 2027".',
  },
  {
    id: '2026-05-30-defence-ministers-singapore',
    date: '2026-05-30',
    kind: 'meeting',
    title: 'AUKUS defence ministers in Singapore name the first Pillar II signature project',
    summary:
      'Hegseth, Healey and Marles, meeting on the margins of the Shangri-La Dialogue, name the first Pillar II signature project, on payloads and enabling systems for uncrewed undersea vehicles, with delivery from 2027, and confirm further progress on Submarine Rotational Force-West at HMAS Stirling. The UK is to contribute £150 million to the project.',
    countries: MEMBERS,
    pillars: BOTH_PILLARS,
    confidence: 'paraphrase',
    citations: [
      {
        source: 'policy-wire-2026-aukus-uuv-project',
        quote:
          'First, the three governments named their first Pillar 2 signature project: a joint effort on payloads and enabling systems for uncrewed undersea vehicles.',
      },
      {
        source: 'ummah-kantho-2026-aukus-uuv-150m',
        quote:
          'London would contribute 150 million pounds, or roughly 201 million dollars, toward the project.',
      },
      { source: 'britain-today-2026-05-30-aukus-uuv' },
      { source: 'voice-of-emirates-2026-05-30-aukus-uuv' },
      { source: 'vesper-2026-05-aukus-singapore-abc' },
    ],
    note: 'The GOV.UK press release and fact sheet were not read; the meeting is known from press accounts, one of which cites them. One source dates the announcement "Saturday, May 24", which is wrong: 2026-05-24 was a Sunday. Reports that Healey conceded AUKUS had over-promised and under-delivered are a reporter’s paraphrase, not his words.',
  },
  {
    id: '2026-06-11-healey-resigns',
    date: '2026-06-11',
    kind: 'statement',
    title: 'UK Defence Secretary John Healey resigns; Dan Jarvis appointed',
    summary:
      'John Healey resigns as Defence Secretary over the Defence Investment Plan, and Armed Forces Minister Al Carns also quits; Dan Jarvis is appointed Defence Secretary. The UK’s AUKUS principal changes twelve days after the Singapore meeting.',
    countries: ['GB'],
    pillars: [],
    confidence: 'secondary',
    citations: [
      {
        source: 'metro-2026-06-11-healey-resigns',
        quote:
          'Since then, you have been unable, and the Treasury has been unwilling, to commit the resources that the nation needs to defend the country at this time of rising threats.',
      },
      { source: 'gb-news-2026-06-11-healey-resigns-jarvis' },
      { source: 'rainsnews-2026-06-healey-resigns' },
    ],
    note: 'Sources differ: GB News places Jarvis’s appointment on the evening of 11 June 2026 and Carns’s resignation less than an hour before it; RainsNews dates both to 12 June.',
  },
  {
    id: '2026-06-22-starmer-to-step-down',
    date: '2026-06-22',
    kind: 'statement',
    title: 'Starmer announces he will step down as Prime Minister',
    summary:
      'Keir Starmer announces that he will step down as Prime Minister and stay on as caretaker until a successor is chosen.',
    countries: ['GB'],
    pillars: [],
    confidence: 'secondary',
    citations: [
      {
        source: 'jordan-times-2026-06-burnham-to-replace-starmer',
        quote:
          'Starmer makes a statement on his future outside 10 Downing Street on the morning of June 22, 2026',
      },
      { source: 'kolekrinsights-2026-06-starmer-resigns' },
    ],
    note: 'An announcement, not a departure: no source read confirms a successor or the day he left office, so his tenure stays open.',
  },
] as const satisfies readonly Event[];

/**
 * An event id of the seed.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { EventId } from 'aukus';
 * const event: EventId = '2021-09-15-aukus-announced';
 * ```
 */
export type EventId = (typeof records)[number]['id'];

/**
 * Dated events from 2021 to the snapshot: the rows of the source timelines verified in an official
 * text or quoted verbatim in reporting, plus the reported, paraphrased and media-only rows that the
 * status spells rest on or that the record needs, each with its confidence.
 *
 * @category Entities
 * @example
 * ```ts
 * import { events } from 'aukus';
 * events[0]?.title; // 'AUKUS announced'
 * ```
 */
export const events: readonly SeedRecord<Event, EventId>[] = /* @__PURE__ */ deepFreeze(records);
