// The generalisation lattice: one node per combination of levels (one level per quasi-identifier,
// within the profile's min/max), numbered in mixed radix. Predictive tagging (ARX, Flash):
// generalising never splits a class, so the number of records in classes that break k or l never
// grows from a node to its successors. A node that needs more suppression than allowed therefore
// condemns every node below it, and those are tagged without being evaluated.

export class Lattice {
  /** Levels allowed per quasi-identifier: minLevel[q] … maxLevel[q]. */
  readonly minLevel: readonly number[];
  readonly radix: readonly number[];
  readonly size: number;
  private readonly stride: number[];
  private readonly failed: Uint8Array;

  constructor(minLevel: readonly number[], maxLevel: readonly number[]) {
    this.minLevel = minLevel;
    this.radix = minLevel.map((min, q) => (maxLevel[q] as number) - min + 1);
    this.stride = [];
    let size = 1;
    for (const r of this.radix) {
      this.stride.push(size);
      size *= r;
    }
    this.size = size;
    this.failed = new Uint8Array(size);
  }

  /** The hierarchy level of each quasi-identifier at `node`. */
  levelsOf(node: number): number[] {
    return this.radix.map((r, q) => this.minLevel[q] as number + (Math.floor(node / (this.stride[q] as number)) % r));
  }

  /** The most generalised node (every quasi-identifier at its highest allowed level). */
  get top(): number {
    return this.size - 1;
  }

  isKnownToFail(node: number): boolean {
    return this.failed[node] === 1;
  }

  /**
   * Tags `node` and everything less generalised as failing. The failed set stays closed
   * downwards, so a walk stops at a node already tagged: each node is tagged once.
   */
  tagFailedWithPredecessors(node: number): number {
    let tagged = 0;
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop() as number;
      if (this.failed[current] === 1) continue;
      this.failed[current] = 1;
      tagged++;
      this.radix.forEach((r, q) => {
        const stride = this.stride[q] as number;
        if (Math.floor(current / stride) % r > 0) stack.push(current - stride);
      });
    }
    return tagged;
  }
}
