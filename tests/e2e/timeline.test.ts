import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, type OpenPage, openExample, root } from './page.js';

describe.skipIf(!hasChromium)('the timeline example page in Chromium', () => {
  let page: OpenPage;
  let tab: Page;

  beforeAll(async () => {
    page = await openExample('timeline', '#chart svg');
    tab = page.tab;
    expect(page.errors).toEqual([]);
    mkdirSync(join(root, 'test-results'), { recursive: true });
  });

  afterAll(async () => {
    await page?.close();
  });

  async function show(asOf: string, knownThen: boolean): Promise<void> {
    await tab.setChecked('#known-then', knownThen);
    await tab.fill('#as-of', asOf);
    await tab.dispatchEvent('#as-of', 'change');
    await tab.waitForFunction(
      ([date, known]) => {
        const data = (
          globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }
        ).document.body.dataset;
        return data['asOf'] === date && data['knownAt'] === known;
      },
      [asOf, knownThen ? asOf : ''] as const,
    );
  }

  const standing = () =>
    tab.$$eval('#standing tbody tr', (rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.getAttribute('data-country'),
          [...row.querySelectorAll('td')].map((td) => td.textContent),
        ]),
      ),
    );
  const barTitles = () =>
    tab.$$eval('#chart svg rect title', (titles) => titles.map((t) => t.textContent ?? ''));

  it('draws every country, with Japan in consultation on Pillar II on 2024-10-01', async () => {
    await show('2024-10-01', false);
    const table = await standing();
    expect(Object.keys(table).sort()).toEqual(['AU', 'CA', 'GB', 'IN', 'JP', 'KR', 'NZ', 'US']);
    expect(table['JP']?.[1]).toBe('consultation');
    for (const member of ['AU', 'GB', 'US']) expect(table[member]).toEqual(['member', 'member']);
    const titles = await barTitles();
    for (const code of ['AU', 'CA', 'GB', 'IN', 'JP', 'KR', 'NZ', 'US']) {
      expect(titles.some((t) => t.startsWith(`${code} `))).toBe(true);
    }
    expect(
      titles.some((t) => /^JP pillar-2: consultation \(official\) 2024-04-08 to /.test(t)),
    ).toBe(true);
    // The as-of marker and a legend are drawn.
    expect(await tab.$$('#chart svg [aria-label="rule"] line')).toHaveLength(2);
    expect(await tab.textContent('#chart')).toContain('consultation');
    await tab.screenshot({
      path: join(root, 'test-results', 'timeline-2024-10-01.png'),
      fullPage: true,
    });
  });

  it('shows only what was public on 2024-04-09 when knownAt is on', async () => {
    await show('2024-04-09', true);
    const table = await standing();
    expect(table['JP']?.[1]).toBe('consultation');
    const titles = await barTitles();
    // Nothing drawn runs past the day chosen: later sources are not yet known.
    const ends = titles.map((t) => t.slice(-10));
    expect(ends.every((end) => end <= '2024-04-09')).toBe(true);
    expect(ends).toContain('2024-04-09');
    await tab.screenshot({
      path: join(root, 'test-results', 'timeline-known-2024-04-09.png'),
      fullPage: true,
    });
    await show('2024-04-09', false);
    expect((await barTitles()).some((t) => t.slice(-10) > '2024-04-09')).toBe(true);
  });
});
