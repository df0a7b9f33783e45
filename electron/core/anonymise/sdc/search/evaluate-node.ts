// Groups the records into equivalence classes at one lattice node and finds the classes that
// break the privacy models: fewer than k records (k-anonymity), or fewer than l distinct values
// of a sensitive field (distinct l-diversity, T3c). Their records are the ones local
// suppression would remove at this node.
import type { EncodedQuasiIdentifier, EncodedSensitive } from './encoded-levels';

export type SuppressionReason = { kind: 'small_class' } | { kind: 'l_diversity'; field: string };

export interface NodeEvaluation {
  /** classOf[r]: the equivalence class of record r. */
  classOf: Int32Array;
  classSizes: number[];
  /** Why each class must be suppressed, or null when it may be released. */
  classViolation: (SuppressionReason | null)[];
  /** Number of records in violating classes. */
  suppressedCount: number;
}

export interface EvaluationInput {
  quasi: readonly EncodedQuasiIdentifier[];
  sensitive: readonly EncodedSensitive[];
  recordCount: number;
  k: number;
  l: number;
}

function classKeys(input: EvaluationInput, levels: readonly number[]): Int32Array {
  const n = input.recordCount;
  const columns = input.quasi.map((q, i) => q.levels[levels[i] as number]);
  const classOf = new Int32Array(n);
  const radixProduct = columns.reduce((p, c) => p * (c?.labels.length ?? 1), 1);
  const byKey = new Map<number | string, number>();
  for (let r = 0; r < n; r++) {
    let key: number | string;
    if (radixProduct <= Number.MAX_SAFE_INTEGER) {
      key = 0;
      for (const column of columns) key = key * (column?.labels.length ?? 1) + (column?.codes[r] ?? 0);
    } else {
      key = columns.map((column) => column?.codes[r] ?? 0).join(',');
    }
    let id = byKey.get(key);
    if (id === undefined) {
      id = byKey.size;
      byKey.set(key, id);
    }
    classOf[r] = id;
  }
  return classOf;
}

export function evaluateNode(input: EvaluationInput, levels: readonly number[]): NodeEvaluation {
  const classOf = classKeys(input, levels);
  const classSizes: number[] = [];
  // Up to l distinct sensitive values per class and field: enough to decide l-diversity.
  const distinct: number[][][] = input.sensitive.map(() => []);
  for (let r = 0; r < input.recordCount; r++) {
    const c = classOf[r] as number;
    classSizes[c] = (classSizes[c] ?? 0) + 1;
    input.sensitive.forEach((s, i) => {
      const perClass = distinct[i] as number[][];
      const values = perClass[c] ?? (perClass[c] = []);
      const code = s.codes[r] as number;
      if (values.length < input.l && !values.includes(code)) values.push(code);
    });
  }
  let suppressedCount = 0;
  const classViolation = classSizes.map((size, c): SuppressionReason | null => {
    let violation: SuppressionReason | null = size < input.k ? { kind: 'small_class' } : null;
    input.sensitive.forEach((s, i) => {
      const count = (distinct[i] as number[][])[c]?.length ?? 0;
      if (violation === null && count < input.l) violation = { kind: 'l_diversity', field: s.field };
    });
    if (violation !== null) suppressedCount += size;
    return violation;
  });
  return { classOf, classSizes, classViolation, suppressedCount };
}
