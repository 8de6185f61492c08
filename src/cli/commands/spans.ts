import type { Atlas } from '../../atlas/create-atlas.js';
import { countryArg, parse, pillarArg, stringOption } from '../args.js';
import { loadContext } from '../context.js';
import { ganttAxis, ganttRow, monthEnds, SPAN_LEGEND, type Span } from '../gantt.js';
import { heading } from '../heading.js';
import { type Io, paint, printJson } from '../io.js';
import { optionsOf } from '../spec.js';
import { wrapText } from '../wrap.js';

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The deciding standing of every country in every scope as spans, from the changes between the
 * month the data starts and the snapshot.
 */
function deriveSpans(atlas: Atlas, start: string): Span[] {
  const { dataset: data } = atlas;
  const open = new Map<string, Omit<Span, 'to'>>();
  const spans: Span[] = [];
  const key = (country: string, pillar?: string) => `${country} ${pillar ?? ''}`;
  for (const change of atlas.changesBetween(start, data.meta.snapshotDate)) {
    const id = key(change.country, change.pillar);
    const previous = open.get(id);
    if (previous !== undefined) spans.push({ ...previous, to: dayBefore(change.date) });
    open.delete(id);
    if (change.to !== null) {
      open.set(id, {
        country: change.country,
        ...(change.pillar === undefined ? {} : { pillar: change.pillar }),
        status: change.to.status,
        claim: change.to.claim,
        from: change.date,
      });
    }
  }
  spans.push(...open.values());
  return spans;
}

/** `aukus spans [--country C] [--pillar P]`: the standing over time, one character a month. @internal */
export async function spans(io: Io, args: readonly string[]): Promise<number> {
  const { values, json } = parse('spans', args, optionsOf('spans'), 0);
  const context = await loadContext(io, values);
  const { atlas, data } = context;
  const countryText = stringOption(values, 'country');
  const country =
    countryText === undefined ? undefined : countryArg(countryText, 'spans', data.countries);
  const pillar = pillarArg(stringOption(values, 'pillar'), data.pillars);
  const firstFrom = data.participations.map((p) => p.from).sort()[0] ?? data.meta.snapshotDate;
  const start = `${firstFrom.length >= 7 ? firstFrom.slice(0, 7) : `${firstFrom.slice(0, 4)}-01`}-01`;
  const all = deriveSpans(atlas, dayBefore(start)).filter(
    (s) =>
      (country === undefined || s.country === country) &&
      (pillar === undefined || s.pillar === pillar),
  );
  if (json) {
    printJson(io, all);
    return 0;
  }
  const snapshot = data.meta.snapshotDate;
  const ends = monthEnds(start, snapshot);
  const scopes: (string | undefined)[] =
    pillar === undefined ? [undefined, ...data.pillars.map((p) => p.id)] : [pillar];
  const labelWidth = 2 + Math.max(...data.countries.map((c) => c.id.length)) + 1 + 9;
  const rows: string[] = [];
  for (const c of data.countries) {
    if (country !== undefined && c.id !== country) continue;
    let firstRow = true;
    for (const scope of scopes) {
      const own = all.filter((s) => s.country === c.id && s.pillar === scope);
      if (own.length === 0) continue;
      const label =
        `${firstRow ? c.id : ''}`.padEnd(labelWidth - 10) + (scope ?? 'whole').padEnd(10);
      rows.push(`${label}${ganttRow(own, ends, snapshot)}`);
      firstRow = false;
    }
  }
  const lines = [
    heading(io, context, {
      subject: 'Standing over time, one character a month',
      asOf: null,
      details: [`${start.slice(0, 7)} to ${snapshot}`, country, pillar],
    }),
  ];
  if (rows.length === 0) {
    lines.push('No status spells match.');
  } else {
    lines.push(
      paint(io, 'dim', `${' '.repeat(labelWidth)}${ganttAxis(ends)}`),
      ...rows,
      ...SPAN_LEGEND.map((line) => paint(io, 'dim', wrapText(line, io.width, 2))),
    );
  }
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
