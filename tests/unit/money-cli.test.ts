import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/index.js';
import { cli } from './run-cli.js';

const BASE = 'US submarine industrial base';

describe('aukus money', () => {
  it('lists the payments to the US industrial base with their total', async () => {
    const { code, stdout, stderr } = await cli([
      'money',
      '--payer',
      'Australia',
      '--recipient',
      BASE,
      '--kind',
      'payment',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(
      /#1 +2025-02-07 +payment +USD 500m +au-us-submarine-industrial-base-2bn/,
    );
    expect(stdout).toMatch(/#2 +2025-07-23 +payment +USD 525m/);
    expect(stdout).toContain('Total paid: USD 1.025bn (currencies are not converted)');
  });

  it('counts the pledges and payments under the US$3bn once, pointing each to its row', async () => {
    const { stdout } = await cli(['money', '--payer', 'AU', '--recipient', BASE]);
    expect(stdout).toContain('Total committed: USD 3bn');
    expect(stdout).toMatch(/#3 +2025-07-23 +pledge +USD 2bn +#2\n/);
    expect(stdout).toMatch(/#5 +2025-12-08 +pledge +USD 1bn +#3\n/);
  });

  it('shows what was known on a day and prints JSON with the quotes', async () => {
    const { stdout } = await cli(['money', '--payer', 'AU', '--as-of', '2025-02-08', '--json']);
    const parsed = JSON.parse(stdout);
    // Known by then: the Rolls-Royce pledge (2024) and the first payment, before the US$3bn.
    expect(parsed.totals).toEqual([
      { currency: 'AUD', value: 4.6e9, counted: ['au-rolls-royce-derby-2024'] },
      {
        currency: 'USD',
        value: 500e6,
        counted: ['au-us-submarine-industrial-base-payment-2025-02'],
      },
    ]);
    expect(parsed.commitments[0].citations[0].quote).toContain('A$268 billion to A$368 billion');
  });

  it('lists budgets without a total', async () => {
    const { stdout } = await cli(['money', '--kind', 'budget']);
    expect(stdout).toContain('AUD 268bn–368bn');
    expect(stdout).toContain('Budgets estimate whole programmes, which overlap: no total.');
  });

  it('answers from your own data with --data', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'aukus-money-'));
    const file = join(folder, 'data.json');
    const mine = dataset.commitments.filter((c) => c.payer === 'GB');
    await writeFile(file, JSON.stringify({ ...dataset, commitments: mine }));
    const { code, stdout } = await cli(['money', '--data', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('Total committed: GBP 6.15bn');
    expect(stdout).not.toContain('AUD');
  });

  it('fails in one line with a hint for a bad flag value', async () => {
    expect(await cli(['money', '--kind', 'grant'])).toMatchObject({
      code: 2,
      stderr: "aukus: unknown --kind \"grant\"; accepted: 'pledge', 'payment', 'budget'\n",
    });
    expect((await cli(['money', '--recipient', 'us submarine industrial base'])).stderr).toBe(
      `aukus: unknown recipient "us submarine industrial base"; did you mean '${BASE}'?\n`,
    );
    expect((await cli(['money', '--as-of', '2031-01-01'])).stderr).toMatch(
      /^aukus: --as-of 2031-01-01 is after the dataset's snapshot/,
    );
    expect((await cli(['money', '--payer', 'Atlantis'])).code).toBe(2);
  });

  it('has a section in the overview, in text and JSON', async () => {
    const text = (await cli([])).stdout;
    expect(text).toContain(
      'Money (pledges and payments by payer, each counted once; not converted)',
    );
    expect(text).toMatch(/AU +AUD 20\.5bn \+ USD 3bn +USD 1\.025bn/);
    const parsed = JSON.parse((await cli(['--json'])).stdout);
    expect(parsed.money.map((m: { payer: string }) => m.payer)).toEqual(['AU', 'GB']);
    // --known-at: only what the sources showed by then.
    const early = JSON.parse((await cli(['--json', '--known-at', '2024-12-31'])).stdout);
    expect(early.money).toEqual([
      {
        payer: 'AU',
        committed: [{ currency: 'AUD', value: 4.6e9, counted: ['au-rolls-royce-derby-2024'] }],
        paid: [],
      },
    ]);
    expect((await cli(['help', 'money'])).stdout).toContain('Usage: aukus money');
  });
});
