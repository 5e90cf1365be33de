/**
 * "Did you mean …?" suggestions for misspelt keys and values: the closest known word by
 * Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
 * adjacent letters), compared case-insensitively.
 */

/**
 * Optimal-string-alignment distance between `a` and `b`: the least number of single-letter
 * insertions, deletions, substitutions and adjacent transpositions turning one into the other.
 * O(|a|·|b|) time, O(|b|) memory (three rolling rows).
 *
 * @see https://en.wikipedia.org/wiki/Damerau%E2%80%93Levenshtein_distance#Optimal_string_alignment_distance
 * @example
 * editDistance('pickres', 'pickers'); // 1 (one swap)
 * editDistance('horizn', 'horizon');  // 1 (one insertion)
 */
export function editDistance(a: string, b: string): number {
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/**
 * Largest distance still worth suggesting for a word of this length: 1 for words of up to
 * four letters (so "ES" does not suggest "PL"), else 2.
 */
function maxDistance(length: number): number {
  return length <= 4 ? 1 : 2;
}

/**
 * The known word closest to `word`, or undefined when none is close enough
 * (distance ≤ 1 for words of ≤ 4 letters, else ≤ 2; ties go to the earlier candidate).
 * Failing that, the one candidate that `word` abbreviates (a prefix of 3+ letters:
 * `expo` → `exponential`). Comparison ignores case, so `fillrate` suggests `fillRate`.
 * O(candidates × |word| × |candidate|).
 *
 * @example
 * suggest('pickres', ['id', 'pickers', 'pickTime']); // 'pickers'
 * suggest('expo', ['exponential', 'normal']);        // 'exponential'
 * suggest('zzz', ['id', 'pickers']);                 // undefined
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  return closest(word, list) ?? abbreviated(word, list);
}

function abbreviated(word: string, candidates: readonly string[]): string | undefined {
  if (word.length < 3) return undefined;
  const w = word.toLowerCase();
  const hits = candidates.filter((c) => c !== word && c.toLowerCase().startsWith(w));
  return hits.length === 1 ? hits[0] : undefined;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = editDistance(w, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= maxDistance(Math.max(word.length, best?.length ?? 0)) ? best : undefined;
}
