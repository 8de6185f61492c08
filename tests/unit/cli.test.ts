import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/cli/io.js';
import { dataset, meta, toGexf } from '../../src/index.js';
import { parseDataset } from '../../src/schema/index.js';
import { cli } from './run-cli.js';

describe('aukus overview', () => {
  it('is the default command and prints aligned tables', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n')[0]).toBe(
      `AUKUS overview — as of ${meta.snapshotDate} (snapshot) · data ${meta.version}`,
    );
    expect(stdout).toMatch(/ {2}Australia \(AU\) {7}2021-09-15 {2}official/);
    expect(stdout).toMatch(/India \(IN\) +ruled-out +floated \(reported\)/);
    expect((await cli(['overview'])).stdout).toBe(stdout);
  });

  it('prints JSON with --json', async () => {
    const parsed = JSON.parse((await cli(['--json'])).stdout);
    expect(parsed.members.map((m: { country: string }) => m.country)).toEqual(['AU', 'GB', 'US']);
    expect(parsed.others).toHaveLength(5);
  });

  it('colours only when asked to', async () => {
    expect((await cli([], { color: true })).stdout).toContain('\u001b[');
    expect((await cli([])).stdout).not.toContain('\u001b[');
  });
});

describe('aukus status', () => {
  it('shows the standing with quotes and sources with --evidence', async () => {
    const { code, stdout } = await cli([
      'status',
      'Japan',
      '--as-of',
      '2024-04-09',
      '--pillar',
      '2',
      '--evidence',
    ]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      `Japan (JP), pillar-2 — as of 2024-04-09 · data ${meta.version}`,
    );
    expect(stdout).toContain('Status:   consultation (official), from 2024-04-08');
    expect(stdout).toContain('[official]');
    expect(stdout).toContain('“Recognizing Japan');
    expect(stdout).toContain('Reported claims on the same date:');
    expect(stdout).toContain('floated (pillar-2), from 2024-03-19 to 2025-07-23');
  });

  it('accepts codes and names and prints JSON', async () => {
    for (const name of ['KOR', 'south korea', '410', 'KR']) {
      const { code, stdout } = await cli(['status', name, '--json']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ country: 'KR', status: 'consultation' });
    }
  });

  it('shows the scope and a closed spell without a pillar', async () => {
    const { stdout } = await cli([
      'status',
      'JP',
      '--as-of',
      '2022-05-01',
      '--pillar',
      'pillar-1',
      '--evidence',
    ]);
    expect(stdout).toContain('ruled-out (official), from 2022-04-13 to 2024-04-07');
    expect(stdout).toContain('floated (partnership), from 2022-04-12 to 2022-05-23');
    expect((await cli(['status', 'JP'])).stdout).toContain('(on pillar-2)');
    expect((await cli(['status', 'KR', '--as-of', '2021-10-01'])).stdout).toContain(
      'nothing known',
    );
  });
});

describe('the other query commands', () => {
  it('members', async () => {
    expect((await cli(['members'])).stdout).toMatch(/United States \(US\) +2021-09-15 +official/);
    expect((await cli(['members', '--as-of', '2021-09-14'])).stdout).toMatch(
      /^Members — as of 2021-09-14 · data .*\nNo members on that date\. The first membership in the data starts on 2021-09-15\.\n$/,
    );
    expect(JSON.parse((await cli(['members', '--json'])).stdout)).toHaveLength(3);
  });

  it('partners', async () => {
    const { stdout } = await cli([
      'partners',
      '--pillar',
      '2',
      '--min-status',
      'consultation',
      '--as-of',
      '2024-10-01',
    ]);
    expect(stdout).toMatch(/Canada \(CA\) +consultation +official +2024-09-17/);
    const json = JSON.parse((await cli(['partners', '--pillar', 'pillar-1', '--json'])).stdout);
    expect(json.map((p: { country: string }) => p.country)).toEqual(['AU', 'GB', 'US']);
  });

  it('timeline', async () => {
    const { stdout } = await cli([
      'timeline',
      '--country',
      'Japan',
      '--from',
      '2025-01-01',
      '--kind',
      'statement',
    ]);
    expect(stdout).toMatch(/2025-10-28 +statement +secondary +Albanese/);
    const json = JSON.parse(
      (await cli(['timeline', '--pillar', '1', '--to', '2021-12-31', '--json'])).stdout,
    );
    expect(json.map((e: { id: string }) => e.id)).toEqual([
      '2021-09-15-aukus-announced',
      '2021-09-16-johnson-commons-statement',
      '2021-11-22-ennpia-signed',
    ]);
  });

  it('sources', async () => {
    expect((await cli(['sources'])).stdout).toMatch(
      /hansard-2021-09-16-commons-aukus +2021-09-16 +UK Parliament \[official\]/,
    );
    expect(JSON.parse((await cli(['sources', '--json'])).stdout)).toHaveLength(
      dataset.sources.length,
    );
    const one = await cli(['sources', 'rt-2024-03-canada-japan-join-aukus']);
    expect(one.stdout).toContain('Cited by:  2 records');
    expect(one.stdout).toContain('participations/in-pillar-2-floated-2024-rt');
    const json = JSON.parse((await cli(['sources', 'lii-22-usc-10431', '--json'])).stdout);
    expect(json.citedBy).toEqual(['events/2023-12-22-ndaa-submarine-transfer']);
    expect((await cli(['sources', 'hansard-2024-02-19-commons-aukus'])).stdout).not.toContain(
      'Note:',
    );
  });
});

