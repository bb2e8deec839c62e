/**
 * How many distinct keys a segment has, estimated from its runs without merging them: a
 * HyperLogLog sketch (2^12 registers, about 1.6 % error) per run, the union of sketches
 * being the sketch of the union. It depends on the set of keys alone, never on how the
 * articles were cut into runs, so the shard count it decides is the same in every build.
 */
export const SKETCH_BITS = 12;
export const SKETCH_REGISTERS = 1 << SKETCH_BITS;

/** Adds a key, by its 32-bit hash (searchKeyHash), to a sketch. */
export function sketchAdd(sketch: Uint8Array, hash: number): void {
  const register = hash >>> (32 - SKETCH_BITS);
  const rest = (hash << SKETCH_BITS) >>> 0;
  // The rank: leading zeros of the remaining 20 bits, plus one (21 when they are all zero).
  const rank = rest === 0 ? 32 - SKETCH_BITS + 1 : Math.clz32(rest) + 1;
  if (rank > sketch[register]!) sketch[register] = rank;
}

/** Merges `from` into `into`. */
export function sketchUnion(into: Uint8Array, from: Uint8Array): void {
  for (let r = 0; r < SKETCH_REGISTERS; r++) if (from[r]! > into[r]!) into[r] = from[r]!;
}

/** The estimated number of distinct keys added. */
export function sketchEstimate(sketch: Uint8Array): number {
  const m = SKETCH_REGISTERS;
  let sum = 0;
  let zeros = 0;
  for (let r = 0; r < m; r++) {
    sum += 2 ** -sketch[r]!;
    if (sketch[r] === 0) zeros++;
  }
  const raw = ((0.7213 / (1 + 1.079 / m)) * m * m) / sum;
  // Few keys: linear counting is the better estimate.
  return raw <= 2.5 * m && zeros > 0 ? m * Math.log(m / zeros) : raw;
}
