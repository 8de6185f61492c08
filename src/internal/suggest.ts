/**
 * Levenshtein distance between two strings (one row of the table at a time).
 *
 * @internal
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];

/** `pillar-two` → `pillar-2`: people spell out numbers that ids write as digits. */
function spellDigits(text: string): string {
  return text.replace(
    /(?<![a-z])(zero|one|two|three|four|five|six|seven|eight|nine)(?![a-z])/g,
    (word) => String(NUMBER_WORDS.indexOf(word)),
  );
}

/**
 * The candidate a person most likely meant by `text`: the same word in another case or with its
 * numbers spelt out, or the
 * nearest by edit distance when it is close enough (a third of the word's length, at least 1) to
 * be a typo rather than a different word. `undefined` when nothing is close, or when two
 * candidates are equally close.
 *
 * @internal
 */
export function closest(text: string, candidates: Iterable<string>): string | undefined {
  const lower = spellDigits(text.toLowerCase());
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const candidate of candidates) {
    if (candidate === text) continue;
    const d = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance) {
      tied = true;
    }
  }
  // Two equally near candidates (pillar-3 for pillar-1 or pillar-2) is a guess, not a hint.
  return !tied && bestDistance <= Math.max(1, Math.floor(text.length / 3)) ? best : undefined;
}
