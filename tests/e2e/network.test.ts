import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The example page, built with Vite from the built package, served on localhost and driven in
// Debian's Chromium. Never downloads a browser.

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const page = join(root, 'examples', 'network');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

if (!present) console.log(`e2e: skipped, no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

describe.skipIf(!present)('the network example page in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let tab: Page;

  beforeAll(async () => {
    await build({ configFile: join(page, 'vite.config.ts'), logLevel: 'warn' });
    const dist = join(page, 'dist');
    server = createServer((request, response) => {
      const path = normalize(
        join(dist, decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')),
      );
      const file = path.endsWith('/') ? join(path, 'index.html') : path;
      if (!file.startsWith(dist) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await tab.waitForSelector('g.node');
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
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
