// The same decision rules as statusOf, by a linear scan over every spell: the baseline that
// the indexed helpers are measured against.
const LADDER = ['member', 'partner', 'consultation', 'interest-expressed', 'floated'];
const strength = (status) => (LADDER.includes(status) ? LADDER.indexOf(status) : LADDER.length);

function covers(spell, date, snapshot) {
  return spell.from <= date && (spell.to ?? snapshot) >= date;
}

function pick(candidates, pillar) {
  let best;
  for (const c of candidates) {
    if (best === undefined) best = c;
    else {
      const a = pillar !== undefined && c.pillar === pillar;
      const b = pillar !== undefined && best.pillar === pillar;
      if (a !== b ? a : strength(c.status) < strength(best.status)) best = c;
    }
  }
  return best;
}

/** Linear-scan status: full-date datasets only (synthetic data has no partial dates). */
export function naiveStatus(dataset, country, date, pillar) {
  const snapshot = dataset.meta.snapshotDate;
  const official = [];
  const reported = [];
  for (const spell of dataset.participations) {
    if (spell.country !== country || !covers(spell, date, snapshot)) continue;
    if (pillar !== undefined && spell.pillar !== undefined && spell.pillar !== pillar) continue;
    (spell.claim === 'official' ? official : reported).push(spell);
  }
  return pick(official, pillar) ?? pick(reported, pillar);
}

export function naiveIsMember(dataset, country, date, pillar) {
  return naiveStatus(dataset, country, date, pillar)?.status === 'member';
}
