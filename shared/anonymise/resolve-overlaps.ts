// One answer per stretch of text when detectors overlap (issue 6 item 3: "overlapping matches
// resolved longest-first"). First, overlapping spans of the same kind are joined into one
// (a street address found by the recogniser and the vault's version of it with the town), so
// no tail of an identifier is left behind; the joined span keeps the vault's person and the
// higher confidence. Then spans are taken longest first; at equal length, what the vault knows
// wins over a recogniser's guess, and a known person over an unknown one.

import type { Detection } from './types';

function merge(a: Detection, b: Detection): Detection {
  const vault = a.personId !== null ? a : b.personId !== null ? b : a.end - a.start >= b.end - b.start ? a : b;
  const merged: Detection = {
    ...vault,
    start: Math.min(a.start, b.start),
    end: Math.max(a.end, b.end),
    confidence: a.confidence === 'high' || b.confidence === 'high' ? 'high' : 'low',
  };
  return merged;
}

function joinSameKind(detections: readonly Detection[]): Detection[] {
  const byKind = new Map<string, Detection[]>();
  for (const d of detections) {
    // Two different persons side by side ("Ana i Marko") stay two spans.
    const group = d.kind === 'person' ? `person:${d.personId ?? d.unknownPersonKey ?? ''}` : d.kind;
    const list = byKind.get(group);
    if (list) list.push(d);
    else byKind.set(group, [d]);
  }
  const joined: Detection[] = [];
  for (const list of byKind.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let current: Detection | undefined;
    for (const d of list) {
      if (current && d.start < current.end) current = merge(current, d);
      else {
        if (current) joined.push(current);
        current = d;
      }
    }
    if (current) joined.push(current);
  }
  return joined;
}

function priority(d: Detection): number {
  return (d.personId !== null ? 2 : 0) + (d.confidence === 'high' ? 1 : 0);
}

/** Non-overlapping detections, in text order. */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const candidates = joinSameKind(detections).sort(
    (a, b) => b.end - b.start - (a.end - a.start) || priority(b) - priority(a) || a.start - b.start,
  );
  // Accepted spans kept sorted by start: a new span overlaps one only if it overlaps its
  // neighbours there, so each check is a binary search (thousands of spans per long document).
  const accepted: Detection[] = [];
  for (const d of candidates) {
    let lo = 0;
    let hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((accepted[mid]?.start ?? 0) < d.start) lo = mid + 1;
      else hi = mid;
    }
    const before = accepted[lo - 1];
    const after = accepted[lo];
    if ((before && before.end > d.start) || (after && after.start < d.end)) continue;
    accepted.splice(lo, 0, d);
  }
  return accepted;
}

/** Drops spans lying inside another span of the list (one recogniser's several readings of one thing). */
export function outermost(detections: readonly Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Detection[] = [];
  let reach = -1;
  for (const d of sorted) {
    if (d.end <= reach) continue;
    kept.push(d);
    reach = Math.max(reach, d.end);
  }
  return kept;
}
