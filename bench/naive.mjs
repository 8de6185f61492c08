// The same decision rules as statusOf (scope before claim), by a linear scan over every spell:
// the baseline that the indexed helpers are measured against.
const LADDER = ['member', 'partner', 'consultation', 'interest-expressed', 'floated'];
const strength = (status) => (LADDER.includes(status) ? LADDER.indexOf(status) : LADDER.length);

function covers(spell, date, snapshot) {
  return spell.from <= date && (spell.to ?? snapshot) >= date;
}

/** Linear-scan status: full-date datasets only (synthetic data has no partial dates). */
export function naiveStatus(dataset, country, date, pillar) {
  const snapshot = dataset.meta.snapshotDate;
  // Within each scope ('' for the partnership as a whole), official claims decide.
  const byScope = new Map();
  for (const spell of dataset.participations) {
    if (spell.country !== country || !covers(spell, date, snapshot)) continue;
    if (pillar !== undefined && spell.pillar !== undefined && spell.pillar !== pillar) continue;
    const scope = spell.pillar ?? '';
    const held = byScope.get(scope);
    if (held === undefined || (held.claim === 'reported' && spell.claim === 'official')) {
      byScope.set(scope, spell);
    }
  }
  if (pillar !== undefined) return byScope.get(pillar) ?? byScope.get('');
  // Across scopes: the strongest status, official before reported, the partnership first.
  let best;
  for (const scope of [...byScope.keys()].sort()) {
    const c = byScope.get(scope);
    if (
      best === undefined ||
      strength(c.status) < strength(best.status) ||
      (strength(c.status) === strength(best.status) &&
        c.claim === 'official' &&
        best.claim === 'reported')
    ) {
      best = c;
    }
  }
  return best;
}

export function naiveIsMember(dataset, country, date, pillar) {
  return naiveStatus(dataset, country, date, pillar)?.status === 'member';
}
