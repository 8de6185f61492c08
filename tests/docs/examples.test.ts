import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { type Example, markdownExamples, tsdocExamples, withChecks } from './extract.js';

// Every code example in the README, the guides and the TSDoc comments is type-checked against the
// package under strict settings; `ts run` blocks and `expression; // result` lines are executed
// and their output or result compared. Examples that rot fail here.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = join(root, '.tmp', 'doc-examples');
const markdown = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const examples: Example[] = [
  ...markdown.flatMap((file) => markdownExamples(root, file)),
  ...tsdocExamples(root),
];
const fileName = (index: number) => `example-${String(index).padStart(3, '0')}.ts`;

const CHECK = `
import { isDeepStrictEqual, inspect } from 'node:util';
declare global { var __failures: string[]; var __output: Record<string, string>; var __current: string; }
export function __check(where: string, actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) {
    globalThis.__failures.push(where + ': expected ' + inspect(expected, { depth: 5 }) + ', got ' + inspect(actual, { depth: 5 }));
  }
}
`;

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'check.ts'), CHECK);
examples.forEach((example, index) => {
  const body = example.expected === undefined ? withChecks(example) : example.code;
  const header = `// ${example.where}\nimport { __check } from './check.js';\nglobalThis.__current = ${JSON.stringify(example.where)};\n`;
  writeFileSync(join(work, fileName(index)), `${header}${body}\nexport {};\n`);
});
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      target: 'es2022',
      lib: ['es2022', 'dom'],
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
      noEmit: true,
      skipLibCheck: true,
      allowUnusedLabels: false,
      paths: {
        aukus: [join(root, 'src', 'index.ts')],
        'aukus/schema': [join(root, 'src', 'schema', 'index.ts')],
      },
    },
    include: ['*.ts'],
  }),
);

describe('documentation examples', () => {
  it('finds examples in the README, every guide and the TSDoc comments', () => {
    expect(examples.filter((e) => e.where.startsWith('README.md')).length).toBeGreaterThan(0);
    for (const file of markdown.filter(
      (f) => f.startsWith('docs/') && !['docs/cli.md', 'docs/performance.md'].includes(f),
    )) {
      expect(
        examples.some((e) => e.where.startsWith(file)),
        file,
      ).toBe(true);
    }
    expect(examples.filter((e) => e.where.startsWith('src/')).length).toBeGreaterThan(100);
  });

  it('type-check against the package under strict settings', () => {
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', work],
      {
        encoding: 'utf8',
      },
    );
    // Name the example, not the generated file, in the failure.
    const report = (result.stdout + result.stderr).replace(
      /example-(\d{3})\.ts/g,
      (_, n: string) => examples[Number(n)]?.where ?? n,
    );
    expect(report).toBe('');
  });

  it('run, print what they show and return the results their comments state', async () => {
    const entry = [
      "globalThis.__failures = []; globalThis.__output = {}; globalThis.__current = '';",
      "const log = console.log; console.log = (...args) => { globalThis.__output[globalThis.__current] = (globalThis.__output[globalThis.__current] ?? '') + args.map(String).join(' ') + '\\n'; };",
      ...examples.map((_, index) => `await import('./${fileName(index).replace('.ts', '.js')}');`),
      'console.log = log;',
      'console.log(JSON.stringify({ failures: globalThis.__failures, output: globalThis.__output }));',
    ].join('\n');
    writeFileSync(join(work, 'entry.mjs'), entry);
    await build({
      entryPoints: [
        join(work, 'entry.mjs'),
        ...examples.map((_, index) => join(work, fileName(index))),
      ],
      outdir: join(work, 'out'),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'error',
      alias: {
        aukus: join(root, 'src', 'index.ts'),
        'aukus/schema': join(root, 'src', 'schema', 'index.ts'),
      },
      // Examples that draw import a chart library; tests/docs/recipes.test.ts runs those.
      external: ['d3', '@observablehq/plot', 'topojson-client', 'vega', 'vega-lite', 'cytoscape'],
    });
    // Examples that import a chart library (run by recipes.test.ts), or show a compile error on
    // purpose, are type-checked only here.
    const runnable = examples
      .map((e, index) => ({ e, index }))
      .filter(
        ({ e }) =>
          !/from '(d3|@observablehq\/plot|topojson-client|vega|vega-lite|cytoscape)'|@ts-expect-error/.test(
            e.code,
          ),
      );
    writeFileSync(
      join(work, 'out', 'run.mjs'),
      entry
        .split('\n')
        .filter(
          (line) =>
            !line.startsWith('await import') ||
            runnable.some(({ index }) => line.includes(fileName(index).replace('.ts', '.js'))),
        )
        .join('\n'),
    );
    const stdout = execFileSync(process.execPath, [join(work, 'out', 'run.mjs')], {
      encoding: 'utf8',
      cwd: join(work, 'out'),
    });
    const { failures, output } = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      failures: string[];
      output: Record<string, string>;
    };
    expect(failures).toEqual([]);
    // The results stated in comments were really checked, not skipped by the transformation.
    expect(
      examples
        .map(withChecks)
        .join('\n')
        .match(/__check\(/g)?.length ?? 0,
    ).toBeGreaterThan(80);
    for (const example of examples.filter((e) => e.expected !== undefined)) {
      expect(output[example.where] ?? '', example.where).toBe(example.expected);
    }
  });
});
