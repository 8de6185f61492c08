import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { consumerProject, root } from './helpers.js';

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
/** A minified browser bundle of `entry.js` in a consumer project, as a bundler would ship it. */
async function bundle(dir: string) {
  const result = await build({
    entryPoints: [join(dir, 'entry.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    absWorkingDir: dir,
    metafile: true,
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, brotli: brotliCompressSync(code).length, inputs: Object.keys(result.metafile.inputs) };
}

const node = (dir: string, file: string) => execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });

describe('a project that installs the packed package', () => {
  it('imports every entry as ESM and requires it as CommonJS', () => {
    const dir = consumerProject({
      'esm.mjs': `
        import { isMember, dataset } from 'aukus';
        import { parseDataset } from 'aukus/schema';
        import data from 'aukus/data.json' with { type: 'json' };
        import pkg from 'aukus/package.json' with { type: 'json' };
        console.log(isMember('JP', { asOf: '2024-04-09' }), parseDataset(data).meta.snapshotDate, pkg.name, dataset.countries.length);
      `,
      'rules.mjs': `
        import { createAtlas, DatasetError } from 'aukus';
        import { parseDataset, safeParseDataset } from 'aukus/schema';
        import data from 'aukus/data.json' with { type: 'json' };
        const broken = { ...data, participations: [...data.participations, { ...data.participations[0], id: 'x', country: 'FR' }] };
        const fromSchema = safeParseDataset(broken);
        let fromAtlas;
        try { createAtlas(broken); } catch (error) { fromAtlas = error; }
        console.log(fromSchema.error instanceof DatasetError, fromAtlas instanceof DatasetError, fromAtlas.issues[0].code);
        // Checked by aukus/schema (a separate bundle), and accepted by aukus's createAtlas.
        const parsed = parseDataset(data);
        const checked = globalThis[Symbol.for('aukus.validated-datasets.v2')];
        console.log(createAtlas(parsed).isMember('AU'), checked.has(parsed));
      `,
      'cjs.cjs': `
        const { isMember } = require('aukus');
        const { parseDataset } = require('aukus/schema');
        const data = require('aukus/data.json');
        const schema = require('aukus/dataset.schema.json');
        const descriptor = require('aukus/datapackage.json');
        console.log(isMember('AU'), parseDataset(data).meta.snapshotDate, schema.$schema, descriptor.resources.length > 5);
      `,
    });
    expect(node(dir, 'esm.mjs')).toBe('false 2026-06-22 aukus 8\n');
    expect(node(dir, 'rules.mjs')).toBe('true true unknown-reference\ntrue true\n');
    expect(node(dir, 'cjs.cjs')).toBe('true 2026-06-22 https://json-schema.org/draft/2020-12/schema true\n');
  });

  it('runs the main entry, createAtlas checks included, without zod installed', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.peerDependenciesMeta).toEqual({ zod: { optional: true } });
    const dir = consumerProject(
      {
        'main.mjs': `
          import { createAtlas, dataset, isMember } from 'aukus';
          console.log(isMember('AU'), createAtlas({ ...dataset }).isMember('GB'));
          await import('aukus/schema').catch((error) => console.log(error.code));
        `,
      },
      { zod: false },
    );
    expect(node(dir, 'main.mjs')).toBe('true true\nERR_MODULE_NOT_FOUND\n');
  });

  it.each([
    ['node16', 'node16', 'node16'],
    ['bundler', 'esnext', 'bundler'],
    ['node', 'commonjs', 'node'],
  ])('type-checks under moduleResolution %s, and a misspelt id fails', (_, module, resolution) => {
    const dir = consumerProject({
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          strict: true,
          module,
          moduleResolution: resolution,
          target: 'es2022',
          noEmit: true,
          skipLibCheck: false,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          types: [],
          // zod's own CommonJS declarations need esModuleInterop under the old resolution.
          ...(resolution === 'node' ? { ignoreDeprecations: '5.0', esModuleInterop: true } : {}),
        },
        files: ['index.ts'],
      }),
      'package.json': JSON.stringify({ name: 'consumer', private: true, ...(module === 'node16' ? { type: 'module' } : {}) }),
      'index.ts': `
        import { createAtlas, dataset, isMember, statusOf, type CountryId, type Standing } from 'aukus';
        import { parseDataset, type DatasetIssue } from 'aukus/schema';
        const japan: CountryId = 'JP';
        const standing: Standing = statusOf(japan, { asOf: '2024-04-09', pillar: 'pillar-2' });
        const member: boolean = isMember('AU');
        const issues: readonly DatasetIssue[] = [];
        // @ts-expect-error: alpha-3 codes are not country ids
        isMember('JPN');
        // @ts-expect-error: there is no pillar 3
        statusOf('JP', { pillar: 'pillar-3' });
        const mine = {
          ...dataset,
          countries: [...dataset.countries, { id: 'FR', alpha3: 'FRA', numeric: '250', name: 'France', aliases: [] }],
        } as const;
        const atlas = createAtlas(mine);
        atlas.isMember('FR');
        // @ts-expect-error: a typo in a query on a custom dataset
        atlas.isMember('FX');
        const typed = createAtlas(parseDataset<typeof mine>(JSON.parse(JSON.stringify(mine))));
        // @ts-expect-error: a typo in a query on parsed custom data
        typed.isMember('FX');
        export { standing, member, issues, parseDataset };
      `,
    });
    const result = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('bundles isMember for the browser small, without zod or Node built-ins', async () => {
    const dir = consumerProject({ 'entry.js': "import { isMember } from 'aukus'; console.log(isMember('AU'));" });
    const { code, brotli, inputs } = await bundle(dir);
    // As in .size-limit.js: the decision timelines of issue #17 took it past 12 kB.
    expect(brotli).toBeLessThanOrEqual(13 * 1024);
    expect(inputs.some((input) => input.includes('zod'))).toBe(false);
    expect(code).not.toMatch(/from ?"node:|require\("(fs|path|util)"\)/);
    // Sources, events and statements stay out of a bundle that does not use them.
    expect(code).not.toContain('Hansard');
    expect(code).not.toContain('AUKUS announced');
    expect(code).not.toContain('Yesterday I joined President Biden');
  });

  // As in .size-limit.js: the seed (about 38 kB) and commitments, not the code, passed 50 kB.
  it('keeps the whole core entry, seed included, within 60 kB brotli, without zod', async () => {
    const dir = consumerProject({ 'entry.js': "import * as aukus from 'aukus'; console.log(aukus);" });
    const { brotli, inputs } = await bundle(dir);
    expect(brotli).toBeLessThanOrEqual(60 * 1024);
    expect(inputs.some((input) => input.includes('zod'))).toBe(false);
  });

  it('ships only what users need', () => {
    const dir = consumerProject({});
    const listing = execFileSync('find', ['.', '-type', 'f'], { cwd: join(dir, 'node_modules', 'aukus'), encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^\.\//, ''));
    const unexpected = listing.filter(
      (f) =>
        !/^(dist\/|csv\/|docs\/[\w-]+\.md$|docs\/images\/[\w-]+\.(png|svg)$|data\.json$|dataset\.schema\.json$|datapackage\.json$|README\.md$|CONTRIBUTING\.md$|SECURITY\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/.test(f),
    );
    expect(unexpected).toEqual([]);
    expect(listing).toContain('dist/index.d.cts');
    // The pages the README links to travel with it, so its links work in node_modules.
    expect(listing).toEqual(expect.arrayContaining(['docs/getting-started.md', 'CONTRIBUTING.md', 'SECURITY.md']));
  });
});
