import { dataset } from '../../data/dataset.js';
import { sources as all } from '../../data/sources.js';
import type { Source } from '../../model/source.js';
import { parse } from '../args.js';
import { type Io, paint, printJson } from '../io.js';
import { table } from '../table.js';
import { UsageError } from '../usage-error.js';

function citingRecords(id: string): string[] {
  const needle = `"source":${JSON.stringify(id)}`;
  const found: string[] = [];
  for (const [collection, records] of Object.entries(dataset)) {
    if (!Array.isArray(records)) continue;
    for (const record of records as readonly { readonly id: string }[]) {
      if (JSON.stringify(record).includes(needle)) found.push(`${collection}/${record.id}`);
    }
  }
  return found;
}

/** `aukus sources [<id>]`. @internal */
export function sources(io: Io, args: readonly string[]): number {
  const { positionals, json } = parse('sources', args, [], 1);
  const id = positionals[0];
  if (id === undefined) {
    if (json) {
      printJson(io, all);
      return 0;
    }
    io.out(
      `${table(
        io,
        ['ID', 'PUBLISHED', 'OFFICIAL', 'PUBLISHER'],
        all.map((s) => [s.id, s.published, s.official ? 'yes' : 'no', s.publisher]),
      )}\n`,
    );
    return 0;
  }
  const source: Source | undefined = all.find((s) => s.id === id);
  if (source === undefined) {
    const near = all.filter((s) => s.id.includes(id) || id.includes(s.id)).map((s) => s.id);
    throw new UsageError(
      `unknown source '${id}'; ${near.length > 0 ? `did you mean '${near[0]}'?` : "run 'aukus sources' for the list"}`,
    );
  }
  const citedBy = citingRecords(id);
  if (json) {
    printJson(io, { ...source, citedBy });
    return 0;
  }
  const lines = [
    paint(io, 'bold', source.title),
    `Publisher: ${source.publisher}`,
    `Published: ${source.published}`,
    `Kind:      ${source.kind}${source.official ? ' (official)' : ''}`,
    `URL:       ${source.url}`,
    ...(source.note === undefined ? [] : [`Note:      ${source.note}`]),
    `Cited by:  ${citedBy.length} record${citedBy.length === 1 ? '' : 's'}`,
    ...citedBy.map((path) => `  ${path}`),
  ];
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
