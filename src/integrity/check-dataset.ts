import { countryLookup, normalizeName } from '../internal/country-lookup.js';
import {
  certainEnd,
  certainStart,
  earliestDay,
  latestDay,
  partialDateBounds,
} from '../internal/days.js';
import { closest } from '../internal/suggest.js';
import type { Country } from '../model/country.js';
import type { Dataset } from '../model/dataset.js';
import { type DatasetIssue, type DatasetIssueCode, withRecordIds } from './issue.js';

/**
 * The result of {@link checkDataset}: errors (`issues`) and things worth a look (`warnings`).
 *
 * @category Errors
 * @example
 * ```ts
 * import { checkDataset, dataset, type DatasetCheck } from 'aukus';
 * const check: DatasetCheck = checkDataset(dataset);
 * check.issues.length; // 0
 * ```
 */
export interface DatasetCheck {
  /** Broken rules: a dataset with any is invalid. */
  readonly issues: readonly DatasetIssue[];
  /** Allowed but probably a mistake, e.g. a source nothing cites. */
  readonly warnings: readonly DatasetIssue[];
}

type Path = readonly (string | number)[];
type Collection = Exclude<keyof Dataset, 'meta'>;
type Loose = Record<string, unknown>;

/** Every collection of a dataset; `commitments` alone may be absent. @internal */
export const COLLECTIONS: readonly Collection[] = [
  'sources',
  'countries',
  'partnerships',
  'pillars',
  'capabilityAreas',
  'projects',
  'participations',
  'events',
  'statements',
  'people',
  'tenures',
  'commitments',
];

const SINGULAR: Record<Collection, string> = {
  sources: 'source',
  countries: 'country',
  partnerships: 'partnership',
  pillars: 'pillar',
  capabilityAreas: 'capability area',
  projects: 'project',
  participations: 'participation',
  events: 'event',
  statements: 'statement',
  people: 'person',
  tenures: 'tenure',
  commitments: 'commitment',
};

// Items that are not objects read as empty records, so every index stays the item's own.
const list = (value: unknown): readonly Loose[] =>
  Array.isArray(value)
    ? value.map((item): Loose => (typeof item === 'object' && item !== null ? item : {}))
    : [];
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * Checks the data rules that a record's shape cannot express, on a dataset whose shape is valid
 * (as `parseDataset` from `aukus/schema` checks it; this function does not need zod):
 *
 * - ids are unique in each collection, and every reference resolves;
 * - every fact cites at least one source, and an `official` claim cites an official source;
 * - no date is after `meta.snapshotDate`, and nothing ends before it starts;
 * - at most one spell per country, scope (pillar or the whole partnership) and claim on any day;
 * - no two people hold the same office of one country at once, except on a handover day;
 * - a statement has a speaker or an issuer;
 * - a commitment is not, through `partOf`, part of itself.
 *
 * A source that nothing cites is a warning, not an error. Collections named in `skip` are left
 * out (`parseDataset` passes those whose shape already failed, so one run reports everything
 * that can be known without knock-on errors).
 *
 * @param data - A dataset with a valid shape.
 * @param skip - Collections (or `'meta'`) not to check.
 * @returns The {@link DatasetCheck}: `issues` (errors) and `warnings`.
 * @category Errors
 * @example
 * ```ts
 * import { checkDataset, dataset } from 'aukus';
 * const broken = {
 *   ...dataset,
 *   participations: [
 *     ...dataset.participations,
 *     { id: 'fr-floated', country: 'FR', status: 'floated', claim: 'reported', from: '2025', citations: [] },
 *   ],
 * } as const;
 * checkDataset(broken).issues.map((issue) => issue.code); // ['unknown-reference', 'uncited']
 * ```
 */
