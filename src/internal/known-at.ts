import type { Citation } from '../model/citation.js';
import type { Dataset } from '../model/dataset.js';
import type { Participation } from '../model/participation.js';
import type { Source } from '../model/source.js';
import { certainEnd, certainStart, latestDay } from './days.js';

type SourceDate = Pick<Source, 'id' | 'published'>;

const publishedCache = new WeakMap<readonly SourceDate[], Map<string, number>>();

/**
 * The day from which each source certainly counts as public: the last day of a partial
 * `published` date, so nothing is claimed known earlier than is certain.
 *
 * @internal
 */
export function publishedDays(sources: readonly SourceDate[]): Map<string, number> {
  let days = publishedCache.get(sources);
  if (days === undefined) {
    days = new Map(sources.map((source) => [source.id, latestDay(source.published)]));
    publishedCache.set(sources, days);
  }
  return days;
}

/**
 * The citations of `citations` whose source was public on `knownDay` (an unknown source never
 * is). Returns the same array when all of them were, so nothing is copied needlessly.
 *
 * @internal
 */
export function knownCitations(
  citations: readonly Citation[],
  published: ReadonlyMap<string, number>,
  knownDay: number,
): readonly Citation[] {
  let kept: Citation[] | undefined;
  for (let i = 0; i < citations.length; i++) {
    const citation = citations[i] as Citation;
    const known = (published.get(citation.source) ?? Number.POSITIVE_INFINITY) <= knownDay;
    if (kept === undefined && !known) kept = citations.slice(0, i);
    else if (kept !== undefined && known) kept.push(citation);
  }
  return kept === undefined ? citations : Object.freeze(kept);
}

/**
 * The participations as they were public on `knownDay`:
 *
 * - a spell none of whose sources was published yet does not exist;
 * - a spell keeps only the citations already published;
 * - an end stays only when it was already on record: a source published after the end was
 *   cited about the same country and scope, or a later spell of the same country, scope and
 *   claim was public. Otherwise the spell is open on `knownDay`.
 *
 * A later `knownDay` therefore only adds spells and citations, or closes open spells.
 *
 * @internal
 */
export function knownParticipations(
  data: Pick<Dataset, 'participations'> & { readonly sources: readonly SourceDate[] },
  knownDay: number,
): readonly Participation[] {
  const published = publishedDays(data.sources);
  const visible: { spell: Participation; citations: readonly Citation[] }[] = [];
  // Per country and scope, the latest publication day known; per country, scope and claim, the
  // latest start known. Both in one pass, so a view costs time linear in the spells.
  const latest = new Map<string, number>();
  const lastStart = new Map<string, number>();
  for (const spell of data.participations) {
    const citations = knownCitations(spell.citations, published, knownDay);
    if (citations.length === 0) continue;
    let last = Number.NEGATIVE_INFINITY;
    for (const citation of citations) last = Math.max(last, published.get(citation.source) ?? last);
    visible.push({ spell, citations });
    const scope = `${spell.country}|${spell.pillar ?? ''}`;
    latest.set(scope, Math.max(latest.get(scope) ?? last, last));
    const lane = `${scope}|${spell.claim}`;
    const start = certainStart(spell.from);
    lastStart.set(lane, Math.max(lastStart.get(lane) ?? start, start));
  }
  return visible.map(({ spell, citations }) => {
    let endKnown = false;
    if (spell.to !== undefined) {
      const end = certainEnd(spell.to);
      const scope = `${spell.country}|${spell.pillar ?? ''}`;
      endKnown =
        end <= knownDay &&
        ((latest.get(scope) ?? end) > end ||
          (lastStart.get(`${scope}|${spell.claim}`) ?? end) > certainStart(spell.from));
    }
    if (citations === spell.citations && (spell.to === undefined || endKnown)) return spell;
    const { to: _end, ...rest } = spell;
    return Object.freeze(
      endKnown && spell.to !== undefined
        ? { ...rest, to: spell.to, citations }
        : { ...rest, citations },
    );
  });
}
