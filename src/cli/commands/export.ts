import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { LadderStatus } from '../../model/status.js';
import { toCsv } from '../../viz/csv.js';
import type { GraphOptions } from '../../viz/graph.js';
import { parse, stringOption } from '../args.js';
import { type Context, loadContext } from '../context.js';
import type { Io } from '../io.js';
import { FORMATS, optionsOf } from '../spec.js';
import { guard, UsageError } from '../usage-error.js';

type Format = (typeof FORMATS)[number];

type Flag = '--as-of' | '--min-status' | '--known-at';

/** The flags each format takes: only those that change what it holds. */
const TAKES: Readonly<Record<Format, readonly Flag[]>> = {
  json: [],
  csv: [],
  dot: ['--as-of', '--min-status'],
  mermaid: ['--as-of', '--min-status'],
  gexf: ['--known-at'],
  datapackage: [],
};

const WHAT: Readonly<Record<Format, string>> = {
  json: 'the whole dataset',
  csv: 'every status spell with its dates',
  dot: 'the network on one date',
  mermaid: 'the network on one date',
  gexf: 'every standing over time',
  datapackage: 'the whole dataset as tables',
};

async function write(path: string, content: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  } catch (error) {
    throw new UsageError(
      `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

function content(
  context: Context,
  format: Format,
  options: GraphOptions,
  knownAt: string | undefined,
): string {
  const { atlas } = context;
  switch (format) {
    case 'gexf':
      return atlas.toGexf(knownAt === undefined ? {} : { knownAt });
    case 'json':
      return `${JSON.stringify(atlas.dataset, null, 2)}\n`;
    case 'csv':
      return toCsv(atlas.toRows());
    case 'dot':
      return atlas.toDot(options);
    default:
      return atlas.toMermaid(options);
  }
}

/** `aukus export --format F [--out PATH] [--as-of D] [--min-status S] [--known-at D]`. @internal */
export async function exportData(io: Io, args: readonly string[]): Promise<number> {
  const { values, json } = parse('export', args, optionsOf('export'), 0);
  if (json) throw new UsageError('export: --json does not apply; use --format json');
  const formatText = stringOption(values, 'format');
  const format = formatText?.toLowerCase() as Format | undefined;
  if (format === undefined || !FORMATS.includes(format)) {
    throw new UsageError(
      `export: ${formatText === undefined ? 'missing --format' : `unknown format '${formatText}'`}; accepted: ${FORMATS.join(', ')}`,
    );
  }
  const asOf = stringOption(values, 'as-of');
  const minStatus = stringOption(values, 'min-status');
  const knownAt = stringOption(values, 'known-at');
  for (const [flag, value] of [
    ['--as-of', asOf],
    ['--min-status', minStatus],
    ['--known-at', knownAt],
  ] as const) {
    if (value !== undefined && !TAKES[format].includes(flag)) {
      const takers = FORMATS.filter((f) => TAKES[f].includes(flag));
      throw new UsageError(
        `export: ${flag} does not apply to --format ${format}, which holds ${WHAT[format]}; it applies to ${takers.join(', ')}`,
      );
    }
  }
  const context = await loadContext(io, values);
  const options: GraphOptions = {
    ...(asOf === undefined ? {} : { asOf }),
    ...(minStatus === undefined ? {} : { minStatus: minStatus as LadderStatus }),
  };
  const outOption = stringOption(values, 'out');
  const out = outOption === undefined ? undefined : resolve(io.cwd, outOption);
  if (format === 'datapackage') {
    if (out === undefined) throw new UsageError('export: --format datapackage needs --out DIR');
    const pkg = context.atlas.toDataPackage();
    await write(join(out, 'datapackage.json'), `${JSON.stringify(pkg.descriptor, null, 2)}\n`);
    for (const file of pkg.files) await write(join(out, file.path), file.content);
    io.err(`Wrote datapackage.json and ${pkg.files.length} CSV files to ${out}\n`);
    return 0;
  }
  const text = guard(() => content(context, format, options, knownAt));
  if (out === undefined) {
    io.out(text);
  } else {
    await write(out, text);
    io.err(`Wrote ${format} to ${out}\n`);
  }
  return 0;
}
