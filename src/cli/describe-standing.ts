import type { Citation } from '../model/citation.js';
import type { Source } from '../model/source.js';
import type { Standing } from '../query/standing.js';
import { type Io, paint } from './io.js';
import { cutLine, wrapLine } from './wrap.js';

const LABEL = 10;
const label = (name: string) => `${name}:`.padEnd(LABEL);

/** Evidence lines: the source, where it was read, and the quote. @internal */
export function evidence(
  io: Io,
  citations: readonly Citation[],
  indent = '  ',
  sources: readonly Source[] = [],
): string[] {
  const lines: string[] = [];
  const wrap = (text: string, hang: number) => wrapLine(text, io.width, hang);
  const inner = indent.length + 2;
  for (const citation of citations) {
    const source = sources.find((s) => s.id === citation.source);
    const title =
      source === undefined
        ? citation.source
        : `${source.title} (${source.publisher}, ${source.published})`;
    lines.push(
      ...wrap(`${indent}- ${title}${source?.official ? ' [official]' : ''}`, inner).map((line) =>
        line.replace(' [official]', paint(io, 'green', ' [official]')),
      ),
    );
    if (source !== undefined) lines.push(`${' '.repeat(inner)}${paint(io, 'dim', source.url)}`);
    if (citation.locator !== undefined) {
      lines.push(...wrap(`${' '.repeat(inner)}${citation.locator}`, inner));
    }
    if (citation.quote !== undefined) {
      const quoted = /^["\u201c]/.test(citation.quote) ? citation.quote : `“${citation.quote}”`;
      lines.push(...wrap(`${' '.repeat(inner)}${quoted}`, inner + 1));
    }
  }
  return lines;
}

/** A status with its claim, coloured by strength. @internal */
export function statusText(io: Io, status: string | null, claim: string | null): string {
  if (status === null) return paint(io, 'dim', 'nothing known');
  const style = status === 'member' ? 'green' : status === 'ruled-out' ? 'red' : 'yellow';
  return `${paint(io, style, status)} (${String(claim)})`;
}

function statusLine(io: Io, standing: Standing<string, string>): string[] {
  const dates =
    standing.since === null
      ? ''
      : `, from ${standing.since}${standing.until === undefined ? '' : ` to ${standing.until}`}`;
  const scope =
    standing.scope !== null && standing.scope !== 'partnership' && standing.pillar === undefined
      ? ` (on ${standing.scope})`
      : '';
  return wrapLine(
    `${label('Status')}${statusText(io, standing.status, standing.claim)}${dates}${scope}`,
    io.width,
    LABEL,
  );
}

/**
 * Each scope's own decision, when a standing combines several: an exclusion on one pillar is
 * never hidden by a stronger standing on another.
 */
function scopesLine(io: Io, standing: Standing<string, string>): string[] {
  if (standing.scopes.length < 2) return [];
  const each = standing.scopes.map(
    (s) => `${s.scope} ${s.status}${s.claim === 'reported' ? ' (reported)' : ''}`,
  );
  return wrapLine(`${label('Scopes')}${each.join('; ')}`, io.width, LABEL);
}

/**
 * The citation that best stands for a standing: one published by the date asked about, then
 * official, then quoted.
 */
function strongest(citations: readonly Citation[], sources: readonly Source[], asOf: string) {
  const rank = (c: Citation) => {
    const source = sources.find((s) => s.id === c.source);
    return (
      (source !== undefined && source.published <= asOf ? 4 : 0) +
      (source?.official === true ? 2 : 0) +
      (c.quote === undefined ? 0 : 1)
    );
  };
  return [...citations].sort((a, b) => rank(b) - rank(a))[0];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The short answer: the standing with its scope, claim and dates, the strongest source with its
 * quote on one line, and a count of the rest of the evidence.
 *
 * @internal
 */
export function describeStandingBriefly(
  io: Io,
  standing: Standing<string, string>,
  sources: readonly Source[],
): string[] {
  const lines = statusLine(io, standing);
  const room = io.width === undefined ? undefined : io.width - LABEL;
  const one = (text: string) => cutLine(text, room);
  lines.push(...scopesLine(io, standing));
  const best = strongest(standing.citations, sources, standing.asOf);
  if (best !== undefined) {
    const source = sources.find((s) => s.id === best.source);
    const official = source?.official === true ? ' [official]' : '';
    const title =
      source === undefined
        ? best.source
        : `${source.title} (${source.publisher}, ${source.published})`;
    const cut = one(`${title}${official}`);
    lines.push(
      `${label('Source')}${cut.replace(' [official]', paint(io, 'green', ' [official]'))}`,
    );
    if (source !== undefined) lines.push(`${' '.repeat(LABEL)}${paint(io, 'dim', source.url)}`);
    if (best.quote !== undefined) {
      const quoted = /^["\u201c]/.test(best.quote) ? best.quote : `“${best.quote}”`;
      lines.push(`${' '.repeat(LABEL)}${one(quoted)}`);
    }
  }
  const others = new Set([
    ...standing.citations.map((c) => c.source),
    ...standing.reported.flatMap((r) => r.citations.map((c) => c.source)),
  ]);
  if (best !== undefined) others.delete(best.source);
  const more = [
    standing.note === undefined ? undefined : 'a note',
    others.size > 0 ? `${plural(others.size, 'more source')}` : undefined,
    standing.reported.length > 0 ? plural(standing.reported.length, 'reported claim') : undefined,
  ].filter((part) => part !== undefined);
  if (more.length > 0) lines.push(`${label('More')}${more.join(', ')}: --evidence`);
  return lines;
}

/** Everything: the standing, every source with its quote, and the reported claims beside it. @internal */
export function describeStanding(
  io: Io,
  standing: Standing<string, string>,
  sources: readonly Source[],
): string[] {
  const lines = [...statusLine(io, standing), ...scopesLine(io, standing)];
  if (standing.note !== undefined) {
    lines.push(...wrapLine(`${label('Note')}${standing.note}`, io.width, LABEL));
  }
  if (standing.citations.length > 0) {
    lines.push('Evidence:', ...evidence(io, standing.citations, '  ', sources));
  }
  if (standing.reported.length > 0) {
    lines.push('Reported claims on the same date:');
    for (const claim of standing.reported) {
      lines.push(
        ...wrapLine(
          `  • ${paint(io, 'yellow', claim.status)} (${claim.scope}), from ${claim.since}${claim.until === undefined ? '' : ` to ${claim.until}`}`,
          io.width,
          4,
        ),
      );
      if (claim.note !== undefined) lines.push(...wrapLine(`    ${claim.note}`, io.width, 4));
      lines.push(...evidence(io, claim.citations, '    ', sources));
    }
  }
  return lines;
}
