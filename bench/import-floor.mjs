// Two modules that put the cold-import figure in proportion: an empty module (what any import
// costs in a fresh Node.js process, the loader's own start-up) and the seed alone (every
// collection exactly as the package ships it, through the same build plugin, with no helper
// code). The seed alone is the floor of importing `aukus` while its collections are plain
// arrays, materialized and frozen on import.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { seedAsJson } from '../scripts/seed-as-json.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes both modules under .tmp/bench and returns their paths. */
export async function importFloorModules() {
  const dir = join(root, '.tmp', 'bench');
  await mkdir(dir, { recursive: true });
  const empty = join(dir, 'empty.js');
  await writeFile(empty, 'export const empty = true;\n');
  const seed = join(dir, 'seed-alone.js');
  await build({
    entryPoints: [join(root, 'src', 'data', 'dataset.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    charset: 'ascii',
    outfile: seed,
    plugins: [seedAsJson()],
    logLevel: 'warning',
  });
  return { empty, seed };
}
