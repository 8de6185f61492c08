import { parseArgs } from 'node:util';
import { countries } from '../data/countries.js';
import type { CountryId, PillarId } from '../data/ids.js';
import { editDistance } from '../internal/suggest.js';
import { getCountry, resolveCountry } from '../query/countries.js';
import { UsageError } from './usage-error.js';

/** An option a command takes. @internal */
export interface OptionSpec {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  readonly short?: string;
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

/** Reads a country given as a code or a name, with a "did you mean" for near misses. @internal */
export function countryArg(text: string | undefined, command: string): CountryId {
  if (text === undefined || text.trim() === '') {
    throw new UsageError(`${command}: missing <country>, e.g. 'aukus ${command} JP'`);
  }
  const found = resolveCountry(text);
  if (found !== undefined && getCountry(found.id as CountryId) !== undefined)
    return found.id as CountryId;
  const names = countries.flatMap((c) => [c.name, ...c.aliases, c.id, c.alpha3]);
  const closest = names
    .map((name) => ({ name, d: editDistance(name.toLowerCase(), text.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  const hint =
    closest !== undefined && closest.d <= 3
      ? `did you mean '${closest.name}'?`
      : `known: ${countries.map((c) => c.id).join(', ')}`;
  throw new UsageError(`unknown country '${text}'; ${hint}`);
}

/** Reads a pillar given as 1, 2, pillar-1 or pillar-2. @internal */
export function pillarArg(text: string | undefined): PillarId | undefined {
  if (text === undefined) return undefined;
  const normalized = text.trim().toLowerCase();
  if (normalized === '1' || normalized === 'pillar-1' || normalized === 'i') return 'pillar-1';
  if (normalized === '2' || normalized === 'pillar-2' || normalized === 'ii') return 'pillar-2';
  throw new UsageError(`unknown pillar '${text}'; accepted: 1, 2, pillar-1, pillar-2`);
}

/** A string option's value, or undefined. @internal */
export function stringOption(
  values: Record<string, string | boolean | undefined>,
  name: string,
): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
