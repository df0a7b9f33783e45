// The search for the least generalisation (issue 6 item 2: "the least generalisation a search
// finds plus local suppression within a budget"). Exact over the lattice, and cheap:
// - the most generalised node is evaluated first: if even it needs more suppression than the
//   budget, nothing can pass, and the caller is told so rather than given a release;
// - the walk goes from the most generalised nodes down; a node that needs more suppression than
//   the budget tags every less generalised node as failing without evaluating it (predictive
//   tagging, lattice.ts). On real-shaped data most of the lattice fails, so most of it is tagged;
// - every node's loss without suppression is known up front (information-loss.ts) and bounds its
//   loss with suppression from below, so a node that cannot beat the best one found is skipped.
// Information loss is not monotone once suppression is counted, so every passing node that the
// bound does not exclude is evaluated: the result is the true minimum, not a local one.
import { evaluateNode, type EvaluationInput, type NodeEvaluation } from './evaluate-node';
import type { VariableLoss } from './information-loss';
import { Lattice } from './lattice';

export interface SearchStatistics {
  /** Nodes in the lattice. */
  nodes: number;
  /** Nodes whose classes were computed. */
  evaluated: number;
  /** Nodes known to fail without evaluation (predictive tagging). */
  skippedAsFailing: number;
  /** Nodes not evaluated because their lower bound could not beat the best node found. */
  skippedByBound: number;
}

export type SearchOutcome =
  | { found: true; levels: number[]; evaluation: NodeEvaluation; loss: number; statistics: SearchStatistics }
  | { found: false; leastSuppressionNeeded: number; statistics: SearchStatistics };

export interface SearchInput extends EvaluationInput {
  minLevel: readonly number[];
  maxLevel: readonly number[];
  /** Largest number of records that local suppression may remove. */
  suppressionBudget: number;
}

const TIE = 1e-12;

function suppressionLoss(evaluation: NodeEvaluation, levels: readonly number[], losses: readonly VariableLoss[], recordCount: number): number {
  let extra = 0;
  for (let r = 0; r < recordCount; r++) {
    if (evaluation.classViolation[evaluation.classOf[r] as number] === null) continue;
    losses.forEach((loss, q) => {
      extra += (loss.suppressed[r] as number) - ((loss.perLevel[levels[q] as number] as Float64Array)[r] as number);
    });
  }
  return extra / losses.length;
}

export function findGeneralisation(input: SearchInput, losses: readonly VariableLoss[]): SearchOutcome {
  const lattice = new Lattice(input.minLevel, input.maxLevel);
  const statistics: SearchStatistics = { nodes: lattice.size, evaluated: 0, skippedAsFailing: 0, skippedByBound: 0 };

  const topLevels = lattice.levelsOf(lattice.top);
  const top = evaluateNode(input, topLevels);
  statistics.evaluated++;
  if (top.suppressedCount > input.suppressionBudget) {
    statistics.skippedAsFailing = lattice.size - 1;
    return { found: false, leastSuppressionNeeded: top.suppressedCount, statistics };
  }

  const bound = new Float64Array(lattice.size);
  const heightSum = new Int32Array(lattice.size);
  for (let node = 0; node < lattice.size; node++) {
    const levels = lattice.levelsOf(node);
    bound[node] = levels.reduce((sum, h, q) => sum + ((losses[q] as VariableLoss).levelTotal[h] as number), 0) / losses.length;
    heightSum[node] = levels.reduce((sum, h) => sum + h, 0);
  }
  // Most generalised first, so failures tag the most; the lowest bound first within a height.
  const order = Array.from({ length: lattice.size }, (_, i) => i).sort(
    (a, b) => (heightSum[b] as number) - (heightSum[a] as number) || (bound[a] as number) - (bound[b] as number) || a - b,
  );

  let best: { levels: number[]; evaluation: NodeEvaluation; loss: number } = {
    levels: topLevels,
    evaluation: top,
    loss: (bound[lattice.top] as number) + suppressionLoss(top, topLevels, losses, input.recordCount),
  };
  for (const node of order) {
    if (node === lattice.top) continue;
    if (lattice.isKnownToFail(node)) {
      statistics.skippedAsFailing++;
      continue;
    }
    if ((bound[node] as number) >= best.loss - TIE) {
      statistics.skippedByBound++;
      continue;
    }
    const levels = lattice.levelsOf(node);
    const evaluation = evaluateNode(input, levels);
    statistics.evaluated++;
    if (evaluation.suppressedCount > input.suppressionBudget) {
      lattice.tagFailedWithPredecessors(node);
      continue;
    }
    const loss = (bound[node] as number) + suppressionLoss(evaluation, levels, losses, input.recordCount);
    // Ties keep the node found first: more generalised, so the safer of two equal releases.
    if (loss < best.loss - TIE) best = { levels, evaluation, loss };
  }
  return { found: true, ...best, statistics };
}
