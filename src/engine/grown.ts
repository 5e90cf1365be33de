/** A typed array whose length is its capacity: the kernel's and the model's pooled records. */
export type GrowableArray = Float64Array | Int32Array | Uint32Array;

/**
 * A copy of `a` lengthened to `n` (≥ a.length) elements, the new ones zero, of the same
 * type: how the pooled typed-array records grow (by doubling, so O(1) amortised per slot).
 * @example this.heapTime = grown(this.heapTime, 2 * this.heapTime.length);
 */
export function grown<T extends GrowableArray>(a: T, n: number): T {
  const b = new (a.constructor as new (length: number) => T)(n);
  b.set(a);
  return b;
}
