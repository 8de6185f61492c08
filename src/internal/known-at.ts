import type { Citation } from '../model/citation.js';
import type { Dataset } from '../model/dataset.js';
import type { Participation } from '../model/participation.js';
import type { Source } from '../model/source.js';
import { certainEnd, certainStart, latestDay } from './days.js';

const publishedCache = new WeakMap<readonly Source[], Map<string, number>>();

/**
 * The day from which each source certainly counts as public: the last day of a partial
 * `published` date, so nothing is claimed known earlier than is certain.
 *
 * @internal
 */
export function publishedDays(sources: readonly Source[]): Map<string, number> {
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
  data: Pick<Dataset, 'participations' | 'sources'>,
  knownDay: number,
): readonly Participation[] {
  const published = publishedDays(data.sources);
  const visible: { spell: Participation; citations: readonly Citation[] }[] = [];
  // Per country and scope: the latest publication day known.
  const latest = new Map<string, number>();
  for (const spell of data.participations) {
    const citations = knownCitations(spell.citations, published, knownDay);
    if (citations.length === 0) continue;
    let last = Number.NEGATIVE_INFINITY;
    for (const citation of citations) last = Math.max(last, published.get(citation.source) ?? last);
    visible.push({ spell, citations });
    const key = `${spell.country}|${spell.pillar ?? ''}`;
    latest.set(key, Math.max(latest.get(key) ?? last, last));
  }
  return visible.map(({ spell, citations }) => {
    let endKnown = false;
    if (spell.to !== undefined) {
      const end = certainEnd(spell.to);
      const start = certainStart(spell.from);
      endKnown =
        end <= knownDay &&
        ((latest.get(`${spell.country}|${spell.pillar ?? ''}`) ?? end) > end ||
          visible.some(
            (other) =>
              other.spell.country === spell.country &&
              other.spell.pillar === spell.pillar &&
              other.spell.claim === spell.claim &&
              certainStart(other.spell.from) > start,
          ));
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
