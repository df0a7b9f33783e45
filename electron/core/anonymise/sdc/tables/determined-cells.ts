// Which suppressed cells can be recomputed exactly from the released cells and the line
// equations (issue 6: "secondary suppression until no suppressed cell can be recomputed from
// the margins"). Graph view: one node per line, one edge per suppressed cell joining the lines
// it belongs to (a cell of a one-way table, which lies in a single line, joins that line to a
// free node with no equation). The lines of a table split into two sides (rows with the column-
// totals line, columns with the row-totals line) and every cell joins the two sides, so any
// cycle of suppressed cells can be shifted by +t, −t, +t, … without changing a released number.
// A cell is therefore undetermined exactly when it lies on a cycle, and determined exactly
// when its edge is a bridge. Bridges are found with Tarjan's low-link walk.
import type { TableLayout } from './table-layout';

interface Edge {
  cell: number;
  a: number;
  b: number;
}

function suppressedEdges(layout: TableLayout, suppressed: readonly boolean[]): { edges: Edge[]; nodeCount: number } {
  const free = layout.lines.length;
  const edges: Edge[] = [];
  suppressed.forEach((isSuppressed, cell) => {
    if (!isSuppressed) return;
    const lines = layout.linesOf[cell] ?? [];
    edges.push({ cell, a: lines[0] as number, b: lines.length > 1 ? (lines[1] as number) : free });
  });
  return { edges, nodeCount: free + 1 };
}

/** Cell ids of suppressed cells whose value the released numbers determine exactly. */
export function determinedCells(layout: TableLayout, suppressed: readonly boolean[]): number[] {
  const { edges, nodeCount } = suppressedEdges(layout, suppressed);
  const adjacency: { to: number; edge: number }[][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach((e, i) => {
    adjacency[e.a]?.push({ to: e.b, edge: i });
    adjacency[e.b]?.push({ to: e.a, edge: i });
  });
  const order = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const bridges: number[] = [];
  let counter = 0;
  for (let root = 0; root < nodeCount; root++) {
    if (order[root] !== -1) continue;
    // Iterative DFS: [node, edge used to enter it, next adjacency index].
    const stack: [number, number, number][] = [[root, -1, 0]];
    order[root] = low[root] = counter++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as [number, number, number];
      const [node, viaEdge, next] = frame;
      const neighbours = adjacency[node] as { to: number; edge: number }[];
      if (next < neighbours.length) {
        frame[2]++;
        const { to, edge } = neighbours[next] as { to: number; edge: number };
        if (edge === viaEdge) continue;
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          stack.push([to, edge, 0]);
        } else {
          low[node] = Math.min(low[node] as number, order[to] as number);
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
        if ((low[node] as number) > (order[parent[0]] as number)) bridges.push((edges[viaEdge] as Edge).cell);
      }
    }
  }
  return bridges.sort((a, b) => a - b);
}
