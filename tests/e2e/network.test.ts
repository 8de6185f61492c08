import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, type OpenPage, openExample, root } from './page.js';

describe.skipIf(!hasChromium)('the network example page in Chromium', () => {
  let page: OpenPage;
  let tab: Page;

  beforeAll(async () => {
    page = await openExample('network', 'g.node');
    tab = page.tab;
    expect(page.errors).toEqual([]);
  });

  afterAll(async () => {
    await page?.close();
  });

  async function show(asOf: string, minStatus: string): Promise<void> {
    await tab.selectOption('#min-status', minStatus);
    await tab.fill('#as-of', asOf);
    await tab.dispatchEvent('#as-of', 'change');
    await tab.waitForFunction(
      (date) =>
        (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } })
          .document.body.dataset['asOf'] === date,
      asOf,
    );
  }

  const linkOf = (country: string) =>
    tab.$$eval(`line[data-source="country:${country}"]`, (lines) =>
      lines.map(
        (line) =>
          `${line.getAttribute('data-target')} ${line.getAttribute('data-status')} ${line.getAttribute('data-claim')}`,
      ),
    );

  it('draws Japan under consultation, not as a member, on 2024-04-09', async () => {
    await show('2024-04-09', 'consultation');
    expect(await linkOf('JP')).toEqual(['pillar:pillar-2 consultation official']);
    expect(
      await tab.$$eval('line[data-status="member"]', (lines) =>
        lines.map((l) => l.getAttribute('data-source')),
      ),
    ).not.toContain('country:JP');
    expect(await tab.$('g.node[data-id="country:CA"]')).toBeNull();
  });

  it('adds Canada, New Zealand and the Republic of Korea by 2024-10-01', async () => {
    await show('2024-10-01', 'consultation');
    for (const country of ['CA', 'NZ', 'KR']) {
      expect(await tab.$(`g.node[data-id="country:${country}"]`)).not.toBeNull();
      expect(await linkOf(country)).toEqual(['pillar:pillar-2 consultation official']);
    }
    expect(
      await tab.$$eval('#timeline li', (items) => items.map((i) => i.getAttribute('data-id'))),
    ).toContain('2024-09-17-third-anniversary-statement');
  });

  it('shows a link’s status and source on hover, and saves a screenshot', async () => {
    await tab.hover('line[data-source="country:CA"]');
    const tip = await tab.textContent('#tooltip');
    expect(tip).toContain('consultation (official) since 2024-09-17');
    expect(tip).toContain('The White House (archived), 2024-09-17');
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await tab.screenshot({
      path: join(root, 'test-results', 'network-2024-10-01.png'),
      fullPage: true,
    });
  });
});
