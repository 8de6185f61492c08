import { sources } from '../data/sources.js';
import type { Citation } from '../model/citation.js';
import type { Standing } from '../query/standing.js';
import { type Io, paint } from './io.js';

const byId = (id: string) => sources.find((source) => source.id === id);

/** Evidence lines: the source, where it was read, and the quote. @internal */
export function evidence(io: Io, citations: readonly Citation[], indent = '  '): string[] {
  const lines: string[] = [];
  for (const citation of citations) {
    const source = byId(citation.source);
    const label =
      source === undefined
        ? citation.source
        : `${source.title} (${source.publisher}, ${source.published})`;
    lines.push(`${indent}- ${label}${source?.official ? paint(io, 'green', ' [official]') : ''}`);
    if (source !== undefined) lines.push(`${indent}  ${paint(io, 'dim', source.url)}`);
    if (citation.locator !== undefined) lines.push(`${indent}  ${citation.locator}`);
    if (citation.quote !== undefined) {
      const quoted = /^[“"]/.test(citation.quote) ? citation.quote : `“${citation.quote}”`;
      lines.push(`${indent}  ${quoted}`);
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

/** The human rendering of a standing. @internal */
export function describeStanding(io: Io, standing: Standing, countryName: string): string {
  const scope = standing.pillar === undefined ? 'AUKUS' : standing.pillar;
  const lines = [
    paint(io, 'bold', `${countryName} (${standing.country}) — ${scope}, as of ${standing.asOf}`),
    `Status:   ${statusText(io, standing.status, standing.claim)}${
      standing.since === null
        ? ''
        : `, from ${standing.since}${standing.until === undefined ? '' : ` to ${standing.until}`}`
    }${standing.scope !== null && standing.scope !== 'partnership' && standing.pillar === undefined ? ` (on ${standing.scope})` : ''}`,
  ];
  if (standing.note !== undefined) lines.push(`Note:     ${standing.note}`);
  if (standing.citations.length > 0) lines.push('Evidence:', ...evidence(io, standing.citations));
  if (standing.reported.length > 0) {
    lines.push('Reported claims on the same date:');
    for (const claim of standing.reported) {
      lines.push(
        `  • ${paint(io, 'yellow', claim.status)} (${claim.scope}), from ${claim.since}${claim.until === undefined ? '' : ` to ${claim.until}`}`,
      );
      if (claim.note !== undefined) lines.push(`    ${claim.note}`);
      lines.push(...evidence(io, claim.citations, '    '));
    }
  }
  return lines.join('\n');
}