export function checkDataset(data: Dataset, skip: ReadonlySet<string> = new Set()): DatasetCheck {
  const issues: DatasetIssue[] = [];
  const warnings: DatasetIssue[] = [];
  const report = (code: DatasetIssueCode, path: Path, message: string, hint?: string) => {
    issues.push(hint === undefined ? { code, path, message } : { code, path, message, hint });
  };
  const ok = (...names: (Collection | 'meta')[]) => names.every((name) => !skip.has(name));
  const root = data as unknown as Loose;
  const lists = new Map<Collection, readonly Loose[]>();
  const records = (name: Collection): readonly Loose[] => {
    let found = lists.get(name);
    if (found === undefined) {
      found = ok(name) ? list(root[name]) : [];
      lists.set(name, found);
      // A record that is not an object reads as an empty one; say so, as the schema would.
      if (ok(name) && Array.isArray(root[name])) {
        (root[name] as unknown[]).forEach((item, index) => {
          if (typeof item !== 'object' || item === null || Array.isArray(item)) {
            report(
              'invalid-type',
              [name, index],
              `Expected a record (an object), got ${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item}`,
            );
          }
        });
      }
    }
    return found;
  };

  // Unique ids, collection by collection.
  const ids = new Map<Collection, Set<string>>();
  for (const name of COLLECTIONS) {
    if (!ok(name)) continue;
    const seen = new Set<string>();
    records(name).forEach((record, index) => {
      const id = text(record['id']);
      if (id === undefined) return;
      if (seen.has(id)) {
        report(
          'duplicate-id',
          [name, index, 'id'],
          `Duplicate id ${JSON.stringify(id)}`,
          'give each record its own id',
        );
      }
      seen.add(id);
    });
    ids.set(name, seen);
  }
  const countryList = records('countries') as unknown as readonly Country[];

  const guesses = new Map<string, string | undefined>();
  const ref = (target: Collection, value: unknown, path: Path) => {
    const known = ids.get(target);
    const id = text(value);
    if (id === undefined || known === undefined || known.has(id)) return;
    // One missing source is often cited many times: look for its near miss once.
    const key = `${target}|${id}`;
    let guess = guesses.get(key);
    if (!guesses.has(key)) {
      guess =
        target === 'countries'
          ? countryLookup(countryList).get(normalizeName(id))?.id
          : closest(id, known);
      guesses.set(key, guess);
    }
    report(
      'unknown-reference',
      path,
      `Unknown ${SINGULAR[target]} ${JSON.stringify(id)}`,
      guess === undefined
        ? `add ${JSON.stringify(id)} to ${target}, or fix the id`
        : `did you mean ${JSON.stringify(guess)}? Otherwise add ${JSON.stringify(id)} to ${target}`,
    );
  };

  const sourceOfficial = new Map<string, boolean>();
  for (const source of records('sources')) {
    const id = text(source['id']);
    if (id !== undefined) sourceOfficial.set(id, source['official'] === true);
  }
  const cited = new Set<string>();
  const cite = (record: Loose, path: Path) => {
    const citations = list(record['citations']);
    if (Array.isArray(record['citations']) && citations.length === 0) {
      report(
        'uncited',
        [...path, 'citations'],
        'Cites no source',
        'every fact needs at least one citation',
      );
    }
    citations.forEach((citation, index) => {
      const source = text(citation['source']);
      if (source !== undefined) cited.add(source);
      ref('sources', source, [...path, 'citations', index, 'source']);
    });
  };

  // Reads a date, reporting it (once) when it is not one; the schema has already done so for data
  // that came through parseDataset.
  const day = (value: unknown, path: Path): boolean => {
    if (value === undefined) return false;
    if (typeof value === 'string' && partialDateBounds(value) !== undefined) return true;
    report(
      'invalid-format',
      path,
      `Expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got ${JSON.stringify(value)}`,
    );
    return false;
  };
  const meta = (
    ok('meta') && typeof root['meta'] === 'object' && root['meta'] !== null ? root['meta'] : {}
  ) as Loose;
  const snapshotText = text(meta['snapshotDate']);
  const snapshot =
    snapshotText !== undefined && partialDateBounds(snapshotText) !== undefined
      ? latestDay(snapshotText)
      : Number.POSITIVE_INFINITY;
  const notAfterSnapshot = (value: unknown, path: Path) => {
    if (day(value, path) && earliestDay(value as string) > snapshot) {
      report(
        'after-snapshot',
        path,
        `Date ${value as string} is after the snapshot ${snapshotText ?? ''}`,
        'move meta.snapshotDate forward if the dataset now runs later',
      );
    }
  };
  const span = (record: Loose, path: Path) => {
    const from = record['from'];
    const to = record['to'];
    const fromOk = day(from, [...path, 'from']);
    const toOk = day(to, [...path, 'to']);
    if (fromOk) notAfterSnapshot(from, [...path, 'from']);
    if (toOk) notAfterSnapshot(to, [...path, 'to']);
    if (fromOk && toOk && earliestDay(from as string) > latestDay(to as string)) {
      report(
        'date-order',
        [...path, 'to'],
        `Ends (${to as string}) before it starts (${from as string})`,
      );
    }
  };

  records('sources').forEach((s, i) => {
    notAfterSnapshot(s['published'], ['sources', i, 'published']);
  });
  records('partnerships').forEach((p, i) => {
    const at = ['partnerships', i] as const;
    (Array.isArray(p['members']) ? (p['members'] as unknown[]) : []).forEach((m, j) => {
      ref('countries', m, [...at, 'members', j]);
    });
    cite(p, at);
    notAfterSnapshot(p['established'], [...at, 'established']);
  });
  records('pillars').forEach((p, i) => {
    const at = ['pillars', i] as const;
    ref('partnerships', p['partnership'], [...at, 'partnership']);
    cite(p, at);
    list(p['names']).forEach((n, j) => {
      cite(n, [...at, 'names', j]);
      span(n, [...at, 'names', j]);
    });
  });
  records('capabilityAreas').forEach((a, i) => {
    const at = ['capabilityAreas', i] as const;
    ref('pillars', a['pillar'], [...at, 'pillar']);
    cite(a, at);
    notAfterSnapshot(a['introduced'], [...at, 'introduced']);
  });
  records('projects').forEach((p, i) => {
    const at = ['projects', i] as const;
    ref('pillars', p['pillar'], [...at, 'pillar']);
    ref('capabilityAreas', p['capabilityArea'], [...at, 'capabilityArea']);
    (Array.isArray(p['participants']) ? (p['participants'] as unknown[]) : []).forEach((c, j) => {
      ref('countries', c, [...at, 'participants', j]);
    });
    cite(p, at);
    span(p, at);
  });
  records('participations').forEach((p, i) => {
    const at = ['participations', i] as const;
    ref('countries', p['country'], [...at, 'country']);
    ref('pillars', p['pillar'], [...at, 'pillar']);
    cite(p, at);
    span(p, at);
    if (p['claim'] === 'official') {
      const sources = list(p['citations']).map((c) => text(c['source']));
      const resolved = sources.every((s) => s !== undefined && sourceOfficial.has(s));
      if (
        ok('sources') &&
        sources.length > 0 &&
        resolved &&
        !sources.some((s) => sourceOfficial.get(s as string))
      ) {
        report(
          'unofficial-evidence',
          [...at, 'claim'],
          `An official claim cites no official source (only ${sources.map((s) => JSON.stringify(s)).join(', ')})`,
          'cite a government or parliamentary publication, or make the claim "reported"',
        );
      }
    }
  });
  records('events').forEach((e, i) => {
    const at = ['events', i] as const;
    (Array.isArray(e['countries']) ? (e['countries'] as unknown[]) : []).forEach((c, j) => {
      ref('countries', c, [...at, 'countries', j]);
    });
    (Array.isArray(e['pillars']) ? (e['pillars'] as unknown[]) : []).forEach((p, j) => {
      ref('pillars', p, [...at, 'pillars', j]);
    });
    cite(e, at);
    notAfterSnapshot(e['date'], [...at, 'date']);
  });
  records('statements').forEach((s, i) => {
    const at = ['statements', i] as const;
    ref('people', s['speaker'], [...at, 'speaker']);
    ref('events', s['event'], [...at, 'event']);
    if (s['speaker'] === undefined && s['issuer'] === undefined) {
      report('missing-speaker', at, 'A statement needs a speaker or an issuer');
    }
    cite(s, at);
    notAfterSnapshot(s['date'], [...at, 'date']);
  });
  records('tenures').forEach((t, i) => {
    const at = ['tenures', i] as const;
    ref('people', t['person'], [...at, 'person']);
    ref('countries', t['country'], [...at, 'country']);
    cite(t, at);
    span(t, at);
  });

  const commitments = records('commitments');
  const partOf = new Map(commitments.map((c) => [text(c['id']), text(c['partOf'])]));
  commitments.forEach((c, i) => {
    const at = ['commitments', i] as const;
    ref('countries', c['payer'], [...at, 'payer']);
    // A recipient written as a country code must be a country; a named body is free text.
    const recipient = text(c['recipient']);
    if (recipient !== undefined && /^[A-Z]{2}$/.test(recipient)) {
      ref('countries', recipient, [...at, 'recipient']);
    }
    ref('commitments', c['partOf'], [...at, 'partOf']);
    ref('pillars', c['pillar'], [...at, 'pillar']);
    ref('projects', c['project'], [...at, 'project']);
    cite(c, at);
    notAfterSnapshot(c['date'], [...at, 'date']);
    const seen = new Set([text(c['id'])]);
    for (let parent = text(c['partOf']); parent !== undefined; parent = partOf.get(parent)) {
      if (seen.has(parent)) {
        report(
          'part-of-loop',
          [...at, 'partOf'],
          `partOf loops back to ${JSON.stringify(parent)}`,
          'an instalment points to the commitment it belongs to, never the other way round',
        );
        break;
      }
      seen.add(parent);
    }
  });

  const spells = records('participations');
  for (const [index, other] of overlaps(
    spells,
    (s) => `${text(s['country'])}|${text(s['pillar']) ?? ''}|${text(s['claim'])}`,
    snapshot,
    false,
  )) {
    const spell = spells[index];
    report(
      'overlapping-spells',
      ['participations', index],
      `Overlaps spell ${JSON.stringify(spells[other]?.['id'])} of the same country, ${spell?.['pillar'] === undefined ? 'scope (the whole partnership)' : 'pillar'} and claim`,
      'close one spell (`to`) before the other opens',
    );
  }
  const tenures = records('tenures');
  for (const [index, other] of overlaps(
    tenures,
    (t) => `${text(t['country'])}|${text(t['role'])}`,
    Number.POSITIVE_INFINITY,
    true,
  )) {
    const previous = tenures[other];
    report(
      'overlapping-tenures',
      ['tenures', index],
      `Overlaps tenure ${JSON.stringify(previous?.['id'])} in the same office (${String(tenures[index]?.['role'])} of ${String(tenures[index]?.['country'])})`,
      previous?.['to'] === undefined
        ? `end ${JSON.stringify(previous?.['id'])} (\`to\`) on or before the day this one starts`
        : 'one tenure may end on the day the next starts, but not later',
    );
  }

  // A skipped collection may cite any source, so unused sources are known only when none is.
  if (skip.size === 0) {
    records('sources').forEach((s, i) => {
      const id = text(s['id']);
      if (id !== undefined && !cited.has(id)) {
        warnings.push({
          code: 'unused-source',
          path: ['sources', i],
          message: 'No record cites this source',
          hint: 'cite it, or remove it',
        });
      }
    });
  }
  return { issues: withRecordIds(issues, data), warnings: withRecordIds(warnings, data) };
}

