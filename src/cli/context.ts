import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Atlas, createAtlas } from '../atlas/create-atlas.js';
import { dataset as seed } from '../data/dataset.js';
import type { Dataset } from '../model/dataset.js';
import { safeParseDataset } from '../schema/index.js';
import type { OptionSpec } from './args.js';
import { validate } from './commands/validate.js';
import type { Io } from './io.js';
import { Exit } from './usage-error.js';

/** `--data FILE`: query your own dataset instead of the seed. @internal */
export const DATA_OPTION: OptionSpec = { name: 'data', type: 'string', value: 'file' };

/** The dataset a command answers from. @internal */
export interface Context {
  readonly atlas: Atlas;
  readonly data: Dataset;
  /** The file given with `--data`; absent for the seed. */
  readonly file?: string;
}

let seedContext: Context | undefined;

/**
 * The seed, or the file named by `--data`: validated with `parseDataset`, then bound with
 * `createAtlas`. An invalid file is reported exactly as `aukus validate` reports it, on stderr so
 * stdout stays clean, and the command exits 1.
 *
 * @internal
 */
export async function loadContext(
  io: Io,
  values: Record<string, string | boolean | undefined>,
): Promise<Context> {
  const file = values['data'];
  if (typeof file !== 'string') {
    seedContext ??= { atlas: createAtlas(seed), data: seed };
    return seedContext;
  }
  let text: string | undefined;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch {
    // validate names the reason (missing, a folder) as a usage error.
  }
  let parsed: ReturnType<typeof safeParseDataset> | undefined;
  try {
    parsed = text === undefined ? undefined : safeParseDataset(JSON.parse(text));
  } catch {
    // Not JSON: validate says so.
  }
  if (parsed?.success !== true) {
    await validate({ ...io, out: io.err }, [file]);
    throw new Exit(1);
  }
  const atlas = createAtlas(parsed.data);
  return { atlas, data: atlas.dataset, file };
}
