// mulberry32: a tiny 32-bit PRNG that is easy to reproduce bit for bit in C#
// (bench/HcsBot.Bench.Fsrs/Mulberry32.cs), so both sides of the benchmark replay the same reviews.
export function mulberry32(seed) {
  let a = seed >>> 0
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [min, max], both ends included. */
export function intBetween(random, min, max) {
  return min + Math.floor(random() * (max - min + 1))
}

/** Picks a key of `weights` ({ key: weight }) with probability proportional to its weight. */
export function pickWeighted(random, weights) {
  const entries = Object.entries(weights)
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = random() * total
  for (const [key, weight] of entries) {
    roll -= weight
    if (roll < 0) return key
  }
  return entries[entries.length - 1][0]
}