/**
 * Pairs `[index, other]` of records in one group whose certain day ranges meet: spells may not
 * share a day; tenures (`handover`) may share exactly one, the day one ends and the next starts.
 * The later record in the file is reported, as the one most likely just added.
 */
function overlaps(
  items: readonly Loose[],
  group: (item: Loose) => string,
  openEnd: number,
  handover: boolean,
): [number, number][] {
  const groups = new Map<string, { index: number; start: number; end: number }[]>();
  items.forEach((item, index) => {
    const from = text(item['from']);
    const to = item['to'] === undefined ? undefined : text(item['to']);
    if (from === undefined || partialDateBounds(from) === undefined) return;
    if (to !== undefined && partialDateBounds(to) === undefined) return;
    if (item['to'] !== undefined && to === undefined) return;
    const key = group(item);
    const members = groups.get(key) ?? [];
    members.push({
      index,
      start: certainStart(from),
      end: to === undefined ? openEnd : certainEnd(to),
    });
    groups.set(key, members);
  });
  const found: [number, number][] = [];
  for (const members of groups.values()) {
    members.sort((a, b) => a.start - b.start || a.index - b.index);
    let reach: { index: number; end: number } | undefined;
    for (const current of members) {
      if (
        reach !== undefined &&
        (handover ? current.start < reach.end : current.start <= reach.end)
      ) {
        const [later, earlier] =
          current.index > reach.index ? [current.index, reach.index] : [reach.index, current.index];
        found.push([later, earlier]);
      }
      if (reach === undefined || current.end > reach.end)
        reach = { index: current.index, end: current.end };
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
