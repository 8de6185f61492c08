import type { Browser } from 'playwright-core';

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's package. */
export declare const CHROMIUM: string;
/** Whether that Chromium is installed. */
export declare const hasChromium: boolean;
/** Launches that Chromium through playwright-core, with the project's flags. */
export declare function launchChromium(): Promise<Browser>;
