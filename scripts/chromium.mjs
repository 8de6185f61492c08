// Debian's Chromium, launched the one way this project allows: never a downloaded browser, and
// with the flags that keep it from reaching the network or updating itself. Shared by the e2e
// tests and `npm run docs:images`.
import { existsSync } from 'node:fs';

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's package. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether that Chromium is installed. */
export const hasChromium = existsSync(CHROMIUM);

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

/** Launches that Chromium through playwright-core (loaded only when a browser is wanted). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}
