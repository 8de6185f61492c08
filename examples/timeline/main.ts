import * as Plot from '@observablehq/plot';
import { countries, dataset, PARTICIPATION_STATUSES, type StatusSpan, statusSpans } from 'aukus';

const FIRST = '2021-09-15';
const LAST = dataset.meta.snapshotDate;
const PILLARS = ['pillar-1', 'pillar-2'] as const;
// One colour per status, in the order of PARTICIPATION_STATUSES.
const COLORS = ['#0a6b2e', '#2da44e', '#bf8700', '#9a6700', '#8c959f', '#cf222e'];

type Span = StatusSpan & { pillar: (typeof PILLARS)[number] };

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`page markup is missing ${selector}`);
  return found;
}

const asOfInput = element<HTMLInputElement>('#as-of');
const knownThen = element<HTMLInputElement>('#known-then');
const holder = element<HTMLElement>('#chart');
const table = element<HTMLTableSectionElement>('#standing tbody');
asOfInput.min = FIRST;
asOfInput.max = LAST;
asOfInput.value = LAST;

const dayAfter = (day: string) => new Date(Date.parse(day) + 86_400_000);
const nameOf = (id: string) => countries.find((c) => c.id === id)?.name ?? id;

function spansFor(knownAt: string | undefined): Span[] {
  return PILLARS.flatMap((pillar) =>
    statusSpans({ pillar, ...(knownAt === undefined ? {} : { knownAt }) }).map((span) =>
      Object.assign(span, { pillar }),
    ),
  );
}

function drawChart(spans: Span[], asOf: string): void {
  const chart = Plot.plot({
    marginLeft: 40,
    marginRight: 70,
    width: Math.max(640, holder.clientWidth),
    x: { type: 'utc', label: null, domain: [new Date(FIRST), dayAfter(LAST)] },
    y: { label: null, domain: countries.map((c) => c.id) },
    fy: { label: null },
    color: { legend: true, domain: [...PARTICIPATION_STATUSES], range: COLORS },
    marks: [
      Plot.barX(spans, {
        x1: (d: Span) => new Date(d.start),
        x2: (d: Span) => dayAfter(d.end),
        y: 'country',
        fy: 'pillar',
        fill: 'status',
        fillOpacity: (d: Span) => (d.claim === 'official' ? 1 : 0.45),
        title: (d: Span) =>
          `${d.country} ${d.pillar}: ${d.status} (${d.claim}) ${d.start} to ${d.end}`,
      }),
      Plot.ruleX([new Date(asOf)], { stroke: '#1b1f24', strokeDasharray: '4 3' }),
    ],
  });
  chart.setAttribute('data-as-of', asOf);
  holder.replaceChildren(chart);
}

function drawTable(spans: Span[], asOf: string): void {
  const rows = countries.map((country) => {
    const tr = document.createElement('tr');
    tr.dataset['country'] = country.id;
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = nameOf(country.id);
    tr.append(name);
    for (const pillar of PILLARS) {
      const span = spans.find(
        (s) => s.country === country.id && s.pillar === pillar && s.start <= asOf && asOf <= s.end,
      );
      const td = document.createElement('td');
      td.dataset['pillar'] = pillar;
      td.dataset['status'] = span?.status ?? '';
      td.textContent =
        span === undefined
          ? '—'
          : `${span.status}${span.claim === 'reported' ? ' (reported)' : ''}`;
      if (span?.claim === 'reported') td.className = 'reported';
      if (span !== undefined)
        td.title = `since ${span.start}; ${span.citations.length} citation(s)`;
      tr.append(td);
    }
    return tr;
  });
  table.replaceChildren(...rows);
  element('#standing-date').textContent = asOf;
}

function draw(): void {
  const asOf = asOfInput.value || LAST;
  const knownAt = knownThen.checked ? asOf : undefined;
  const spans = spansFor(knownAt);
  drawChart(spans, asOf);
  drawTable(spans, asOf);
  // For the browser test: the page has finished drawing this state.
  document.body.dataset['asOf'] = asOf;
  document.body.dataset['knownAt'] = knownAt ?? '';
}

asOfInput.addEventListener('change', draw);
knownThen.addEventListener('change', draw);
draw();
