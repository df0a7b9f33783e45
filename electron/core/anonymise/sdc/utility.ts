// Utility lost per variable (research/anonymisation.md T9, "so we don't over-protect
// silently"), three figures each, all in [0, 1]:
// - height: the level used over the hierarchy's height (ARX's "Height"/Precision view: how far
//   up the hierarchy the variable went, whatever the data);
// - entropy: normalised non-uniform entropy including suppressed records (the metric the search
//   minimised, information-loss.ts), i.e. how much of what the variable told was lost;
// - cellsChanged: share of records whose released value differs from the exact one (suppressed
//   records count as changed).
import type { Hierarchy } from './hierarchies/hierarchy';
import type { EncodedQuasiIdentifier } from './search/encoded-levels';
import type { VariableLoss } from './search/information-loss';

export interface VariableUtility {
  field: string;
  hierarchy: string;
  level: number;
  levelName: string;
  height: number;
  entropy: number;
  cellsChanged: number;
}

export function variableUtility(
  hierarchy: Hierarchy,
  encoded: EncodedQuasiIdentifier,
  loss: VariableLoss,
  level: number,
  isSuppressed: (record: number) => boolean,
): VariableUtility {
  const exact = encoded.levels[0];
  const chosen = encoded.levels[level];
  const perLevel = loss.perLevel[level];
  if (!exact || !chosen || !perLevel) throw new RangeError(`No level ${level} for ${encoded.field}.`);
  const n = exact.codes.length;
  let changed = 0;
  let entropy = 0;
  for (let r = 0; r < n; r++) {
    if (isSuppressed(r)) {
      changed++;
      entropy += loss.suppressed[r] as number;
    } else {
      if (exact.labels[exact.codes[r] as number] !== chosen.labels[chosen.codes[r] as number]) changed++;
      entropy += perLevel[r] as number;
    }
  }
  return {
    field: encoded.field,
    hierarchy: hierarchy.id,
    level,
    levelName: hierarchy.levels[level] as string,
    height: level / (hierarchy.levels.length - 1),
    entropy: Math.min(1, entropy),
    cellsChanged: n === 0 ? 0 : changed / n,
  };
}
