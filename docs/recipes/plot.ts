import * as Plot from '@observablehq/plot';
import { statusSpans } from 'aukus';

// The deciding standing on each pillar, day by day, as statusOf answers it. Spans never overlap,
// start and end are full days, and each call gives fresh objects, so tag them with their pillar.
const spans = (['pillar-1', 'pillar-2'] as const).flatMap((pillar) =>
  statusSpans({ pillar }).map((span) => Object.assign(span, { pillar })),
);
const dayAfter = (day: string) => new Date(Date.parse(day) + 86_400_000); // `end` is inclusive

const chart = Plot.plot({
  marginLeft: 40,
  marginRight: 70,
  width: 860,
  x: { type: 'utc', label: null },
  y: { label: null },
  fy: { label: null },
  color: {
    legend: true,
    domain: ['member', 'partner', 'consultation', 'interest-expressed', 'floated', 'ruled-out'],
    range: ['#0a6b2e', '#2da44e', '#bf8700', '#9a6700', '#8c959f', '#cf222e'],
  },
  marks: [
    Plot.barX(spans, {
      x1: (d) => new Date(d.start),
      x2: (d) => dayAfter(d.end),
      y: 'country',
      fy: 'pillar',
      fill: 'status',
      fillOpacity: (d) => (d.claim === 'official' ? 1 : 0.45), // reported claims fainter
      title: (d) => `${d.country} ${d.pillar}: ${d.status} (${d.claim}) ${d.start} to ${d.end}`,
    }),
  ],
});

export { chart };
