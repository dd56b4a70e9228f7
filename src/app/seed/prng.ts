/**
 * A small seeded PRNG (mulberry32) and helpers, so demo data is the same for the same seed on
 * every machine and database. `streamFor(seed, i)` gives item i its own stream, which lets
 * appended contacts continue the sequence exactly as one larger run would have made them.
 */
/** mulberry32; a class rather than closures because thousands are made per second. */
export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number { return min + Math.floor(this.next() * (max - min + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]!; }
  chance(p: number): boolean { return this.next() < p; }
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRng(seed: number): Rng {
  return new Rng(seed);
}

/** The stream of item `index` within purpose `salt` of a run seeded with `seed`. */
export function streamFor(seed: number, salt: number, index: number): Rng {
  return createRng(mix(mix(seed, salt), index));
}
