import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';

// The money recipe of docs/visualization.md, taken from the guide as written, bundled against the
// package source, compiled by Vega-Lite and rendered to SVG by Vega, headless in Node.

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const guide = readFileSync(join(root, 'docs', 'visualization.md'), 'utf8');

function recipe(heading: string): string {
  const section = guide.slice(guide.indexOf(heading));
  const match = /```ts\n([\s\S]*?)\n```/.exec(section);
  if (!match?.[1]) throw new Error(`no code under ${heading}`);
  return match[1];
}

async function specOf(code: string): Promise<TopLevelSpec> {
  const out = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
    alias: { aukus: join(root, 'src', 'index.ts') },
  });
  const text = out.outputFiles[0]?.text ?? '';
  const module = (await import(`data:text/javascript,${encodeURIComponent(text)}`)) as {
    spec: TopLevelSpec;
  };
  return module.spec;
}

describe('the money recipe', () => {
  it("renders Australia's payments as a waterfall under the pledge", async () => {
    const spec = await specOf(recipe("## Money: Australia's payments"));
    const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
    const svg = await view.toSVG();
    // One bar per payment, each a step from the running total before it to the total after it.
    const bars = [
      ...svg.matchAll(
        /<path aria-label="Confirmed: ([^;"]*);[^"]*" [^>]*d="M[^,]+,([\d.]+)h[\d.]+v([\d.]+)h/g,
      ),
    ].map(([, day, top, height]) => ({ day, top: Number(top), height: Number(height) }));
    expect(bars.map((b) => b.day)).toEqual(['Feb 07, 2025', 'Jul 23, 2025']);
    const [first, second] = bars;
    if (first === undefined || second === undefined) throw new Error('two bars expected');
    // Heights in the ratio of the payments (500 : 525), the second standing on the first.
    expect(second.height / first.height).toBeCloseTo(525 / 500, 6);
    expect(second.top + second.height).toBeCloseTo(first.top, 6);
    expect(svg).toContain('value: 525,000,000');
    expect(svg).toContain('aria-label="pledged: 3000000000"');
    expect(svg).toContain("Title text 'Australia's payments to the US submarine industrial base");
    view.finalize();
  });
});
