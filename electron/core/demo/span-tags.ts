// Templates mark passages with a tag saying what the passage shows; this table turns a tag into
// annotation codes of the codebook (tip-case-review.v1 `annotation_codes`). Keeping the mapping in
// one place lets templates stay free of codebook ids.

export type SpanTag =
  | 'act'
  | 'means'
  | 'purpose'
  | 'consent'
  | 'victim_testimony'
  | 'corroboration'
  | 'digital'
  | 'financial'
  | 'sim'
  | 'expert'
  | 'international_evidence'
  | 'credibility'
  | 'trauma'
  | 'stereotypes'
  | 'qualification'
  | 'mitigating'
  | 'aggravating'
  | 'sentence'
  | 'identification'
  | 'protection'
  | 'secondary'
  | 'rights'
  | 'support'
  | 'non_punishment'
  | 'compensation'
  | 'multisectoral'
  | 'international_coop';

export interface TagInfo {
  /** Main annotation code. */
  code: string;
  /** A review code a trainer would often add to this kind of passage. */
  reviewCode?: string;
  /** Short English reviewer memos (never names: persons are V1 / D1). */
  memos: readonly string[];
}

export const TAG_INFO: Readonly<Record<SpanTag, TagInfo>> = {
  act: { code: 'element_act', memos: ['Recruitment and transfer described here.', 'Act element: recruitment by D1.'] },
  means: { code: 'element_means', memos: ['Means: deception about the job / relationship.', 'Abuse of a position of vulnerability.'] },
  purpose: { code: 'element_purpose', memos: ['Purpose of exploitation stated by the court.', 'Form of exploitation as found in the judgment.'] },
  consent: { code: 'consent', reviewCode: 'quote_for_report', memos: ['Court addresses the consent argument.'] },
  victim_testimony: { code: 'evidence_victim_testimony', memos: ['V1 testimony as the central evidence.'] },
  corroboration: { code: 'evidence_corroboration', memos: ['Corroborating witness evidence.'] },
  digital: { code: 'evidence_digital', memos: ['Messages from the seized phone used as evidence.'] },
  financial: { code: 'evidence_financial', memos: ['Money transfers traced.'] },
  sim: { code: 'evidence_sim', memos: ['Intercepted communications relied on.'] },
  expert: { code: 'evidence_expert', memos: ['Psychological expert opinion on V1.'] },
  international_evidence: { code: 'evidence_international', memos: ['Evidence obtained through MLA.'] },
  credibility: { code: 'victim_credibility', reviewCode: 'quote_for_report', memos: ['Credibility assessment of V1.', 'Useful quote on credibility for the report.'] },
  trauma: { code: 'trauma_informed', reviewCode: 'good_practice', memos: ['Trauma-informed explanation of inconsistencies.'] },
  stereotypes: { code: 'stereotypes', reviewCode: 'shortcoming', memos: ['Reasoning relies on stereotypes about V1.'] },
  qualification: { code: 'legal_qualification', memos: ['Legal qualification of the offence.'] },
  mitigating: { code: 'mitigating_factors', memos: ['Mitigating circumstances listed for D1.'] },
  aggravating: { code: 'aggravating_factors', memos: ['Aggravating circumstances.'] },
  sentence: { code: 'sentence_reasoning', memos: ['Sentence and its justification.'] },
  identification: { code: 'identification', memos: ['Formal identification of V1 as a victim.'] },
  protection: { code: 'protection_measures', reviewCode: 'good_practice', memos: ['Protective measure during testimony.'] },
  secondary: { code: 'secondary_victimisation', reviewCode: 'shortcoming', memos: ['Repeated interviews / confrontation.'] },
  rights: { code: 'information_rights', memos: ['V1 informed of rights.'] },
  support: { code: 'support_services', memos: ['Referral to shelter and support.'] },
  non_punishment: { code: 'non_punishment', memos: ['Non-punishment principle considered.'] },
  compensation: { code: 'compensation', memos: ['Decision on the property claim.'] },
  multisectoral: { code: 'multisectoral', memos: ['Cooperation with social work centre / NGO.'] },
  international_coop: { code: 'international', memos: ['International cooperation (MLA / police channels).'] },
};
