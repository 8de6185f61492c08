import { countryArg, parse, pillarArg, stringOption } from '../args.js';
import { loadContext } from '../context.js';
import { everyNth, ganttAxis, ganttRow, monthEnds, SPAN_LEGEND } from '../gantt.js';
import { heading } from '../heading.js';
import { type Io, paint, printJson } from '../io.js';
import { optionsOf } from '../spec.js';
import { guard } from '../usage-error.js';
import { wrapText } from '../wrap.js';

/**
 * `aukus spans [--country C] [--pillar P] [--known-at D]`: statusSpans as a text chart, one row
 * per country and question (the standing as a whole, then on each pillar), one character a month.
 *
 * @internal
 */
export async function spans(io: Io, args: readonly string[]): Promise<number> {
  const { values, json } = parse('spans', args, optionsOf('spans'), 0);
  const context = await loadContext(io, values);
  const { atlas, data } = context;
  const countryText = stringOption(values, 'country');
  const country =
    countryText === undefined ? undefined : countryArg(countryText, 'spans', data.countries);
  const pillar = pillarArg(stringOption(values, 'pillar'), data.pillars);
  const knownAt = stringOption(values, 'known-at');
  const asked = pillar === undefined ? [undefined, ...data.pillars.map((p) => p.id)] : [pillar];
  const charts = asked.map((scope) => ({
    label: scope ?? 'whole',
    spans: guard(() =>
      atlas.statusSpans({
        ...(country === undefined ? {} : { country }),
        ...(scope === undefined ? {} : { pillar: scope }),
        ...(knownAt === undefined ? {} : { knownAt }),
      }),
    ),
  }));
  if (json) {
    printJson(
      io,
      pillar === undefined
        ? Object.fromEntries(charts.map((chart) => [chart.label, chart.spans]))
        : (charts[0]?.spans ?? []),
    );
    return 0;
  }
  const last = knownAt ?? data.meta.snapshotDate;
  const first = charts
    .flatMap((chart) => chart.spans.map((s) => s.start))
    .sort()
    .at(0);
  const idWidth = Math.max(...data.countries.map((c) => c.id.length)) + 2;
  const labelWidth = idWidth + Math.max(...asked.map((scope) => (scope ?? 'whole').length)) + 2;
  const months = first === undefined ? [] : monthEnds(first, last);
  // One character a month while it fits; on a narrow terminal, one for every few months.
  const room = io.width === undefined ? months.length : Math.max(1, io.width - labelWidth);
  const step = Math.ceil(months.length / room) || 1;
  const ends = everyNth(months, step);
  const lines = [
    heading(io, context, {
      subject: `Standing over time, one character ${step === 1 ? 'a month' : `per ${step} months`}`,
      asOf: null,
      knownAt,
      details: [
        first === undefined ? undefined : `${first.slice(0, 7)} to ${last}`,
        country,
        pillar,
      ],
    }),
  ];
  if (first === undefined) {
    lines.push('No status spells match.');
    io.out(`${lines.join('\n')}\n`);
    return 0;
  }
  const rows: string[] = [];
  for (const c of data.countries) {
    let firstRow = true;
    for (const chart of charts) {
      const own = chart.spans.filter((s) => s.country === c.id);
      if (own.length === 0) continue;
      const label = `${(firstRow ? c.id : '').padEnd(idWidth)}${chart.label}`.padEnd(labelWidth);
      rows.push(`${label}${ganttRow(own, ends)}`);
      firstRow = false;
    }
  }
  lines.push(
    paint(io, 'dim', `${' '.repeat(labelWidth)}${ganttAxis(ends)}`),
    ...rows,
    ...SPAN_LEGEND.map((line) => paint(io, 'dim', wrapText(line, io.width, 2))),
  );
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
