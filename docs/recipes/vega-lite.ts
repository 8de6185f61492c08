import { statusSpans } from 'aukus';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

// The same spans as the Plot recipe, given to Vega as they come: Vega may write into them.
const values = (['pillar-1', 'pillar-2'] as const).flatMap((pillar) =>
  statusSpans({ pillar }).map((span) => Object.assign(span, { pillar })),
);

const spec: TopLevelSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  data: { values },
  width: 560,
  // `end` is the last day of the span, so the bar runs to the start of the next day.
  transform: [{ calculate: "utcOffset('date', toDate(datum.end), 1)", as: 'until' }],
  mark: 'bar',
  encoding: {
    row: { field: 'pillar', type: 'nominal', title: null },
    y: { field: 'country', type: 'nominal', title: null },
    x: { field: 'start', type: 'temporal', scale: { type: 'utc' }, title: null },
    x2: { field: 'until' },
    color: {
      field: 'status',
      type: 'nominal',
      scale: {
        domain: ['member', 'partner', 'consultation', 'interest-expressed', 'floated', 'ruled-out'],
        range: ['#0a6b2e', '#2da44e', '#bf8700', '#9a6700', '#8c959f', '#cf222e'],
      },
    },
    opacity: {
      field: 'claim',
      type: 'ordinal',
      sort: ['official', 'reported'],
      scale: { range: [1, 0.45] },
    },
    tooltip: [
      { field: 'country' },
      { field: 'pillar' },
      { field: 'status' },
      { field: 'claim' },
      { field: 'start', type: 'temporal' },
      { field: 'end' },
    ],
  },
};

/** Compiles the spec and renders it to SVG with Vega, as in a page or a Node script. */
async function render(): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  return view.toSVG();
}

export { render, spec, values };
