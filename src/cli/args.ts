import { parseArgs } from 'node:util';
import { countries as seedCountries } from '../data/countries.js';
import { editDistance } from '../internal/suggest.js';
import type { Country } from '../model/country.js';
import { resolveCountryIn } from '../query/countries.js';
import { UsageError } from './usage-error.js';

/** An option a command takes. @internal */
export interface OptionSpec {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** What the value is, for shell completion. */
  readonly value?: 'country' | 'pillar' | 'date' | 'file' | 'path' | readonly string[];
}

/** Options every command takes. @internal */
export const COMMON: readonly OptionSpec[] = [
  { name: 'help', type: 'boolean', short: 'h' },
  { name: 'json', type: 'boolean' },
];

/**
 * Parses a command's arguments strictly; an unknown flag or a missing value is a usage error
 * naming it and the flags the command accepts.
 *
 * @internal
 */
export function parse(
  command: string,
  args: readonly string[],
  specs: readonly OptionSpec[],
  maxPositionals: number,
): { values: Record<string, string | boolean | undefined>; positionals: string[]; json: boolean } {
  const all = [...COMMON, ...specs];
  const options = Object.fromEntries(
    all.map((spec) => [
      spec.name,
      { type: spec.type, ...(spec.short ? { short: spec.short } : {}) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const accepted = all.map((spec) => `--${spec.name}`).join(', ');
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
    if (message.includes('Unknown option') && flag !== undefined) {
      const bare = flag.replace(/^-+/, '').replace(/-/g, '').toLowerCase();
      const near = all.find((spec) => spec.name.replace(/-/g, '') === bare);
      throw new UsageError(
        `${command}: unknown option ${flag}; ${near ? `did you mean --${near.name}?` : `accepted: ${accepted}`}`,
      );
    }
    if (flag !== undefined && message.includes('argument missing')) {
      throw new UsageError(`${command}: option ${flag} needs a value`);
    }
    throw new UsageError(`${command}: ${message.replace(/\.$/, '')}; accepted: ${accepted}`);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(
      `${command}: unexpected argument '${parsed.positionals[maxPositionals]}'; see 'aukus ${command} --help'`,
    );
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  return { values, positionals: parsed.positionals, json: values['json'] === true };
}

/**
 * Reads a country given as a code or a name, in the dataset queried, with a "did you mean" for
 * near misses.
 *
 * @internal
 */
export function countryArg(
  text: string | undefined,
  command: string,
  countries: readonly Country[] = seedCountries,
): string {
  if (text === undefined || text.trim() === '') {
    throw new UsageError(`${command}: missing <country>, e.g. 'aukus ${command} JP'`);
  }
  const found = resolveCountryIn(countries, text);
  if (found !== undefined) return found.id;
  const names = countries.flatMap((c) => [c.name, ...c.aliases, c.id, c.alpha3]);
  const closest = names
    .map((name) => ({ name, d: editDistance(name.toLowerCase(), text.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  const hint =
    closest !== undefined && closest.d <= Math.max(1, Math.floor(text.length / 3))
      ? `did you mean '${closest.name}'?`
      : `known: ${countries.map((c) => c.id).join(', ')}`;
  throw new UsageError(`unknown country '${text}'; ${hint}`);
}

const ROMAN: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4' };

/**
 * Reads a pillar given as a number, a roman numeral or an id (1, II, pillar-2), among the pillars
 * of the dataset queried.
 *
 * @internal
 */
export function pillarArg(
  text: string | undefined,
  pillars: readonly { readonly id: string }[] = [{ id: 'pillar-1' }, { id: 'pillar-2' }],
): string | undefined {
  if (text === undefined) return undefined;
  const normalized = text.trim().toLowerCase();
  const id = /^\d+$/.test(normalized)
    ? `pillar-${normalized}`
    : ROMAN[normalized] !== undefined
      ? `pillar-${ROMAN[normalized]}`
      : normalized;
  const found = pillars.find((p) => p.id.toLowerCase() === id);
  if (found !== undefined) return found.id;
  const numbers = pillars.map((p) => p.id.replace(/^pillar-/, ''));
  throw new UsageError(
    `unknown pillar '${text}'; accepted: ${[...numbers, ...pillars.map((p) => p.id)].join(', ')}`,
  );
}

/** A string option's value, or undefined. @internal */
export function stringOption(
  values: Record<string, string | boolean | undefined>,
  name: string,
): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
