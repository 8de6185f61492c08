import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/index.js';

// Every quote in the seed must stand verbatim in the project's source material: every file in
// ../shared/sources beside the repository, or an excerpt of a page read for this project, kept in
// tests/fixtures/excerpts (its URL on the first line, then the text as read). Ellipses and [brackets] in a
// quote mark cuts: each fragment between them must be found. Curly and straight quote marks count
// as different, because the data keeps the spelling of the source cited.

const shared = resolve(fileURLToPath(new URL('../../../shared/sources', import.meta.url)));
const excerpts = resolve(fileURLToPath(new URL('../fixtures/excerpts', import.meta.url)));
const present = existsSync(join(shared, 'aukus-facts.md'));
if (!present) console.log(`quotes: skipped, the source material is not at ${shared}`);

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

describe.skipIf(!present)('quotes', () => {
  it('stand verbatim in the source material', () => {
    const files = [
      ...readdirSync(shared).map((file) => join(shared, file)),
      ...readdirSync(excerpts).map((file) => join(excerpts, file)),
    ];
    const material = files
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