describe('aukus export', () => {
  it('writes json, csv, dot and mermaid to stdout', async () => {
    const json = await cli(['export', '--format', 'json']);
    expect(() => parseDataset(JSON.parse(json.stdout))).not.toThrow();
    expect((await cli(['export', '--format', 'csv'])).stdout.split('\r\n')[0]).toBe(
      'id,country,countryName,alpha3,numeric,pillar,status,claim,start,end,open,from,to,sources',
    );
    expect((await cli(['export', '--format', 'dot'])).stdout).toMatch(/^digraph aukus/);
    expect((await cli(['export', '--format', 'mermaid'])).stdout).toMatch(/^flowchart LR/);
  });

  it('writes the dynamic graph for Gephi as GEXF', async () => {
    const gexf = await cli(['export', '--format', 'gexf']);
    expect(gexf.code).toBe(0);
    expect(gexf.stdout).toBe(toGexf());
    expect(XMLValidator.validate(gexf.stdout)).toBe(true);
  });

  it('writes files and a data package', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aukus-cli-'));
    const csv = await cli(['export', '--format', 'csv', '--out', 'nested/rows.csv'], { cwd: dir });
    expect(csv.stderr).toContain('Wrote csv to');
    expect(await readFile(join(dir, 'nested/rows.csv'), 'utf8')).toContain(
      'kr-pillar-2-consultation-2024',
    );
    const pkg = await cli(['export', '--format', 'datapackage', '--out', 'pkg'], { cwd: dir });
    expect(pkg.code).toBe(0);
    const descriptor = JSON.parse(await readFile(join(dir, 'pkg/datapackage.json'), 'utf8'));
    expect(await readFile(join(dir, 'pkg', descriptor.resources[0].path), 'utf8')).toMatch(
      /^id,title/,
    );
  });

  it('refuses what it cannot do', async () => {
    expect(await cli(['export'])).toMatchObject({
      code: 2,
      stderr:
        'aukus: export: missing --format; accepted: json, csv, dot, mermaid, gexf, datapackage\n',
    });
    expect((await cli(['export', '--format', 'xml'])).stderr).toContain("unknown format 'xml'");
    expect((await cli(['export', '--json'])).stderr).toContain('use --format json');
    expect((await cli(['export', '--format', 'datapackage'])).stderr).toContain('needs --out DIR');
    const dir = await mkdtemp(join(tmpdir(), 'aukus-cli-'));
    await writeFile(join(dir, 'file'), 'x');
    const blocked = await cli(['export', '--format', 'csv', '--out', 'file/rows.csv'], {
      cwd: dir,
    });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/^aukus: cannot write .*file\/rows.csv: (ENOTDIR|EEXIST)\n$/);
  });
});

