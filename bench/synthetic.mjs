// Deterministic synthetic datasets, valid under parseDataset, for benchmarks at scale: the seed's
// shape with many more countries, each with a long history of non-overlapping spells.

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DAY = 86_400_000;
const START = Date.UTC(1990, 0, 1);

/** A small, seeded pseudo-random generator (mulberry32), so every run builds the same data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const iso = (day) => new Date(START + day * DAY).toISOString().slice(0, 10);

/**
 * The seed scaled by `factor`: about 25 × factor spells over about 5 × √factor countries.
 * ×1000 gives 158 countries with about 158 spells each. `statuses` is the package's
 * PARTICIPATION_STATUSES.
 */
export function syntheticDataset(seed, factor, statuses) {
  const next = random(factor);
  const countryCount = Math.min(26 * 26, Math.round(5 * Math.sqrt(factor)));
  const spellsPerCountry = Math.max(1, Math.round((25 * factor) / countryCount));
  const countries = [];
  const participations = [];
  const source = seed.sources[0].id;
  for (let c = 0; c < countryCount; c += 1) {
    const id = `${LETTERS[Math.floor(c / 26)]}${LETTERS[c % 26]}`;
    countries.push({
      id,
      alpha3: `${id}X`,
      numeric: String(c).padStart(3, '0'),
      name: `Country ${id}`,
      aliases: [],
    });
    // Six lanes (partnership, two pillars × official, reported), each a chain of spells.
    const lanes = [
      [undefined, 'official'],
      [undefined, 'reported'],
      ['pillar-1', 'official'],
      ['pillar-1', 'reported'],
      ['pillar-2', 'official'],
      ['pillar-2', 'reported'],
    ];
    for (let s = 0; s < spellsPerCountry; s += 1) {
      const [pillar, claim] = lanes[s % lanes.length];
      const lane = Math.floor(s / lanes.length);
      const from = lane * 80 + Math.floor(next() * 10);
      const to = from + 10 + Math.floor(next() * 50);
      participations.push({
        id: `${id.toLowerCase()}-${s}`,
        country: id,
        ...(pillar === undefined ? {} : { pillar }),
        status: statuses[Math.floor(next() * statuses.length)],
        claim,
        from: iso(from),
        to: iso(to),
        citations: [{ source }],
      });
    }
  }
  return {
    ...seed,
    // The seed's snapshot stays: every synthetic spell ends long before it.
    countries,
    participations,
    events: [],
    // Commitments name seed countries, which the synthetic data replaces.
    commitments: [],
    statements: [],
    tenures: [],
    people: [],
    projects: seed.projects.map((p) => ({ ...p, participants: [] })),
    partnerships: seed.partnerships.map((p) => ({ ...p, members: [] })),
  };
}
