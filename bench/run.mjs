// `npm run bench`: speed of the indexed helpers against a naive linear scan and a bare Map.get,
// measured side by side in one run, printed as ratios (and as JSON with --json). Targets are
// checked here, never in unit tests.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { importFloorModules } from './import-floor.mjs';
import { naiveIsMember, naiveStatus } from './naive.mjs';
import { syntheticDataset } from './synthetic.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const aukus = await import(join(root, 'dist', 'index.js'));
const { parseDataset } = await import(join(root, 'dist', 'schema.js'));
const json = process.argv.includes('--json');
// `--only=17` (or BENCH_ONLY=issue17) measures only the dated hot path of issue #17, with the same
// rounds and ratios, skipping sections 1–3 and the cold imports: for iterating on it quickly.
const only17 = process.argv.includes('--only=17') || process.env.BENCH_ONLY === 'issue17';
const QUERIES = 256;
// Results feed a sink so the engine cannot drop the work being measured.
let sink = 0;

const log = (...args) => {
  if (!json) console.log(...args);
};

/** Deterministic query mix: every country, dates spread over the data's span. */
function queries(dataset) {
  const ids = dataset.countries.map((c) => c.id);
  const first = Date.parse('1990-01-01');
  const last = Math.max(
    ...dataset.participations.map((p) => Date.parse(p.to ?? dataset.meta.snapshotDate)),
  );
  return Array.from({ length: QUERIES }, (_, i) => ({
    country: ids[(i * 7) % ids.length],
    asOf: new Date(first + ((last - first) * ((i * 37) % QUERIES)) / QUERIES)
      .toISOString()
      .slice(0, 10),
    pillar: [undefined, 'pillar-1', 'pillar-2'][i % 3],
  }));
}

/** Nanoseconds per query of a task that runs the whole query mix once. */
async function measure(tasks) {
  const bench = new Bench({ time: 300, warmupTime: 100 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  return Object.fromEntries(
    bench.tasks.map((t) => [t.name, (t.result.latency.mean * 1e6) / QUERIES]),
  );
}

const results = { scales: [], seed: {}, importCost: {} };

// 1. Indexed vs naive, at growing scale.
for (const factor of only17 ? [] : [10, 100, 1000]) {
  const data = parseDataset(syntheticDataset(aukus.dataset, factor, aukus.PARTICIPATION_STATUSES));
  const atlas = aukus.createAtlas(data);
  const frozen = atlas.dataset;
  const mix = queries(frozen);
  // Same answers, or the comparison means nothing.
  for (const q of mix) {
    const options = q.pillar ? { asOf: q.asOf, pillar: q.pillar } : { asOf: q.asOf };
    if (
      atlas.statusOf(q.country, options).spell !==
      (naiveStatus(frozen, q.country, q.asOf, q.pillar)?.id ?? null)
    ) {
      throw new Error(`bench: indexed and naive answers differ for ${JSON.stringify(q)}`);
    }
  }
  const times = await measure({
    isMember: () => {
      for (const q of mix)
        atlas.isMember(q.country, q.pillar ? { asOf: q.asOf, pillar: q.pillar } : { asOf: q.asOf });
    },
    'isMember (naive scan)': () => {
      for (const q of mix) naiveIsMember(frozen, q.country, q.asOf, q.pillar);
    },
    statusOf: () => {
      for (const q of mix)
        atlas.statusOf(q.country, q.pillar ? { asOf: q.asOf, pillar: q.pillar } : { asOf: q.asOf });
    },
    'statusOf (naive scan)': () => {
      for (const q of mix) naiveStatus(frozen, q.country, q.asOf, q.pillar);
    },
  });
  // Index build: the first query on a fresh atlas builds its index; the same work minus the
  // query's own cost, repeated enough to be measurable at every scale, best of five rounds.
  const buildRuns = Math.ceil(100_000 / data.participations.length);
  const rounds = [];
  for (let round = 0; round < 5; round += 1) {
    const atlases = Array.from({ length: buildRuns }, () => aukus.createAtlas(data));
    const started = performance.now();
    for (const fresh of atlases) fresh.isMember(mix[0].country, { asOf: mix[0].asOf });
    const first = performance.now() - started;
    const again = performance.now();
    for (const fresh of atlases) fresh.isMember(mix[0].country, { asOf: mix[0].asOf });
    rounds.push((first - (performance.now() - again)) / buildRuns);
  }
  const buildMs = Math.min(...rounds);
  const copyMs = 0;
  results.scales.push({
    factor,
    spells: data.participations.length,
    countries: data.countries.length,
    nsPerQuery: times,
    speedup: {
      isMember: times['isMember (naive scan)'] / times.isMember,
      statusOf: times['statusOf (naive scan)'] / times.statusOf,
    },
    indexBuildNsPerSpell: (Math.max(0, buildMs - copyMs) * 1e6) / data.participations.length,
  });
}

// 2. The seed: isMember against the floor of a bare Map.get.
if (!only17) {
  const ids = aukus.countries.map((c) => c.id);
  const map = new Map(ids.map((id) => [id, aukus.isMember(id)]));
  const mix = Array.from({ length: QUERIES }, (_, i) => ids[i % ids.length]);
  const times = await measure({
    'isMember (seed, default date)': () => {
      for (const id of mix) if (aukus.isMember(id)) sink += 1;
    },
    'isMember (seed, asOf string)': () => {
      for (const id of mix) if (aukus.isMember(id, { asOf: '2024-04-09' })) sink += 1;
    },
    'Map.get': () => {
      for (const id of mix) if (map.get(id)) sink += 1;
    },
  });
  results.seed = {
    nsPerQuery: times,
    ratioToMapGet: times['isMember (seed, default date)'] / times['Map.get'],
  };
}

// 3. Import cost in a fresh process, alternating with a bare `node -e 0`.
if (!only17) {
  const run = (args) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root });
    if (result.status !== 0) throw new Error(String(result.stderr));
    return performance.now() - started;
  };
  const bare = [];
  const loaded = [];
  const entry = join(root, 'dist', 'index.js');
  for (let i = 0; i < 15; i += 1) {
    bare.push(run(['-e', '0']));
    loaded.push(run(['--input-type=module', '-e', `await import(${JSON.stringify(entry)})`]));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  results.importCost = {
    bareMs: median(bare),
    importMs: median(loaded),
    overhead: median(loaded) / median(bare) - 1,
  };
}