describe('aukus validate', () => {
  async function fileWith(content: string) {
    const dir = await mkdtemp(join(tmpdir(), 'aukus-validate-'));
    await writeFile(join(dir, 'data.json'), content);
    return dir;
  }

  it('accepts the seed', async () => {
    const dir = await fileWith(JSON.stringify(dataset));
    expect(await cli(['validate', 'data.json'], { cwd: dir })).toMatchObject({
      code: 0,
      stdout: `valid: data.json (${dataset.participations.length} status spells, ${dataset.sources.length} sources)\n`,
    });
    expect(
      JSON.parse((await cli(['validate', 'data.json', '--json'], { cwd: dir })).stdout),
    ).toEqual({ file: 'data.json', valid: true, issues: [], warnings: [] });
  });

  it('lists every problem with its path and exits 1', async () => {
    const bad = JSON.parse(JSON.stringify(dataset));
    bad.events[0].date = '2024-02-30';
    bad.tenures[0].person = 'nobody';
    const dir = await fileWith(JSON.stringify(bad));
    const { code, stdout } = await cli(['validate', 'data.json'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'invalid: data.json, 2 problems',
        '  events["2021-09-15-aukus-announced"].date: Not a real calendar date',
        '  tenures["us-hog-joe-biden"].person: Unknown person "nobody"; add "nobody" to people, or fix the id',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await cli(['validate', 'data.json', '--json'], { cwd: dir })).stdout);
    expect(json.issues).toHaveLength(2);
  });

  it('says when a file is not JSON, missing or a folder', async () => {
    const dir = await fileWith('{ not json');
    expect(await cli(['validate', 'data.json'], { cwd: dir })).toMatchObject({ code: 1 });
    expect((await cli(['validate', 'data.json'], { cwd: dir })).stderr).toMatch(
      /^data.json: not valid JSON: /,
    );
    expect(
      JSON.parse((await cli(['validate', 'data.json', '--json'], { cwd: dir })).stdout).valid,
    ).toBe(false);
    expect(await cli(['validate', 'missing.json'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'aukus: cannot read missing.json: no such file\n',
    });
    await mkdir(join(dir, 'folder'));
    expect((await cli(['validate', 'folder'], { cwd: dir })).stderr).toBe(
      'aukus: cannot read folder: it is a directory\n',
    );
    expect((await cli(['validate'])).stderr).toContain('missing <file.json>');
  });
});

describe('usage errors, help and version', () => {
  it.each([
    [
      ['bogus'],
      "aukus: unknown command 'bogus'; commands: overview, status, members, partners, changes, spans, office, timeline, money, sources, export, validate, completion\n",
    ],
    [['stat'], "aukus: unknown command 'stat'; did you mean 'status'?\n"],
    [['status'], "aukus: status: missing <country>, e.g. 'aukus status JP'\n"],
    [
      ['status', 'Atlantis'],
      "aukus: unknown country 'Atlantis'; known: AU, GB, US, JP, CA, NZ, KR, IN\n",
    ],
    [['status', 'Japn'], "aukus: unknown country 'Japn'; did you mean 'Japan'?\n"],
    [
      ['status', 'JP', '--asof', '2024-01-01'],
      'aukus: status: unknown option --asof; did you mean --as-of?\n',
    ],
    [
      ['status', 'JP', '--colour'],
      'aukus: status: unknown option --colour; accepted: --help, --json, --as-of, --pillar, --known-at, --evidence, --data\n',
    ],
    [['status', 'JP', '--as-of'], 'aukus: status: option --as-of needs a value\n'],
    [
      ['status', 'JP', 'extra'],
      "aukus: status: unexpected argument 'extra'; see 'aukus status --help'\n",
    ],
    [
      ['status', 'JP', '--as-of', '2024-13-01'],
      'aukus: --as-of "2024-13-01" is not a real calendar date\n',
    ],
    [
      ['status', 'JP', '--as-of', '2030-01-01'],
      `aukus: --as-of 2030-01-01 is after the dataset's snapshot ${meta.snapshotDate}; nothing is known after it\n`,
    ],
    [
      ['status', 'JP', '--pillar', '3'],
      "aukus: unknown pillar '3'; accepted: 1, 2, pillar-1, pillar-2\n",
    ],
    [['partners'], "aukus: partners: missing --pillar, e.g. 'aukus partners --pillar 2'\n"],
    [
      ['partners', '--pillar', '2', '--min-status', 'ally'],
      "aukus: unknown --min-status \"ally\"; accepted: 'member', 'partner', 'consultation', 'interest-expressed', 'floated'\n",
    ],
    [
      ['timeline', '--from', '2024-02-01', '--to', '2024-01-01'],
      'aukus: --from 2024-02-01 is after --to 2024-01-01; swap them\n',
    ],
    [
      ['timeline', '--kind', 'treaty'],
      "aukus: unknown --kind \"treaty\"; accepted: 'statement', 'meeting', 'agreement', 'legislation', 'report', 'exercise', 'review'\n",
    ],
    [['sources', 'nope'], "aukus: unknown source 'nope'; run 'aukus sources' for the list\n"],
    [['sources', 'lii'], "aukus: unknown source 'lii'; did you mean 'lii-22-usc-10431'?\n"],
  ])('%j exits 2 with one line', async (args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('prints help for every command and the version', async () => {
    expect((await cli(['--help'])).stdout).toContain('Usage: aukus [command] [options]');
    expect((await cli(['help', 'status'])).stdout).toContain('Usage: aukus status <country>');
    expect((await cli(['help', 'nothing'])).stdout).toContain('Usage: aukus [command]');
    for (const command of [
      'overview',
      'status',
      'members',
      'partners',
      'timeline',
      'sources',
      'export',
      'validate',
      'changes',
      'spans',
      'office',
      'completion',
    ]) {
      const { code, stdout } = await cli([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: aukus ${command}`);
    }
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: '9.9.9\n' });
    expect((await cli(['-v'])).stdout).toBe('9.9.9\n');
  });

  it('decides colour from the terminal and NO_COLOR', () => {
    expect(wantsColor(true, {})).toBe(true);
    expect(wantsColor(true, { NO_COLOR: '' })).toBe(false);
    expect(wantsColor(true, { TERM: 'dumb' })).toBe(false);
    expect(wantsColor(false, {})).toBe(false);
    expect(wantsColor(undefined, {})).toBe(false);
  });
});
