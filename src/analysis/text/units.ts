// Text as UTF-16 units, each with the source range it stands for: what the normalisation passes
// (evasions.ts, t2s.ts) read and write, so evidence can still quote the user's own characters.

export interface Units {
  units: Uint16Array;
  /** from[k], to[k]: the source range of unit k */
  from: Int32Array;
  to: Int32Array;
  length: number;
}

/**
 * Writes a pass's output units with their source ranges. Most texts hide nothing and hold no
 * traditional characters, and a pass then writes exactly its input: the writer only counts while
 * what is written matches the input at the same place, makes its own arrays at the first
 * difference, and hands back the input itself when there was none.
 */
export class UnitWriter {
  private units: Uint16Array | null = null;
  private from: Int32Array | null = null;
  private to: Int32Array | null = null;
  length = 0;
  constructor(private readonly src: Units) {}

  put(u: number, from: number, to: number) {
    const k = this.length++;
    if (!this.units) {
      const src = this.src;
      if (k < src.length && src.units[k] === u && src.from[k] === from && src.to[k] === to) return;
      this.own(k, src.length);
    } else if (k === this.units.length) this.own(k, 2 * k);
    this.units![k] = u;
    this.from![k] = from;
    this.to![k] = to;
  }

  /** Writes input unit i as it is. */
  copy(i: number) {
    if (!this.units && i === this.length) this.length++;
    else this.put(this.src.units[i], this.src.from[i], this.src.to[i]);
  }

  /** Writes input units i…j - 1 as they are. */
  copyRun(i: number, j: number) {
    if (!this.units && i === this.length) this.length = j;
    else for (let k = i; k < j; k++) this.copy(k);
  }

  /** Arrays of `size` units of its own, holding the first `k` units written so far. */
  private own(k: number, size: number) {
    const held = this.units ? { units: this.units, from: this.from!, to: this.to! } : this.src;
    this.units = new Uint16Array(Math.max(size, 16));
    this.from = new Int32Array(this.units.length);
    this.to = new Int32Array(this.units.length);
    this.units.set(held.units.subarray(0, k));
    this.from.set(held.from.subarray(0, k));
    this.to.set(held.to.subarray(0, k));
  }

  get out(): Units {
    if (!this.units) return { ...this.src, length: this.length };
    return { units: this.units, from: this.from!, to: this.to!, length: this.length };
  }
}
