// Picks 2-6 of the passages the templates marked and turns them into annotations. Offsets come
// straight from the text builder (code points into the exact stored text), and the quote is
// that same slice, so an importer's offset/quote check always passes.

import type { CodebookIndex } from './codebook-index';
import type { DemoAnnotation } from './demo-types';
import type { Rng } from './prng';
import { TAG_INFO, type SpanTag } from './span-tags';
import type { MarkedSpan } from './text-builder';

export interface DocumentSpans {
  documentKey: string;
  spans: readonly MarkedSpan[];
}

export interface BuiltAnnotation {
  annotation: DemoAnnotation;
  tag: SpanTag;
  person?: string;
}

export function buildAnnotations(rng: Rng, docs: readonly DocumentSpans[], index: CodebookIndex): BuiltAnnotation[] {
  const usable: { doc: string; span: MarkedSpan }[] = [];
  for (const d of docs) {
    for (const span of d.spans) {
      if (index.codableCodes.has(TAG_INFO[span.tag].code) && span.end > span.start) usable.push({ doc: d.documentKey, span });
    }
  }
  if (usable.length === 0) return [];
  const wanted = Math.min(usable.length, rng.int(2, 6));

  // Prefer one passage per tag so a training case shows several kinds of codes.
  const tags = [...new Set(usable.map((u) => u.span.tag))];
  const chosenTags = rng.sample(tags, Math.min(wanted, tags.length));
  const chosen = chosenTags.map((t) => rng.pick(usable.filter((u) => u.span.tag === t)));
  if (chosen.length < wanted) {
    const rest = usable.filter((u) => !chosen.includes(u));
    chosen.push(...rng.sample(rest, wanted - chosen.length));
  }
  const docOrder = new Map(docs.map((d, i) => [d.documentKey, i]));
  chosen.sort((a, b) => (docOrder.get(a.doc) ?? 0) - (docOrder.get(b.doc) ?? 0) || a.span.start - b.span.start);

  return chosen.map((c, i) => {
    const info = TAG_INFO[c.span.tag];
    const codes = [info.code];
    if (info.reviewCode !== undefined && index.codableCodes.has(info.reviewCode) && rng.chance(0.35)) codes.push(info.reviewCode);
    const annotation: DemoAnnotation = {
      id: `a${i + 1}`,
      document: c.doc,
      start: c.span.start,
      end: c.span.end,
      quote: c.span.quote,
      codes,
    };
    if (rng.chance(0.4)) annotation.memo = rng.pick(info.memos);
    annotation.coder = 'trainer';
    const built: BuiltAnnotation = { annotation, tag: c.span.tag };
    if (c.span.person !== undefined) built.person = c.span.person;
    return built;
  });
}
