/** A small seeded PRNG (mulberry32), so the demo data is the same on every machine. */
export const createRandom = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  /** Picks by weight: `weights[i]` is how likely `items[i]` is relative to the others. */
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    const total = weights.reduce((sum, weight) => sum + weight, 0)
    let roll = next() * total
    for (let index = 0; index < items.length; index++) {
      roll -= weights[index] ?? 0
      if (roll <= 0) return items[index] as T
    }
    return items[items.length - 1] as T
  }
  const chance = (probability: number) => next() < probability
  return { next, int, pick, weighted, chance }
}
export type Random = ReturnType<typeof createRandom>
