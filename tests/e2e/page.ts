import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, hasChromium, launchChromium } from '../../scripts/chromium.mjs';

// An example page built with Vite from the built package, served on localhost and opened in
// Debian's Chromium. Never downloads a browser.

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export { CHROMIUM, hasChromium };

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

if (!hasChromium) {
  console.log(`e2e: skipped, no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
}

export interface OpenPage {
  readonly tab: Page;
  /** Uncaught errors the page threw. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Builds `examples/<name>`, serves it and opens it in Chromium. */
export async function openExample(name: string, ready: string): Promise<OpenPage> {
  const page = join(root, 'examples', name);
  await build({ configFile: join(page, 'vite.config.ts'), logLevel: 'warn' });
  const dist = join(page, 'dist');
  const server: Server = createServer((request, response) => {
    const path = normalize(
      join(dist, decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')),
    );
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser: Browser = await launchChromium();
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await tab.waitForSelector(ready);
  return {
    tab,
    errors,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
