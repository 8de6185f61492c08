// `npm run release:check`: run after `npm run build`, before `npm publish`. Checks that the
// package version, the data version (`meta.version` in the source, in data.json and in
// datapackage.json) and the CHANGELOG's latest release heading agree, and that `npm pack` would
// ship exactly the intended files: no more (a stray build or test file) and no fewer (a guide the
// README links to).
//
// The CHANGELOG check wants a `## [<version>] - YYYY-MM-DD` heading for the package version: work
// in progress sits under `## [Unreleased]`, and whoever cuts the release renames that heading in
// the same commit as the version bump. Until then this check fails, on purpose.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => readFileSync(join(root, file), 'utf8');
const problems = [];

const pkg = JSON.parse(read('package.json'));
const version = pkg.version;

const sourceMeta = /version: '([^']+)'/.exec(read('src/data/meta.ts'))?.[1];
if (sourceMeta !== version) {
  problems.push(`src/data/meta.ts has version ${sourceMeta}, package.json ${version}`);
}
for (const [file, pick] of [
  ['data.json', (json) => json.meta?.version],
  ['datapackage.json', (json) => json.version],
]) {
  if (!existsSync(join(root, file))) {
    problems.push(`${file} is missing: run 'npm run build' first`);
    continue;
  }
  const found = pick(JSON.parse(read(file)));
  if (found !== version) problems.push(`${file} has version ${found}, package.json ${version}`);
}

const headings = [...read('CHANGELOG.md').matchAll(/^## \[([^\]]+)\](.*)$/gm)];
const latest = headings.find(([, name]) => name !== 'Unreleased');
if (latest === undefined || latest[1] !== version) {
  problems.push(
    `CHANGELOG.md: the latest release heading is ${latest ? `[${latest[1]}]` : 'missing'}, not [${version}]; rename '## [Unreleased]' to '## [${version}] - YYYY-MM-DD' and start a new empty '## [Unreleased]' above it`,
  );
} else if (!/^ - \d{4}-\d{2}-\d{2}$/.test(latest[2])) {
  problems.push(
    `CHANGELOG.md: '## [${version}]' needs its release date: '## [${version}] - YYYY-MM-DD'`,
  );
}

// What should ship: the entries' code, declarations and source maps; the data files; the CSV
// tables the data package lists; and every page the README and the guides link to.
const intended = new Set([
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'data.json',
  'dataset.schema.json',
  'datapackage.json',
  'dist/cli.js',
  'dist/cli.js.map',
  ...['index', 'schema'].flatMap((entry) =>
    ['.js', '.js.map', '.cjs', '.cjs.map', '.d.ts', '.d.cts'].map((ext) => `dist/${entry}${ext}`),
  ),
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  // The pictures the guides show.
  ...readdirSync(join(root, 'docs', 'images')).map((name) => `docs/images/${name}`),
]);
if (existsSync(join(root, 'datapackage.json'))) {
  for (const resource of JSON.parse(read('datapackage.json')).resources ?? []) {
    if (typeof resource.path === 'string' && resource.path.startsWith('csv/')) {
      intended.add(resource.path);
    }
  }
}
// Declarations shared by both entries, which the declaration bundler names with a hash.
const sharedDeclarations = /^dist\/[\w-]+-[\w-]{8}\.d\.c?ts$/;

const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  }),
)[0].files.map((file) => file.path);
const unexpected = packed.filter((file) => !intended.has(file) && !sharedDeclarations.test(file));
const missing = [...intended].filter((file) => !packed.includes(file));
if (unexpected.length > 0) problems.push(`npm pack would also ship: ${unexpected.join(', ')}`);
if (missing.length > 0) problems.push(`npm pack would not ship: ${missing.join(', ')}`);

// Every relative link in a shipped Markdown file must point at a shipped file.
for (const file of packed.filter((name) => name.endsWith('.md'))) {
  for (const [, target] of read(file).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
    if (/^[a-z]+:/.test(target)) continue;
    const resolved = join(dirname(file), target).replace(/\\/g, '/').replace(/\/$/, '');
    if (!packed.some((name) => name === resolved || name.startsWith(`${resolved}/`))) {
      problems.push(`${file} links to ${target}, which the package does not ship`);
    }
  }
}

if (problems.length > 0) {
  console.error(`release:check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `release:check: aukus ${version}: versions agree and npm pack holds ${packed.length} intended files`,
);
