import type { Amount } from '../model/commitment.js';

/** `500m`, `4.6bn`: short, exact for the figures sources give, never rounded past them. */
function short(value: number): string {
  if (value >= 1e9 && Number.isInteger(value / 1e6)) return `${value / 1e9}bn`;
  if (value >= 1e6 && Number.isInteger(value / 1e4)) return `${value / 1e6}m`;
  return value.toLocaleString('en-US');
}

/** An amount in its own currency: `USD 500m`, `AUD 268bn–368bn`, `AUD 4.6bn or more`. @internal */
export function formatAmount(amount: Amount): string {
  const { currency, value, low, high } = amount;
  if (low !== undefined && high !== undefined) return `${currency} ${short(low)}–${short(high)}`;
  if (low !== undefined) return `${currency} ${short(value)} or more`;
  if (high !== undefined) return `up to ${currency} ${short(value)}`;
  return `${currency} ${short(value)}`;
}
