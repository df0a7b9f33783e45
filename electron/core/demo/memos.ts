// Reviewer memos (0-2 per case), in English and with persons only as V1 / D1 codes, the way the
// codebook asks reviewers to write free text.

import type { CaseFacts, DefendantFacts, VictimFacts } from './case-facts';
import type { DemoDocument, DemoMemo } from './demo-types';
import type { Rng } from './prng';

export function buildMemos(rng: Rng, f: CaseFacts, documents: readonly DemoDocument[]): DemoMemo[] {
  const v1 = f.victims[0] as VictimFacts;
  const d1 = f.defendants[0] as DefendantFacts;
  const ideas: DemoMemo[] = [];
  const kinds = documents.map((d) => d.kind);
  if (f.progress === 'appeal' && !kinds.includes('appeal_judgment')) ideas.push({ text: 'Check whether the appeal judgment is in the file; outcome coded from the registry record.' });
  if (f.progress === 'appeal' && !kinds.includes('first_instance_judgment')) ideas.push({ text: 'Only the appeal judgment was copied; first-instance reasoning reconstructed from it.' });
  if (v1.claimDecision === 'referred_civil') ideas.push({ text: 'V1 was referred to civil litigation for compensation; ask the registry whether a civil claim followed.' });
  if (d1.verdict !== 'acquitted' && d1.months > 0 && d1.months < d1.minimumMonths) ideas.push({ text: 'Sentence of D1 is below the statutory minimum; compare with the mitigating circumstances listed.' });
  if (v1.totalTestimonies >= 4) ideas.push({ text: `V1 was heard ${v1.totalTestimonies} times; note for the secondary victimisation chapter.` });
  if (f.challenges.includes('consent_argued')) ideas.push({ text: 'Defence argued consent; check how the court dealt with it before coding consent_reasoning.' });
  const english = documents.find((d) => d.language === 'en');
  if (english !== undefined) ideas.push({ text: 'English translation only; the original-language note is not in the copy we received.', document: english.key });
  ideas.push({ text: 'Dates of the offence period differ slightly between the documents; the judgment was followed.' });
  const count = rng.weighted([[0, 3], [1, 4], [2, 3]] as const);
  return rng.sample(ideas, count);
}
