import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  dataset,
  meta,
  officeHolder,
  statusOf,
  statusSpans,
  toGexf,
} from '../../src/index.js';
import { cli } from './run-cli.js';

/** A usage error: exit 2, nothing on stdout, one line on stderr with a hint. */
async function refused(args: string[], hint: RegExp) {
  const { code, stdout, stderr } = await cli(args);
  expect({ code, stdout }, args.join(' ')).toEqual({ code: 2, stdout: '' });
  expect(stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
  expect(stderr, args.join(' ')).toMatch(hint);
}

describe('aukus changes', () => {
  it('lists changesBetween, filtered by country and pillar', async () => {
    const { code, stdout } = await cli([
      'changes',
      '--from',
      '2024-01-01',
      '--to',
      '2024-12-31',
      '--country',
      'Canada',
      '--pillar',
      '2',
    ]);
    expect(code).toBe(0);
    const expected = changesBetween('2024-01-01', '2024-12-31', {
      country: 'CA',
      pillar: 'pillar-2',
    });
    expect(expected.length).toBeGreaterThan(0);
    const rows = stdout.split('\n').filter((line) => /^ {2}\d{4}-\d{2}-\d{2} /.test(line));
    expect(rows.map((line) => line.trim().split(/\s+/).slice(0, 3))).toEqual(
      expected.map((c) => [c.date, c.country, c.scope]),
    );
    const json = JSON.parse(
      (await cli(['changes', '--from', '2024-01-01', '--to', '2024-12-31', '--json'])).stdout,
    );
    expect(json).toEqual(JSON.parse(JSON.stringify(changesBetween('2024-01-01', '2024-12-31'))));
  });

  it('defaults --to to the snapshot and says when nothing changed', async () => {
    const all = JSON.parse((await cli(['changes', '--from', '2021-01-01', '--json'])).stdout);
    expect(all).toHaveLength(changesBetween('2021-01-01', meta.snapshotDate).length);
    expect((await cli(['changes', '--from', meta.snapshotDate])).stdout).toContain(
      'No changes in that range.',
    );
  });

  it('refuses bad input in one line with a hint', async () => {
    await refused(['changes'], /missing --from, e\.g\. 'aukus changes --from/);
    await refused(['changes', '--from', '2024-13-01'], /not a real calendar date/);
    await refused(['changes', '--from', '2024-06-01', '--to', '2024-01-01'], /swap them/);
    await refused(['changes', '--from', '2024-01-01', '--pillar', '3'], /accepted: 1, 2/);
    await refused(['changes', '--from', '2024-01-01', '--country', 'Japn'], /did you mean/);
    await refused(['changes', '--since', '2024-01-01'], /accepted: .*--from/);
  });
});

describe('aukus office', () => {
  it('answers officeHolder with the evidence, for every role name', async () => {
    const { code, stdout } = await cli(['office', 'UK', 'pm', '--as-of', '2022-09-10']);
    expect(code).toBe(0);
    const holder = officeHolder('GB', 'head-of-government', { asOf: '2022-09-10' });
    expect(holder).toBeDefined();
    expect(stdout.split('\n')[1]).toContain(holder?.name);
    expect(stdout).toContain('Evidence:');
    for (const [role, office] of [
      ['head-of-government', 'head-of-government'],
      ['head-of-state', 'head-of-state'],
      ['defence', 'defence-minister'],
      ['defence-minister', 'defence-minister'],
    ] as const) {
      const json = JSON.parse((await cli(['office', 'AU', role, '--json'])).stdout);
      expect(json).toEqual(JSON.parse(JSON.stringify(officeHolder('AU', office) ?? null)));
    }
  });

  it('says "not recorded" when the data has no holder, never a blank', async () => {
    // Before the data's first tenure nobody is recorded.
    const { code, stdout } = await cli(['office', 'JP', 'pm', '--as-of', '2000-01-01']);
    expect(officeHolder('JP', 'head-of-government', { asOf: '2000-01-01' })).toBeUndefined();
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nNot recorded: the data has no head of government of Japan \(JP\)/);
    expect((await cli(['office', 'JP', 'pm', '--as-of', '2000-01-01', '--json'])).stdout).toBe(
      'null\n',
    );
  });

  it('refuses bad input in one line with a hint', async () => {
    await refused(['office'], /missing <country>/);
    await refused(['office', 'GB'], /missing <role>, e\.g\. 'aukus office GB pm'/);
    await refused(['office', 'GB', 'king'], /unknown role 'king'; accepted: pm,/);
    await refused(['office', 'Atlantis', 'pm'], /unknown country 'Atlantis'/);
    await refused(['office', 'GB', 'pm', '--as-of', '2030-01-01'], /after the dataset's snapshot/);
    await refused(['office', 'GB', 'pm', 'extra'], /unexpected argument 'extra'/);
  });
});

describe('aukus spans', () => {
  it('draws one row per country and scope, one character a month', async () => {
    const { code, stdout } = await cli(['spans']);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((line) => /^[A-Z ]{2} {2}(whole|pillar-\d) /.test(line));
    expect(rows.length).toBeGreaterThanOrEqual(3 * 3);
    const cells = rows.map((line) => line.slice(14));
    expect(new Set(cells.map((c) => c.length)).size).toBe(1);
    // The members are members every month; the last character is the snapshot.
    expect(cells[0]).toMatch(/^M+$/);
    const jp = stdout.split('\n').findIndex((line) => line.startsWith('JP'));
    const jp2 = stdout.split('\n')[jp + 2] ?? '';
    expect(jp2).toMatch(/^ {4}pillar-2 /);
    const last = statusOf('JP', { pillar: 'pillar-2' });
    expect(jp2.at(-1)).toBe(last.claim === 'reported' ? 'c' : 'C');
  });

  it('filters by country and pillar, and prints the spans as JSON', async () => {
    const { stdout } = await cli(['spans', '--country', 'JP', '--pillar', '2']);
    expect(
      stdout.split('\n').filter((line) => /^(JP| {2}) {2}\S+ +[·A-Za-z]+$/.test(line)),
    ).toEqual([expect.stringMatching(/^JP {2}pillar-2 /)]);
    const json = JSON.parse((await cli(['spans', '--country', 'JP', '--json'])).stdout);
    expect(Object.keys(json)).toEqual(['whole', 'pillar-1', 'pillar-2']);
    expect(json['pillar-2']).toEqual(
      JSON.parse(JSON.stringify(statusSpans({ country: 'JP', pillar: 'pillar-2' }))),
    );
    const one = JSON.parse((await cli(['spans', '--pillar', '1', '--json'])).stdout);
    expect(one).toEqual(JSON.parse(JSON.stringify(statusSpans({ pillar: 'pillar-1' }))));
  });

  it('refuses bad input in one line with a hint', async () => {
    await refused(['spans', '--pillar', 'three'], /unknown pillar 'three'; accepted/);
    await refused(['spans', '--country', 'Japn'], /did you mean 'Japan'/);
    await refused(['spans', 'JP'], /unexpected argument 'JP'/);
  });
});

describe('--known-at', () => {
  it('answers with only what was public that day, and says so on the first line', async () => {
    const { stdout } = await cli([
      'status',
      'JP',
      '--as-of',
      '2024-04-09',
      '--known-at',
      '2024-04-09',
      '--json',
    ]);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(JSON.stringify(statusOf('JP', { asOf: '2024-04-09', knownAt: '2024-04-09' }))),
    );
    for (const args of [
      ['status', 'JP', '--as-of', '2024-04-09'],
      ['members'],
      ['partners', '--pillar', '2'],
      ['changes', '--from', '2024-01-01'],
      ['spans'],
      ['timeline'],
      ['overview'],
    ]) {
      const { code, stdout: text } = await cli([...args, '--known-at', '2024-06-01']);
      expect(code, args.join(' ')).toBe(0);
      expect(text.split('\n')[0], args.join(' ')).toContain('known at 2024-06-01');
    }
  });

  it('names the flags when the dates disagree', async () => {
    await refused(
      ['status', 'JP', '--as-of', '2024-04-09', '--known-at', '2024-04-01'],
      /--as-of 2024-04-09 is after --known-at 2024-04-01/,
    );
    await refused(['members', '--known-at', 'later'], /--known-at/);
  });
});

describe('--data FILE', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'aukus-data-'));
  const extended = {
    ...dataset,
    countries: [
      ...dataset.countries,
      { id: 'FR', alpha3: 'FRA', numeric: '250', name: 'France', aliases: [] },
    ],
    participations: [
      ...dataset.participations,
      {
        id: 'fr-pillar-2-floated-2025',
        country: 'FR',
        pillar: 'pillar-2',
        status: 'floated',
        claim: 'reported',
        from: '2025-03-02',
        citations: [{ source: dataset.sources[0]?.id ?? '' }],
      },
    ],
  };
  await writeFile(join(dir, 'mine.json'), JSON.stringify(extended));
  const bad = structuredClone(dataset) as unknown as { events: { date: string }[] };
  if (bad.events[0] !== undefined) bad.events[0].date = '2024-02-30';
  await writeFile(join(dir, 'bad.json'), JSON.stringify(bad));
  await writeFile(join(dir, 'broken.json'), '{ nope');

  it('answers every query command from your own dataset', async () => {
    const status = await cli(
      ['status', 'France', '--as-of', '2025-06-01', '--pillar', '2', '--data', 'mine.json'],
      { cwd: dir },
    );
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('Status:   floated (reported), from 2025-03-02');
    expect(status.stdout.split('\n')[0]).toContain('data mine.json');
    const partners = JSON.parse(
      (
        await cli(
          ['partners', '--pillar', '2', '--min-status', 'floated', '--json', '--data', 'mine.json'],
          { cwd: dir },
        )
      ).stdout,
    );
    expect(partners.map((p: { country: string }) => p.country)).toContain('FR');
    for (const args of [
      ['overview'],
      ['members'],
      ['changes', '--from', '2025-01-01', '--country', 'FR'],
      ['spans', '--country', 'FR'],
      ['office', 'GB', 'pm'],
      ['timeline'],
      ['sources'],
      ['export', '--format', 'dot'],
    ]) {
      const { code, stderr } = await cli([...args, '--data', 'mine.json'], { cwd: dir });
      expect([code, stderr], args.join(' ')).toEqual([0, '']);
    }
    expect(
      (await cli(['spans', '--country', 'FR', '--data', 'mine.json'], { cwd: dir })).stdout,
    ).toMatch(/^ {4}pillar-2 +f+$/m);
    expect((await cli(['status', 'FR'])).code).toBe(2);
  });

  it('reports an invalid file as validate does, on stderr, and exits 1', async () => {
    const validate = await cli(['validate', 'bad.json'], { cwd: dir });
    const status = await cli(['status', 'JP', '--data', 'bad.json', '--json'], { cwd: dir });
    expect(status.code).toBe(1);
    expect(status.stdout).toBe('');
    expect(status.stderr).toBe(validate.stdout);
    const broken = await cli(['members', '--data', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^broken\.json: not valid JSON/);
  });

  it('is a usage error when the file cannot be read', async () => {
    const { code, stderr } = await cli(['members', '--data', 'missing.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('aukus: cannot read missing.json: no such file\n');
  });
});

describe('aukus export draws what you ask', () => {
  it('takes --as-of and --min-status for dot and mermaid', async () => {
    const plain = (await cli(['export', '--format', 'dot'])).stdout;
    const wider = (
      await cli([
        'export',
        '--format',
        'dot',
        '--min-status',
        'consultation',
        '--as-of',
        '2024-10-01',
      ])
    ).stdout;
    expect(plain).not.toContain('country:JP');
    expect(wider).toContain('"country:JP"');
    expect(wider).toContain('AUKUS as of 2024-10-01');
    const mermaid = (await cli(['export', '--format', 'mermaid', '--min-status', 'floated']))
      .stdout;
    expect(mermaid).toContain('country_IN');
    expect((await cli(['export', '--format', 'DOT'])).stdout).toMatch(/^digraph/);
  });

  it('takes --known-at for gexf', async () => {
    const { code, stdout } = await cli(['export', '--format', 'gexf', '--known-at', '2024-06-01']);
    expect(code).toBe(0);
    expect(stdout).toBe(toGexf({ knownAt: '2024-06-01' }));
    expect(stdout).not.toBe((await cli(['export', '--format', 'gexf'])).stdout);
  });

  it('says plainly when a flag means nothing for a format', async () => {
    for (const format of ['json', 'csv', 'datapackage']) {
      await refused(
        ['export', '--format', format, '--as-of', '2024-01-01'],
        new RegExp(
          `--as-of does not apply to --format ${format}, which holds .*; it applies to dot`,
        ),
      );
    }
    await refused(
      ['export', '--format', 'gexf', '--as-of', '2024-01-01'],
      /--as-of does not apply to --format gexf, which holds every standing over time/,
    );
    await refused(
      ['export', '--format', 'dot', '--known-at', '2024-01-01'],
      /--known-at does not apply to --format dot.*; it applies to gexf/,
    );
    await refused(
      ['export', '--format', 'csv', '--min-status', 'floated'],
      /--min-status does not apply/,
    );
    await refused(
      ['export', '--format', 'dot', '--min-status', 'ally'],
      /unknown --min-status "ally"/,
    );
  });
});

describe('aukus completion', () => {
  it('writes a bash script that completes commands, flags, countries and pillars', async () => {
    const { code, stdout } = await cli(['completion', 'bash']);
    expect(code).toBe(0);
    const complete = (...words: string[]) => {
      const script = `${stdout}\nCOMP_WORDS=(aukus ${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length}; _aukus; echo "\${COMPREPLY[*]}"`;
      return spawnSync('bash', ['-c', script], { encoding: 'utf8' }).stdout.trim().split(' ');
    };
    expect(complete('sta')).toEqual(['status']);
    expect(complete('ch')).toEqual(['changes']);
    expect(complete('status', '')).toEqual(dataset.countries.map((c) => c.id));
    expect(complete('status', 'JP', '--e')).toEqual(['--evidence']);
    expect(complete('partners', '--pillar', '')).toEqual(['1', 'pillar-1', '2', 'pillar-2']);
    expect(complete('changes', '--country', 'N')).toEqual(['NZ']);
    expect(complete('office', 'GB', 'head')).toEqual(['head-of-government', 'head-of-state']);
    expect(complete('export', '--format', 'm')).toEqual(['mermaid']);
    expect(complete('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(complete('timeline', '--kind', 'st')).toEqual(['statement']);
    expect(complete('money', '--kind', 'p')).toEqual(['pledge', 'payment']);
    expect(complete('status', '--as-of', '')).toEqual(['']);
  });

  it('writes zsh and fish scripts naming the same commands and flags', async () => {
    const zsh = (await cli(['completion', 'zsh'])).stdout;
    const fish = (await cli(['completion', 'fish'])).stdout;
    expect(zsh).toMatch(/^#compdef aukus/);
    expect(zsh).toContain('compdef _aukus aukus');
    for (const word of ['changes', 'office', 'spans', 'evidence', 'data', 'pillar-2', 'NZ']) {
      expect(zsh).toContain(word);
      expect(fish).toContain(word);
    }
    expect(zsh).toContain('--evidence');
    expect(fish).toContain('-l data -r -F');
    expect(fish).toContain("complete -c aukus -n '__fish_seen_subcommand_from status' -l as-of");
  });

  it('refuses an unknown shell in one line with a hint', async () => {
    await refused(['completion'], /missing <shell>; accepted: bash, zsh, fish/);
    await refused(['completion', 'tcsh'], /unknown shell 'tcsh'/);
    await refused(['completion', 'bash', '--json'], /--json does not apply/);
  });
});
