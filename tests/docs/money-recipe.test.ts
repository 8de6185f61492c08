import { describe, expect, it } from 'vitest';

// The money recipe of docs/visualization.md (docs/recipes/money-vega-lite.ts, which the guide
// shows verbatim), compiled by Vega-Lite and rendered to SVG by Vega, headless in Node.

describe('Vega-Lite: the money waterfall', () => {
  it("draws Australia's payments as steps under the pledge", async () => {
    const { payments, pledged, render } = await import('../../docs/recipes/money-vega-lite.js');
    expect(payments.map((row) => `${row.day} ${row.value}`)).toEqual([
      '2025-02-07 500000000',
      '2025-07-23 525000000',
    ]);
    expect(pledged).toBe(3e9);
    const svg = await render();
    // One bar per payment, each a step from the total paid before it to the total after it.
    const bars = [
      ...svg.matchAll(
        /<path aria-label="Confirmed: ([^;"]*);[^"]*" [^>]*d="M[^,]+,([\d.]+)h[\d.]+v([\d.]+)h/g,
      ),
    ].map(([, day, top, height]) => ({ day, top: Number(top), height: Number(height) }));
    expect(bars.map((b) => b.day)).toEqual(['Feb 07, 2025', 'Jul 23, 2025']);
    const [first, second] = bars;
    if (first === undefined || second === undefined) throw new Error('two bars expected');
    // Heights in the ratio of the payments (500 : 525), the second standing on the first.
    expect(second.height / first.height).toBeCloseTo(525 / 500, 6);
    expect(second.top + second.height).toBeCloseTo(first.top, 6);
    expect(svg).toContain('value: 525,000,000');
    expect(svg).toContain('aria-label="pledged: 3000000000"');
    expect(svg).toContain("Title text 'Australia's payments to the US submarine industrial base");
  });
});
