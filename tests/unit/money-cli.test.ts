import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(
    args,
    {
      out: (text) => {
        stdout += text;
      },
      err: (text) => {
        stderr += text;
      },
      color: false,
      cwd: process.cwd(),
    },
    '9.9.9',
  );
  return { code, stdout, stderr };
}

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
    expect(stdout).toMatch(/2025-02-07 +payment +AU +US submarine industrial base +USD 500m/);
    expect(stdout).toMatch(/2025-07-23 +payment +AU +US submarine industrial base +USD 525m/);
    expect(stdout).toContain('Total paid: USD 1.025bn (currencies are not converted)');
  });

  it('counts the pledges and payments under the US$3bn once', async () => {
    const { stdout } = await cli(['money', '--payer', 'AU', '--recipient', BASE]);
    expect(stdout).toContain('Total committed: USD 3bn');
    expect(stdout).toMatch(/USD 1bn +au-us-submarine-industrial-base-2bn-by-2025/);
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
    const budgets = await cli(['money', '--kind', 'budget']);
    expect(budgets.stdout).toContain('AUD 268bn–368bn');
    expect(budgets.stdout).toContain('Budgets estimate whole programmes, which overlap: no total.');
  });

  it('has a section in the overview, in text and JSON', async () => {
    const text = (await cli([])).stdout;
    expect(text).toContain(
      'Money (pledges and payments by payer, each counted once; not converted)',
    );
    expect(text).toMatch(/AU +AUD [\d.]+bn \+ USD 3bn +USD 1.025bn/);
    const parsed = JSON.parse((await cli(['--json'])).stdout);
    expect(parsed.money.map((m: { payer: string }) => m.payer)).toEqual(['AU', 'GB']);
    expect((await cli(['help', 'money'])).stdout).toContain('Usage: aukus money');
  });
});
