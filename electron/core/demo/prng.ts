// A small seeded PRNG (sfc32, seeded through splitmix32). Training vaults must be reproducible
// byte for byte from (seed, count), so nothing in the generator may touch Math.random.

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in their original order (order kept so output reads naturally). */
  sample<T>(items: readonly T[], count: number): T[];
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * An independent generator for (seed, stream). Each case gets its own stream so a case does
 * not change when the number of cases requested changes.
 */
export function createRng(seed: number, stream = 0): Rng {
  // Fold the full double into 32 bits so seeds above 2^32 still differ from each other.
  const whole = Math.trunc(seed);
  const low = whole >>> 0;
  const high = Math.floor(whole / 4294967296) >>> 0;
  const mix = splitmix32(low ^ Math.imul(high, 0x27d4eb2d) ^ Math.imul(stream + 1, 0x9e3779b1));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();

  function sfc32(): number {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  }
  // Discard the first outputs: sfc32 needs a few rounds to decorrelate from its seed words.
  for (let i = 0; i < 12; i++) sfc32();

  const rng: Rng = {
    next: sfc32,
    int(min, max) {
      return min + Math.floor(sfc32() * (max - min + 1));
    },
    chance(probability) {
      return sfc32() < probability;
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(sfc32() * items.length)] as T;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const n = Math.max(0, Math.min(count, items.length));
      const chosen = new Set<number>();
      while (chosen.size < n) chosen.add(Math.floor(sfc32() * items.length));
      return items.filter((_, i) => chosen.has(i));
    },
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of entries) total += w;
      let r = sfc32() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new RangeError('weighted pick from an empty list');
      return last[0];
    },
  };
  return rng;
}
