import type { Dataset } from '../../model/dataset.js';
import type { Source } from '../../model/source.js';
import { parse } from '../args.js';
import { loadContext } from '../context.js';
import { heading } from '../heading.js';
import { type Io, paint, printJson } from '../io.js';
import { optionsOf } from '../spec.js';
import { table } from '../table.js';
import { UsageError } from '../usage-error.js';
import { wrapLine } from '../wrap.js';

function citingRecords(data: Dataset, id: string): string[] {
  const needle = `"source":${JSON.stringify(id)}`;
  const found: string[] = [];
  for (const [collection, records] of Object.entries(data)) {
    if (!Array.isArray(records)) continue;
    for (const record of records as readonly { readonly id: string }[]) {
      if (JSON.stringify(record).includes(needle)) found.push(`${collection}/${record.id}`);
    }
  }
  return found;
}

/** `aukus sources [<id>]`. @internal */
export async function sources(io: Io, args: readonly string[]): Promise<number> {
  const { values, positionals, json } = parse('sources', args, optionsOf('sources'), 1);
  const context = await loadContext(io, values);
  const all = context.data.sources;
  const id = positionals[0];
  if (id === undefined) {
    if (json) {
      printJson(io, all);
      return 0;
    }
    io.out(
      `${heading(io, context, { subject: `Sources (${all.length})`, asOf: null })}\n${table(
        io,
        ['ID', 'PUBLISHED', 'PUBLISHER'],
        all.map((s) => [s.id, s.published, `${s.publisher}${s.official ? ' [official]' : ''}`]),
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
  const citedBy = citingRecords(context.data, id);
  if (json) {
    printJson(io, { ...source, citedBy });
    return 0;
  }
  const field = (name: string, value: string) =>
    wrapLine(`${`${name}:`.padEnd(11)}${value}`, io.width, 11);
  const lines = [
    heading(io, context, { subject: `Source ${source.id}`, asOf: null }),
    ...wrapLine(paint(io, 'bold', source.title), io.width, 0),
    ...field('Publisher', source.publisher),
    ...field('Published', source.published),
    ...field('Kind', `${source.kind}${source.official ? ' (official)' : ''}`),
    ...field('URL', source.url),
    ...(source.note === undefined ? [] : field('Note', source.note)),
    `Cited by:  ${citedBy.length} record${citedBy.length === 1 ? '' : 's'}`,
    ...citedBy.map((path) => `  ${path}`),
  ];
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
