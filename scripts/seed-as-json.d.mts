import type { Plugin } from 'esbuild';

/** The esbuild plugin that ships each seed collection as JSON text (see seed-as-json.mjs). */
export declare function seedAsJson(): Plugin;