// 4. The table of issue #17: every ratio measured in the same run, interleaved (each round runs
// every task once, in turn), and the median over rounds of each round's own ratio, so that a
// loaded machine slows both sides of a ratio alike.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Nanoseconds per call of `fn(i)` over `calls` calls (after one warm-up pass). */
function timeCalls(fn, calls) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i += 1) fn(i);
  return Number(process.hrtime.bigint() - started) / calls;
}

{
  const ids = aukus.countries.map((c) => c.id);
  const map = new Map(ids.map((id) => [id, aukus.isMember(id)]));
  const dates = ['2021-09-15', '2023-03-13', '2024-04-09', '2025-07-23'];
  const opts = dates.map((asOf) => ({ asOf }));
  const pillarOpts = dates.map((asOf) => ({ asOf, pillar: 'pillar-2' }));
  const big = parseDataset(syntheticDataset(aukus.dataset, 1000, aukus.PARTICIPATION_STATUSES));
  const bigAtlas = aukus.createAtlas(big, { trusted: true });
  const bigIds = big.countries.map((c) => c.id);
  const bigDates = Array.from(
    { length: 64 },
    (_, i) => `${1990 + (i % 30)}-0${1 + (i % 9)}-1${i % 9}`,
  );
  const bigOpts = bigDates.map((asOf) => ({ asOf }));
  const bigMap = new Map(bigIds.map((id) => [id, true]));
  const tasks = {
    'Map.get': (i) => (map.get(ids[i % ids.length]) ? 1 : 0),
    'isMember(c)': (i) => (aukus.isMember(ids[i % ids.length]) ? 1 : 0),
    'isMember(c, { asOf })': (i) => (aukus.isMember(ids[i % ids.length], opts[i & 3]) ? 1 : 0),
    'isMember(c, { asOf, pillar })': (i) =>
      aukus.isMember(ids[i % ids.length], pillarOpts[i & 3]) ? 1 : 0,
    'statusOf(c, { asOf })': (i) =>
      aukus.statusOf(ids[i % ids.length], opts[i & 3]).citations.length,
    'pillarPartners(p, { asOf })': (i) => aukus.pillarPartners('pillar-2', opts[i & 3]).length,
    'Map.get (×1000 ids)': (i) => (bigMap.get(bigIds[i % bigIds.length]) ? 1 : 0),
    'isMember ×1000': (i) =>
      bigAtlas.isMember(bigIds[i % bigIds.length], bigOpts[i & 63]) ? 1 : 0,
  };
  const CALLS = 20_000;
  const perTask = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (const fn of Object.values(tasks)) timeCalls((i) => (sink += fn(i)), CALLS);
  // Index build at ×1000 against one Array.prototype.sort of the same spells by country and date.
  const spells = big.participations;
  const bySortKey = (a, b) =>
    a.country < b.country
      ? -1
      : a.country > b.country
        ? 1
        : a.from < b.from
          ? -1
          : a.from > b.from
            ? 1
            : 0;
  const buildTimes = [];
  const sortTimes = [];
  const ratios = { build: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const row = {};
    for (const [name, fn] of Object.entries(tasks)) {
      row[name] = timeCalls((i) => (sink += fn(i)), CALLS);
      perTask[name].push(row[name]);
    }
    for (const [name, ns] of Object.entries(row)) {
      if (name.startsWith('Map.get')) continue;
      const floor = name.endsWith('×1000') ? row['Map.get (×1000 ids)'] : row['Map.get'];
      ratios[name] = [...(ratios[name] ?? []), ns / floor];
    }
    const fresh = aukus.createAtlas(big, { trusted: true });
    let started = process.hrtime.bigint();
    fresh.isMember(bigIds[0], { asOf: '2000-01-01' });
    const first = Number(process.hrtime.bigint() - started);
    started = process.hrtime.bigint();
    fresh.isMember(bigIds[0], { asOf: '2000-01-01' });
    const buildNs = first - Number(process.hrtime.bigint() - started);
    const copy = [...spells];
    started = process.hrtime.bigint();
    copy.sort(bySortKey);
    const sortNs = Number(process.hrtime.bigint() - started);
    buildTimes.push(buildNs);
    sortTimes.push(sortNs);
    ratios.build.push(buildNs / sortNs);
  }
  // Cold import in fresh processes, aukus and its peers in turn.
  const importOf = (specifier) => {
    const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
    if (result.status !== 0) throw new Error(String(result.stderr));
    return Number(String(result.stdout).trim());
  };
  const peers = ['countries-list', 'iso-3166', 'world-countries'];
  // The empty module and the seed alone put the figure in proportion (bench/import-floor.mjs).
  // `aukus` is imported by its name, as the peers are: from the repository root that resolves
  // through package.json `exports` to the built dist/index.js, lookup cost included.
  const floor = only17 ? undefined : await importFloorModules();
  const label = {
    aukus: 'aukus',
    ...(floor && { [floor.empty]: 'empty module', [floor.seed]: 'seed alone' }),
  };
  const imports = Object.fromEntries(
    [...Object.keys(label), ...peers].map((p) => [label[p] ?? p, { specifier: p, ms: [] }]),
  );
  const importRatios = [];
  const seedRatios = [];
  for (let round = 0; round < (only17 ? 0 : Math.max(ROUNDS, 11)); round += 1) {
    const times = {};
    for (const [name, entry] of Object.entries(imports)) {
      times[name] = importOf(entry.specifier);
      entry.ms.push(times[name]);
    }
    importRatios.push(times.aukus / times['countries-list']);
    seedRatios.push(times['seed alone'] / times['countries-list']);
  }
  const m = (name) => median(ratios[name]);
  results.issue17 = {
    rounds: ROUNDS,
    spellsAt1000: spells.length,
    nsPerCall: Object.fromEntries(Object.entries(perTask).map(([k, v]) => [k, median(v)])),
    indexBuild: {
      ms: median(buildTimes) / 1e6,
      sortMs: median(sortTimes) / 1e6,
      nsPerSpell: median(buildTimes) / spells.length,
    },
    importMs: Object.fromEntries(
      Object.entries(imports).map(([name, entry]) => [name, median(entry.ms)]),
    ),
    rows: [
      ['isMember(c), no date, × Map.get', m('isMember(c)'), null, 'keep (2.7× before)'],
      ['isMember(c, { asOf }), × Map.get', m('isMember(c, { asOf })'), 6],
      ['isMember(c, { asOf, pillar }), × Map.get', m('isMember(c, { asOf, pillar })'), 8],
      ['statusOf(c, { asOf }), × Map.get', m('statusOf(c, { asOf })'), 25],
      ['pillarPartners(p, { asOf }), × Map.get', m('pillarPartners(p, { asOf })'), 100],
      [`isMember at ×1000 (${spells.length} spells), × Map.get`, m('isMember ×1000'), 8],
      ['index build ×1000, × one sort of the same spells', median(ratios.build), 3],
      ...(only17
        ? []
        : [
            ['import aukus cold, × countries-list', median(importRatios), 0.8],
            [
              'import the seed alone, no code, × countries-list',
              median(seedRatios),
              null,
              'the floor while collections are arrays',
            ],
          ]),
    ].map(([name, ratio, target, note]) => ({
      name,
      ratio,
      target,
      met: target === null ? null : ratio <= target,
      ...(note === undefined ? {} : { note }),
    })),
  };
}

