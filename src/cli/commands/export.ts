import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { dataset } from '../../data/dataset.js';
import { toCsv } from '../../viz/csv.js';
import { toDataPackage } from '../../viz/data-package.js';
import { toDot, toMermaid } from '../../viz/diagrams.js';
import { toGexf } from '../../viz/gexf.js';
import { toRows } from '../../viz/rows.js';
import { parse, stringOption } from '../args.js';
import type { Io } from '../io.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['json', 'csv', 'dot', 'mermaid', 'gexf', 'datapackage'] as const;

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

/** `aukus export --format F [--out PATH]`. @internal */
export async function exportData(io: Io, args: readonly string[]): Promise<number> {
  const { values, json } = parse(
    'export',
    args,
    [
      { name: 'format', type: 'string' },
      { name: 'out', type: 'string' },
    ],
    0,
  );
  if (json) throw new UsageError('export: --json does not apply; use --format json');
  const format = stringOption(values, 'format');
  if (format === undefined || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `export: ${format === undefined ? 'missing --format' : `unknown format '${format}'`}; accepted: ${FORMATS.join(', ')}`,
    );
  }
  const outOption = stringOption(values, 'out');
  const out = outOption === undefined ? undefined : resolve(io.cwd, outOption);
  if (format === 'datapackage') {
    if (out === undefined) throw new UsageError('export: --format datapackage needs --out DIR');
    const pkg = toDataPackage();
    await write(join(out, 'datapackage.json'), `${JSON.stringify(pkg.descriptor, null, 2)}\n`);
    for (const file of pkg.files) await write(join(out, file.path), file.content);
    io.err(`Wrote datapackage.json and ${pkg.files.length} CSV files to ${out}\n`);
    return 0;
  }
  const content =
    format === 'json'
      ? `${JSON.stringify(dataset, null, 2)}\n`
      : format === 'csv'
        ? toCsv(toRows())
        : format === 'dot'
          ? toDot()
          : format === 'gexf'
            ? toGexf()
            : toMermaid();
  if (out === undefined) {
    io.out(content);
  } else {
    await write(out, content);
    io.err(`Wrote ${format} to ${out}\n`);
  }
  return 0;
}
