import { committedTotal, toMoneyRows } from 'aukus';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

// Australia's payments to the US submarine industrial base, as a waterfall in US dollars, the
// currency the sources give: each bar runs from the total paid before a payment to the total after.
const base = { payer: 'AU', recipient: 'US submarine industrial base' } as const;
const payments = toMoneyRows({ ...base, kind: 'payment' });
// The pledge the payments count against, with the instalments under it counted once.
const pledged = committedTotal(base).find((total) => total.currency === 'USD')?.value ?? 0;

const spec: TopLevelSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: "Australia's payments to the US submarine industrial base (US dollars)",
  width: 360,
  layer: [
    {
      data: { values: payments },
      mark: { type: 'bar', size: 40 },
      encoding: {
        // The padding keeps the first and last bars, 40 pixels wide, inside the plot.
        x: {
          field: 'day',
          type: 'temporal',
          scale: { type: 'utc', padding: 30 },
          title: 'Confirmed',
        },
        y: { field: 'start', type: 'quantitative', title: 'Paid so far (USD)' },
        y2: { field: 'end' },
        tooltip: [
          { field: 'id' },
          { field: 'value', type: 'quantitative', format: ',' },
          { field: 'sources' },
        ],
      },
    },
    {
      data: { values: [{ pledged }] },
      mark: { type: 'rule', strokeDash: [4, 4] },
      encoding: { y: { field: 'pledged', type: 'quantitative' } },
    },
  ],
};

/** Compiles the spec and renders it to SVG with Vega, as in a page or a Node script. */
async function render(): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  return view.toSVG();
}

export { payments, pledged, render, spec };
