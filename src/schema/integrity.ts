import { certainEnd, certainStart, earliestDay, latestDay } from '../internal/days.js';
import type { Citation } from '../model/citation.js';
import type { Dataset } from '../model/dataset.js';
import { commitmentIssues } from './commitment-integrity.js';
import type { DatasetIssue } from './error.js';

type Path = readonly (string | number)[];
type Collection = Exclude<keyof Dataset, 'meta'>;

/**
 * The rules a dataset's shape cannot express: unique ids, resolvable references, ordered dates,
 * non-overlapping spells and no fact after the snapshot. Runs on a dataset whose shape is valid,
 * skipping the collections listed in `broken` (their shape failed).
 *
 * @internal
 */
export function integrityIssues(data: Dataset, broken: ReadonlySet<string>): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const report = (path: Path, message: string) => issues.push({ path, message });
  const ok = (...names: (Collection | 'meta')[]) => names.every((name) => !broken.has(name));

  const ids = new Map<Collection, Set<string>>();
  const collections: Collection[] = [
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
  for (const name of collections) {
    if (!ok(name)) continue;
    const seen = new Set<string>();
    (data[name] ?? []).forEach((record, index) => {
      if (seen.has(record.id))
        report([name, index, 'id'], `Duplicate id ${JSON.stringify(record.id)}`);
      seen.add(record.id);
    });
    ids.set(name, seen);
  }

  const ref = (target: Collection, value: string | undefined, path: Path) => {
    const known = ids.get(target);
    if (value !== undefined && known !== undefined && !known.has(value)) {
      report(path, `Unknown ${target} id ${JSON.stringify(value)}`);
    }
  };
  const cite = (list: readonly Citation[], path: Path) => {
    list.forEach((citation, index) => {
      ref('sources', citation.source, [...path, 'citations', index, 'source']);
    });
  };
  const span = (from: string, to: string | undefined, path: Path) => {
    if (to !== undefined && earliestDay(from) > latestDay(to)) {
      report([...path, 'to'], `Ends (${to}) before it starts (${from})`);
    }
  };
  const snapshot = ok('meta') ? latestDay(data.meta.snapshotDate) : Number.POSITIVE_INFINITY;
  const notAfterSnapshot = (date: string | undefined, path: Path) => {
    if (date !== undefined && earliestDay(date) > snapshot) {
      report(path, `Date ${date} is after the snapshot ${data.meta.snapshotDate}`);
    }
  };

  if (ok('partnerships')) {
    data.partnerships.forEach((p, i) => {
      const at = ['partnerships', i] as const;
      p.members.forEach((m, j) => {
        ref('countries', m, [...at, 'members', j]);
      });
      cite(p.citations, at);
      notAfterSnapshot(p.established, [...at, 'established']);
    });
  }
  if (ok('pillars')) {
    data.pillars.forEach((p, i) => {
      const at = ['pillars', i] as const;
      ref('partnerships', p.partnership, [...at, 'partnership']);
      cite(p.citations, at);
      p.names.forEach((n, j) => {
        cite(n.citations, [...at, 'names', j]);
        span(n.from, n.to, [...at, 'names', j]);
      });
    });
  }
  if (ok('capabilityAreas')) {
    data.capabilityAreas.forEach((a, i) => {
      const at = ['capabilityAreas', i] as const;
      ref('pillars', a.pillar, [...at, 'pillar']);
      cite(a.citations, at);
      notAfterSnapshot(a.introduced, [...at, 'introduced']);
    });
  }
  if (ok('projects')) {
    data.projects.forEach((p, i) => {
      const at = ['projects', i] as const;
      ref('pillars', p.pillar, [...at, 'pillar']);
      ref('capabilityAreas', p.capabilityArea, [...at, 'capabilityArea']);
      p.participants.forEach((c, j) => {
        ref('countries', c, [...at, 'participants', j]);
      });
      cite(p.citations, at);
      span(p.from, p.to, at);
      notAfterSnapshot(p.from, [...at, 'from']);
    });
  }
  if (ok('participations')) {
    data.participations.forEach((p, i) => {
      const at = ['participations', i] as const;
      ref('countries', p.country, [...at, 'country']);
      ref('pillars', p.pillar, [...at, 'pillar']);
      cite(p.citations, at);
      span(p.from, p.to, at);
      notAfterSnapshot(p.from, [...at, 'from']);
      notAfterSnapshot(p.to, [...at, 'to']);
    });
    overlapIssues(data, snapshot).forEach((issue) => {
      issues.push(issue);
    });
  }
  if (ok('events')) {
    data.events.forEach((e, i) => {
      const at = ['events', i] as const;
      e.countries.forEach((c, j) => {
        ref('countries', c, [...at, 'countries', j]);
      });
      e.pillars.forEach((p, j) => {
        ref('pillars', p, [...at, 'pillars', j]);
      });
      cite(e.citations, at);
      notAfterSnapshot(e.date, [...at, 'date']);
    });
  }
  if (ok('statements')) {
    data.statements.forEach((s, i) => {
      const at = ['statements', i] as const;
      ref('people', s.speaker, [...at, 'speaker']);
      ref('events', s.event, [...at, 'event']);
      if (s.speaker === undefined && s.issuer === undefined) {
        report(at, 'A statement needs a speaker or an issuer');
      }
      cite(s.citations, at);
      notAfterSnapshot(s.date, [...at, 'date']);
    });
  }
  if (ok('tenures')) {
    data.tenures.forEach((t, i) => {
      const at = ['tenures', i] as const;
      ref('people', t.person, [...at, 'person']);
      ref('countries', t.country, [...at, 'country']);
      cite(t.citations, at);
      span(t.from, t.to, at);
      notAfterSnapshot(t.from, [...at, 'from']);
    });
  }
  if (ok('commitments')) issues.push(...commitmentIssues(data, ids, snapshot));
  return issues;
}

/** Spells of one country, pillar and claim must not share a day (read as queries read them). */
function overlapIssues(data: Dataset, snapshot: number): DatasetIssue[] {
  const groups = new Map<string, { index: number; start: number; end: number }[]>();
  data.participations.forEach((spell, index) => {
    const key = `${spell.country}|${spell.pillar ?? ''}|${spell.claim}`;
    const start = certainStart(spell.from);
    const end = spell.to === undefined ? snapshot : certainEnd(spell.to);
    const group = groups.get(key) ?? [];
    group.push({ index, start, end });
    groups.set(key, group);
  });
  const issues: DatasetIssue[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.start - b.start || a.index - b.index);
    for (let k = 1; k < group.length; k += 1) {
      const previous = group[k - 1];
      const current = group[k];
      if (previous === undefined || current === undefined) continue;
      if (current.start <= previous.end) {
        const other = data.participations[previous.index];
        issues.push({
          path: ['participations', current.index],
          message: `Overlaps spell ${JSON.stringify(other?.id)} of the same country, pillar and claim; close one before the other opens`,
        });
      }
    }
  }
  return issues;
}
