import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../../src/', import.meta.url).pathname;

async function importsOf(folder: string): Promise<[string, string][]> {
  const found: [string, string][] = [];
  for (const name of await readdir(join(src, folder), { recursive: true })) {
    if (!name.endsWith('.ts')) continue;
    const text = await readFile(join(src, folder, name), 'utf8');
    for (const match of text.matchAll(/from '([^']+)'/g)) found.push([name, match[1] ?? '']);
  }
  return found;
}

// The layers, lowest first: model and data, internal, integrity, query, viz, atlas, schema and cli.
// A layer may import only from layers below it, so each can be understood (and shipped) alone.
describe('the source layout', () => {
  it('keeps queries free of visualization and the atlas', async () => {
    const wrong = (await importsOf('query')).filter(([, from]) =>
      /\/(viz|atlas|schema|cli)\//.test(from),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps visualization free of the atlas', async () => {
    const wrong = (await importsOf('viz')).filter(([, from]) =>
      /\/(atlas|schema|cli)\//.test(from),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps the data rules below the queries, so both entries can use them', async () => {
    const wrong = (await importsOf('integrity')).filter(([, from]) =>
      /\/(query|viz|atlas|schema|cli)\//.test(from),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps zod out of everything but the schema entry', async () => {
    for (const folder of [
      'model',
      'data',
      'internal',
      'query',
      'viz',
      'atlas',
      'integrity',
      'cli',
    ]) {
      const wrong = (await importsOf(folder)).filter(([, from]) => from.startsWith('zod'));
      expect(wrong, folder).toEqual([]);
    }
  });
});
