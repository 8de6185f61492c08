import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/index.js';

// Every quote in the seed must stand verbatim in the project's source material: every file in
// ../shared/sources beside the repository, and the excerpts of sources read by a maintainer, kept
// in tests/fixtures/excerpts (one file per source, its URL on the first line, then the exact text
// read). Ellipses and [brackets] in a quote mark cuts: each fragment between them must be found.
// Curly and straight quote marks count as different, because the data keeps the spelling of the
// source cited.

const shared = resolve(fileURLToPath(new URL('../../../shared/sources', import.meta.url)));
const excerpts = fileURLToPath(new URL('../fixtures/excerpts', import.meta.url));
const present = existsSync(join(shared, 'aukus-facts.md'));
if (!present) console.log(`quotes: skipped, the source material is not at ${shared}`);

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(dir, entry.name))
    .sort();
}

function quotes(): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        const here = `${path}.${key}`;
        const isQuote = key === 'quote' || (key === 'text' && path.startsWith('.statements'));
        if (isQuote && typeof child === 'string') found.push({ path: here, text: child });
        visit(child, here);
      }
    }
  };
  visit(dataset, '');
  return found;
}

describe('excerpts of sources read by a maintainer', () => {
  const files = filesIn(excerpts);

  it.each(files)('%s names a source of the seed by its URL on the first line', (file) => {
    const [first = ''] = readFileSync(file, 'utf8').split('\n');
    expect(first).toMatch(/^https?:\/\/\S+$/);
    // The page read is the source's own URL, or a copy that the source's note names.
    const named = dataset.sources.some((s) => s.url === first || s.note?.includes(first));
    expect(named, `no source has the URL ${first}`).toBe(true);
  });
});

describe.skipIf(!present)('quotes', () => {
  it('are checked against every shared source file, the 2026 supplement and the primary excerpts included', () => {
    const names = filesIn(shared).map((file) => file.slice(shared.length + 1));
    expect(names).toEqual(expect.arrayContaining(['aukus-facts-2026.md', 'primary-excerpts.md']));
  });

  it('stand verbatim in the source material', () => {
    const material = [...filesIn(shared), ...filesIn(excerpts)]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
      .replace(/\s+/g, ' ');
    const all = quotes();
    expect(all.length).toBeGreaterThan(80);
    const missing = all.flatMap(({ path, text }) =>
      text
        .split(/\.\.\.|…|\[[^\]]*\]/)
        .map((fragment) => fragment.trim().replace(/\s+/g, ' '))
        .filter((fragment) => fragment.length > 3 && !material.includes(fragment))
        .map((fragment) => `${path}: ${fragment}`),
    );
    expect(missing).toEqual([]);
  });
});