// Targets.
const targets = [];
if (!only17) {
  const [small, , large] = results.scales;
  const growth = large.nsPerQuery.isMember / small.nsPerQuery.isMember;
  const buildGrowth = large.indexBuildNsPerSpell / Math.max(1e-9, small.indexBuildNsPerSpell);
  targets.push(
    [
      '×1000: isMember ≥ 50× faster than the naive scan',
      large.speedup.isMember >= 50,
      `${large.speedup.isMember.toFixed(0)}×`,
    ],
    [
      '×1000: statusOf ≥ 50× faster than the naive scan',
      large.speedup.statusOf >= 50,
      `${large.speedup.statusOf.toFixed(0)}×`,
    ],
    [
      'isMember per query grows at most ~logarithmically ×10 → ×1000 (≤ 3×)',
      growth <= 3,
      `${growth.toFixed(2)}×`,
    ],
    [
      'seed: isMember within 5× of a bare Map.get',
      results.seed.ratioToMapGet <= 5,
      `${results.seed.ratioToMapGet.toFixed(1)}×`,
    ],
    [
      'index build linear in records (per-spell cost ×10 → ×1000 ≤ 3×)',
      buildGrowth <= 3,
      `${buildGrowth.toFixed(2)}×`,
    ],
    [
      'import costs ≤ 25% over a bare node -e 0',
      results.importCost.overhead <= 0.25,
      `${(results.importCost.overhead * 100).toFixed(0)}%`,
    ],
  );
}
for (const row of results.issue17.rows) {
  if (row.target !== null) {
    targets.push([`#17 ${row.name} ≤ ${row.target}×`, row.met, `${row.ratio.toFixed(2)}×`]);
  }
}
results.targets = targets.map(([name, met, value]) => ({ name, met, value }));

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const s of results.scales) {
    log(`×${s.factor}: ${s.spells} spells, ${s.countries} countries`);
    for (const [name, ns] of Object.entries(s.nsPerQuery))
      log(`  ${name.padEnd(24)} ${ns.toFixed(0).padStart(8)} ns/query`);
    log(
      `  speed-up: isMember ${s.speedup.isMember.toFixed(0)}×, statusOf ${s.speedup.statusOf.toFixed(0)}×; index build ${s.indexBuildNsPerSpell.toFixed(0)} ns/spell`,
    );
  }
  if (!only17) {
    log('seed:');
    for (const [name, ns] of Object.entries(results.seed.nsPerQuery))
      log(`  ${name.padEnd(30)} ${ns.toFixed(1).padStart(8)} ns/query`);
    log(
      `import: node -e 0 ${results.importCost.bareMs.toFixed(1)} ms, with aukus ${results.importCost.importMs.toFixed(1)} ms`,
    );
  }
  const t17 = results.issue17;
  log(`issue #17, median of ${t17.rounds} interleaved rounds (ratios taken within each round):`);
  for (const [name, ns] of Object.entries(t17.nsPerCall))
    log(`  ${name.padEnd(32)} ${ns.toFixed(1).padStart(9)} ns/call`);
  log(
    `  index build ×1000: ${t17.indexBuild.ms.toFixed(1)} ms (${t17.indexBuild.nsPerSpell.toFixed(0)} ns/spell); one sort ${t17.indexBuild.sortMs.toFixed(1)} ms`,
  );
  if (!only17) {
    log(
      `  cold import: ${Object.entries(t17.importMs)
        .map(([k, v]) => `${k} ${v.toFixed(1)} ms`)
        .join(', ')}`,
    );
  }
  for (const row of t17.rows) {
    const verdict = row.met === null ? '·' : row.met ? '✓' : '✗';
    log(
      `  ${verdict} ${row.name.padEnd(58)} ${row.ratio.toFixed(2).padStart(7)}×  target ${row.target === null ? row.note : `≤ ${row.target}×`}`,
    );
  }
  log('targets:');
  for (const t of results.targets) log(`  ${t.met ? '✓' : '✗'} ${t.name}: ${t.value}`);
}
if (sink < 0) console.log(sink);
process.exitCode = results.targets.every((t) => t.met) ? 0 : 1;
