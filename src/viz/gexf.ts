import { countries } from '../data/countries.js';
import { meta } from '../data/meta.js';
import { participations } from '../data/participations.js';
import { partnerships } from '../data/partnerships.js';
import { pillars } from '../data/pillars.js';
import { sources } from '../data/sources.js';
import { readDateInput } from '../internal/date-input.js';
import { certainStart, formatDay } from '../internal/days.js';
import { readOptions } from '../internal/options.js';
import type { StatusData } from '../internal/spell-index.js';
import type { Dataset } from '../model/dataset.js';
import type { DateInput } from '../model/dates.js';
import { type StatusSpan, statusSpansIn } from '../query/status-spans.js';
import { type GexfEdge, type GexfElement, type GexfInterval, writeGexf } from './gexf-xml.js';

/**
 * Options of {@link toGexf}.
 *
 * @category Visualization and export
 * @example
 * ```ts
 * import type { GexfOptions } from 'aukus';
 * const options: GexfOptions = { knownAt: '2024-04-09' };
 * ```
 */
export interface GexfOptions {
  /** Only what was public on this day, as in `statusSpans`; the graph then ends on it. */
  readonly knownAt?: DateInput;
}

/** The slice of a dataset {@link toGexf} needs. @internal */
export type GexfData = StatusData & Pick<Dataset, 'partnerships'>;

function standing(
  id: string,
  source: string,
  target: string,
  spans: readonly StatusSpan<string, string>[],
): GexfEdge {
  const over = (value: (span: StatusSpan<string, string>) => string) =>
    spans.map((span) => ({ start: span.start, end: span.end, value: value(span) }));
  return {
    id,
    source,
    target,
    attributes: { kind: 'standing' },
    dynamic: {
      status: over((s) => s.status),
      claim: over((s) => s.claim),
      scope: over((s) => s.scope),
      sources: over((s) => [...new Set(s.citations.map((c) => c.source))].join(';')),
    },
    spells: spans.map(({ start, end }) => ({ start, end })),
  };
}

/** The days covered by any of the intervals, as few intervals as possible. */
function union(intervals: readonly GexfInterval[]): GexfInterval[] {
  const sorted = [...intervals].sort((a, b) => (a.start < b.start ? -1 : 1));
  const merged: { start: string; end: string }[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    const next = last === undefined ? '' : formatDay(certainStart(last.end) + 1);
    if (last !== undefined && start <= next) {
      if (end > last.end) last.end = end;
    } else {
      merged.push({ start, end });
    }
  }
  return merged;
}

/** @internal */
export function toGexfIn(data: GexfData, options?: GexfOptions): string {
  const { knownAt } = readOptions(options, ['knownAt'], 'toGexf');
  const known = knownAt === undefined ? {} : { knownAt };
  const snapshot = certainStart(data.meta.snapshotDate);
  // The last day known: knownAt, which can never reach past the snapshot.
  const last = formatDay(
    knownAt === undefined ? snapshot : Math.min(snapshot, readDateInput(knownAt, 'knownAt')),
  );
  const nodes: GexfElement[] = [];
  const edges: GexfEdge[] = [];
  const starts: string[] = [];
  for (const partnership of data.partnerships) {
    const id = `partnership:${partnership.id}`;
    const start = formatDay(certainStart(partnership.established));
    // A partnership not yet founded on the last day known is not drawn.
    if (start > last) continue;
    starts.push(start);
    nodes.push({
      id,
      label: partnership.name,
      attributes: { type: 'partnership' },
      spells: [{ start, end: last }],
    });
    for (const pillar of data.pillars.filter((p) => p.partnership === partnership.id)) {
      const key = `pillar:${pillar.id}`;
      nodes.push({
        id: key,
        label: pillar.names.at(-1)?.name ?? `Pillar ${pillar.number}`,
        attributes: { type: 'pillar', number: String(pillar.number) },
      });
      edges.push({ id: `${key}->${id}`, source: key, target: id, attributes: { kind: 'part-of' } });
    }
  }
  const whole = data.partnerships[0];
  for (const country of data.countries) {
    const key = `country:${country.id}`;
    const own: GexfEdge[] = [];
    const spells: GexfInterval[] = [];
    const add = (target: string, spans: readonly StatusSpan<string, string>[]) => {
      if (spans.length === 0 || !nodes.some((n) => n.id === target)) return;
      own.push(standing(`${key}->${target}`, key, target, spans));
      for (const { start, end } of spans) spells.push({ start, end });
    };
    if (whole !== undefined) {
      add(`partnership:${whole.id}`, statusSpansIn(data, { country: country.id, ...known }));
    }
    for (const pillar of data.pillars) {
      const spans = statusSpansIn(data, { country: country.id, pillar: pillar.id, ...known });
      add(`pillar:${pillar.id}`, spans);
    }
    if (own.length === 0) continue;
    for (const { start } of spells) starts.push(start);
    nodes.push({
      id: key,
      label: country.name,
      attributes: {
        type: 'country',
        iso2: country.id,
        alpha3: country.alpha3,
        numeric: country.numeric,
      },
      spells: union(spells),
    });
    edges.push(...own);
  }
  // Days as YYYY-MM-DD sort as text; nothing known runs past the last day known.
  return writeGexf({
    lastModified: formatDay(snapshot),
    creator: `${data.meta.name} ${data.meta.version}`,
    description: `${data.meta.name}: each country's standing in the partnership and on each pillar over time, as statusSpans gives it. Snapshot ${data.meta.snapshotDate}${knownAt === undefined ? '' : `; only what was public on ${String(knownAt)}`}.`,
    start: starts.sort()[0] ?? last,
    end: last,
    nodeAttributes: ['type', 'number', 'iso2', 'alpha3', 'numeric'],
    edgeAttributes: ['kind', 'status', 'claim', 'scope', 'sources'],
    nodes,
    edges,
  });
}

/** @internal */
export const SEED_GEXF_DATA: GexfData = {
  meta,
  countries,
  pillars,
  participations,
  sources,
  partnerships,
};

/**
 * The partnership as a dynamic graph in GEXF 1.3, for Gephi's timeline: countries, pillars and the
 * partnership as nodes; each country's standing in the partnership and on each pillar as an edge
 * whose `status`, `claim` and `scope` change over time, span by span, exactly as `statusSpans`
 * gives them. Times are days (`timeformat="date"`), intervals inclusive.
 *
 * @param options - `knownAt`: only what was public on that day.
 * @returns The GEXF document as text.
 * @throws TypeError or RangeError for a malformed option, as `statusSpans` does.
 * @category Visualization and export
 * @example
 * ```ts
 * import { toGexf } from 'aukus';
 * const gexf = toGexf();
 * gexf.includes('<graph mode="dynamic"'); // true
 * gexf.includes('<edge id="country:JP->pillar:pillar-2"'); // true
 * ```
 */
export function toGexf(options?: GexfOptions): string {
  return toGexfIn(SEED_GEXF_DATA, options);
}
