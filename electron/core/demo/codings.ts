// Coded values of a case, derived from its facts so they agree with the documents. All candidate
// values are produced in codebook order, checked against the codebook, then thinned out to the
// amount a reviewer at the case's status would have entered (core values are always kept).

import { isoDate, isoMonth } from './calendar';
import type { CaseFacts, DefendantFacts, DocLanguage, VictimFacts } from './case-facts';
import type { CodebookIndex } from './codebook-index';
import type { DemoCaseStatus, DemoCoding, DemoCodingValue, DemoDocumentKind } from './demo-types';
import { initialsIn, nameIn } from './people';
import type { Rng } from './prng';
import { citedProvisions, g } from './render-helpers';
import type { SpanTag } from './span-tags';
import { srToCyrillic } from './transliterate';

/** An annotation already made for the case, for `evidence` links. */
export interface AnnotationRef {
  id: string;
  tag: SpanTag;
  person?: string;
}

interface Candidate {
  coding: DemoCoding;
  core: boolean;
  stage: number;
  order: number;
  tags?: readonly SpanTag[];
}

const NOTES = [
  'Taken from the first-instance judgment.',
  'The file is not fully clear; best reading of the reasoning.',
  'Differs slightly between indictment and judgment; judgment used.',
  'Confirmed against the trial minutes.',
] as const;

function daysToUnit(days: number, unit: string | undefined): number {
  if (unit === 'months') return Math.max(0, Math.round(days / 30.44));
  if (unit === 'years') return Math.max(0, Math.round(days / 365.25));
  return Math.max(0, Math.round(days));
}

function monthsToUnit(months: number, unit: string | undefined): number {
  if (unit === 'days') return Math.round(months * 30.44);
  if (unit === 'years') return Math.round(months / 12);
  return months;
}

export interface CodingInput {
  facts: CaseFacts;
  index: CodebookIndex;
  rng: Rng;
  status: DemoCaseStatus;
  /** Script/language of the file (for the "as referred to in the file" values). */
  fileLanguage: DocLanguage;
  documentKinds: DemoDocumentKind[];
  annotations: AnnotationRef[];
}

export function buildCodings(input: CodingInput): DemoCoding[] {
  const { facts: f, index, rng, status } = input;
  const candidates: Candidate[] = [];
  let order = 0;

  const add = (stage: string, field: string, value: DemoCodingValue, opts: { person?: string; core?: boolean; tag?: SpanTag | readonly SpanTag[] } = {}): void => {
    const def = index.field(stage, field);
    if (def === undefined) return;
    // Scope must match: victim/defendant fields need a person key, case fields must not have one.
    const personal = def.scope === 'victim' || def.scope === 'defendant';
    if (personal !== (opts.person !== undefined)) return;
    let v = value;
    if (def.type === 'duration' && typeof v === 'number' && field === 'exploitation_duration') v = monthsToUnit(v, def.unit);
    const valid = index.validValue(def, v);
    if (valid === undefined) return;
    // Key order as in the format description: stage, field, person, value.
    const coding: DemoCoding = opts.person !== undefined
      ? { stage, field, person: opts.person, value: valid }
      : { stage, field, value: valid };
    const c: Candidate = { coding, core: opts.core === true, stage: index.stageIndex(stage), order: order++ };
    if (opts.tag !== undefined) c.tags = Array.isArray(opts.tag) ? opts.tag : [opts.tag];
    candidates.push(c);
  };

  const judged = f.progress === 'first_instance' || f.progress === 'appeal';
  const indicted = f.progress !== 'investigation';
  const lang = input.fileLanguage;
  const numberAsFiled = (s: string): string => (f.country === 'rs' && f.script === 'cyrl' ? srToCyrillic(s) : s);

  // ---- case overview ----
  const S1 = 'case_overview';
  add(S1, 'country', f.country, { core: true });
  if (indicted) {
    const numbers = f.progress === 'appeal' ? `${numberAsFiled(f.numbers.court)}; ${numberAsFiled(f.numbers.appeal)}` : numberAsFiled(f.numbers.court);
    add(S1, 'court_case_number', numbers, { core: true });
  }
  add(S1, 'prosecution_case_number', numberAsFiled(f.numbers.prosecution));
  add(S1, 'documents_reviewed', documentsReviewed(rng, f, input.documentKinds), { core: true });
  add(S1, 'offence_period_start', isoMonth(f.timeline.offenceStart), { core: true });
  add(S1, 'number_of_victims', f.victims.length, { core: true });
  add(S1, 'number_of_defendants', f.defendants.length, { core: true });
  add(S1, 'form_of_trafficking', f.formOfTrafficking, { core: true });
  add(S1, 'organised_criminal_group', f.organised ? 'yes' : 'no');
  add(S1, 'overall_outcome', f.overallOutcome, { core: true });
  add(S1, 'fact_summary', factSummary(f));

  // ---- victims ----
  const S2 = 'victims_identification';
  f.victims.forEach((v, i) => {
    const first = i === 0;
    const p = v.key;
    add(S2, 'victim_code', v.code, { person: p, core: true });
    add(S2, 'victim_reference_in_file', victimReference(v, lang), { person: p });
    add(S2, 'victim_sex', v.sex, { person: p, core: true });
    add(S2, 'victim_age_at_exploitation', v.age, { person: p, core: true });
    add(S2, 'victim_child', v.child ? 'yes' : 'no', { person: p, core: true });
    add(S2, 'victim_citizenship', v.citizenship, { person: p, core: first });
    add(S2, 'forms_of_exploitation', v.forms, { person: p, core: first, tag: 'purpose' });
    if (!first && rng.chance(0.6)) return;
    add(S2, 'victim_residence_municipality', v.residenceTown.en, { person: p });
    add(S2, 'victim_education', v.educationCode, { person: p });
    add(S2, 'victim_vulnerabilities', v.vulnerabilities, { person: p });
    add(S2, 'victim_relationship_to_trafficker', v.relationship, { person: p });
    add(S2, 'recruitment_method', v.recruitment, { person: p, core: first, tag: 'act' });
    add(S2, 'exploitation_sector', v.sectors, { person: p });
    add(S2, 'means_of_control', v.control, { person: p, tag: 'means' });
    add(S2, 'country_of_exploitation', v.exploitationCountries, { person: p });
    add(S2, 'exploitation_duration', v.durationMonths, { person: p });
    add(S2, 'detection_source', v.detection, { person: p });
    add(S2, 'formal_identification_status', v.identification, { person: p, tag: 'identification' });
    add(S2, 'identifying_authority', v.identifyingAuthority, { person: p });
    add(S2, 'foreign_victim_measures', v.foreignMeasures, { person: p });
  });

  // ---- investigation ----
  const S3 = 'investigation';
  const v1 = f.victims[0] as VictimFacts;
  add(S3, 'investigation_trigger', f.investigationTrigger);
  add(S3, 'lead_investigating_unit', f.leadUnit);
  add(S3, 'date_criminal_complaint', isoDate(f.timeline.complaint), { core: true });
  add(S3, 'special_investigative_measures', f.specialMeasures);
  add(S3, 'digital_evidence', f.digitalEvidence);
  add(S3, 'financial_investigation', f.financialInvestigation);
  add(S3, 'assets_frozen_seized', f.assetsFrozen);
  add(S3, 'international_cooperation', f.internationalCooperation, { tag: 'international_coop' });
  add(S3, 'mla_outcome', f.mlaOutcome);
  add(S3, 'multiagency_cooperation', f.multiagency, { tag: 'multisectoral' });
  add(S3, 'victim_pretrial_interviews', v1.pretrialInterviews, { person: v1.key });
  add(S3, 'victim_interview_safeguards', v1.interviewSafeguards, { person: v1.key });
  add(S3, 'victim_statement_preserved', v1.statementPreserved, { person: v1.key });

  // ---- defendants and indictment ----
  const S4 = 'prosecution_indictment';
  f.defendants.forEach((d, i) => {
    const first = i === 0;
    const p = d.key;
    add(S4, 'defendant_code', d.code, { person: p, core: true });
    add(S4, 'defendant_reference_in_file', nameIn(d, lang), { person: p });
    add(S4, 'defendant_sex', d.sex, { person: p, core: true });
    add(S4, 'defendant_age_at_offence', d.age, { person: p, core: first });
    add(S4, 'defendant_citizenship', d.citizenship, { person: p });
    add(S4, 'defendant_role', d.roles, { person: p });
    if (!first && rng.chance(0.5)) return;
    add(S4, 'defendant_public_official', d.publicOfficial, { person: p });
    add(S4, 'defendant_former_victim', d.formerVictim, { person: p });
    add(S4, 'defendant_prior_convictions', d.priorConvictions ? 'yes' : 'no', { person: p });
  });
  if (indicted) {
    add(S4, 'prosecuting_office', f.courts.prosecution.code);
    add(S4, 'date_indictment', isoDate(f.timeline.indictment), { core: true });
    add(S4, 'charges_in_indictment', f.charges, { core: true });
    add(S4, 'legal_provisions_cited', f.country === 'rs' && f.script === 'cyrl' ? srToCyrillic(citedProvisions(f)) : citedProvisions(f));
    add(S4, 'acts_alleged', f.acts, { tag: 'act' });
    add(S4, 'means_alleged', f.means, { tag: 'means' });
    add(S4, 'charge_downgraded_before_indictment', f.downgraded);
    add(S4, 'plea_or_abbreviated_procedure', f.plea);
  }

  // ---- first-instance trial ----
  const S5 = 'first_instance_trial';
  if (indicted) add(S5, 'first_instance_court', f.courts.firstInstance.code, { core: judged });
  if (judged) {
    add(S5, 'hearings_adjourned', f.hearingsAdjourned);
    add(S5, 'adjournment_reasons', f.adjournmentReasons);
    f.victims.forEach((v, i) => {
      const p = v.key;
      add(S5, 'victim_testimony_mode', v.testimonyMode, { person: p, core: i === 0, tag: 'protection' });
      if (i > 0) return;
      add(S5, 'victim_trial_protection', v.trialProtection, { person: p, tag: 'protection' });
      add(S5, 'victim_confronted_with_defendant', v.confronted, { person: p });
      add(S5, 'victim_total_testimonies', v.totalTestimonies, { person: p });
      add(S5, 'victim_legal_representation', v.legalRepresentation, { person: p });
      add(S5, 'victim_procedural_role', v.proceduralRole, { person: p });
      add(S5, 'victim_credibility_finding', v.credibility, { person: p, tag: 'credibility' });
    });
    add(S5, 'evidence_relied_on', f.evidenceRelied, { tag: ['victim_testimony', 'corroboration', 'digital', 'sim', 'financial', 'expert', 'international_evidence'] });
    add(S5, 'evidential_challenges', f.challenges);
    add(S5, 'trauma_informed_reasoning', f.traumaInformed, { tag: 'trauma' });
    add(S5, 'consent_reasoning', f.consentReasoning, { tag: 'consent' });
    add(S5, 'date_first_instance_judgment', isoDate(f.timeline.firstInstance), { core: true });
    add(S5, 'first_instance_outcome', f.firstInstanceOutcome, { core: true });
    add(S5, 'requalified_offence', f.requalifiedOffence);
    add(S5, 'acquittal_reasons', f.acquittalReasons);
  }

  // ---- sentencing (final values, after any appeal) ----
  const S6 = 'sentencing';
  if (judged) {
    f.defendants.forEach((d, i) => {
      const p = d.key;
      add(S6, 'defendant_verdict', d.verdict, { person: p, core: true });
      add(S6, 'sentence_type', d.sentenceType, { person: p, core: i === 0 });
      if (d.sentenceType === 'imprisonment') add(S6, 'imprisonment_months', d.months, { person: p, core: true, tag: 'sentence' });
      if (d.verdict === 'convicted_tip' || d.verdict === 'convicted_child_tip') {
        add(S6, 'statutory_minimum_months', d.minimumMonths, { person: p });
        add(S6, 'below_statutory_minimum', d.months < d.minimumMonths ? 'yes' : 'no', { person: p });
      }
      if (i > 0) return;
      add(S6, 'mitigating_factors', d.mitigating, { person: p, tag: 'mitigating' });
      add(S6, 'aggravating_factors', d.aggravating, { person: p, tag: 'aggravating' });
    });
  }

  // ---- appeal and finality ----
  const S7 = 'appeal_finality';
  if (judged) {
    add(S7, 'appeal_lodged_by', f.appealBy, { core: true });
    if (f.progress === 'appeal') {
      add(S7, 'appeal_court', f.courts.appeal.code);
      add(S7, 'appeal_outcome', f.appealOutcome, { core: true });
      add(S7, 'date_appeal_decision', isoDate(f.timeline.appeal), { core: true });
    } else {
      add(S7, 'appeal_outcome', 'not_applicable');
    }
    add(S7, 'extraordinary_remedies', f.extraordinaryRemedies);
    add(S7, 'date_final_judgment', isoDate(f.timeline.final), { core: true });
    const totalDef = index.field(S7, 'duration_total');
    add(S7, 'duration_total', daysToUnit(f.timeline.final - f.timeline.complaint, totalDef?.unit));
    const itjDef = index.field(S7, 'duration_indictment_to_judgment');
    add(S7, 'duration_indictment_to_judgment', daysToUnit(f.timeline.firstInstance - f.timeline.indictment, itjDef?.unit));
  }
  add(S7, 'enforcement_status', f.enforcement);

  // ---- compensation and confiscation ----
  const S8 = 'compensation_confiscation';
  f.victims.forEach((v, i) => {
    if (i > 0 && rng.chance(0.6)) return;
    const p = v.key;
    add(S8, 'property_claim_filed', v.claimFiled, { person: p });
    add(S8, 'property_claim_decision', v.claimDecision, { person: p, tag: 'compensation' });
    if (v.compensationEur > 0) {
      add(S8, 'compensation_awarded', v.compensationEur, { person: p, tag: 'compensation' });
      add(S8, 'compensation_paid', v.compensationPaid, { person: p });
    }
    add(S8, 'state_compensation', v.stateCompensation, { person: p });
  });
  if (judged) {
    add(S8, 'confiscation_of_proceeds', f.confiscation);
    if (f.confiscation === 'ordered') add(S8, 'confiscated_amount', f.confiscatedEur);
  }

  // ---- victim support ----
  const S9 = 'victim_protection_support';
  add(S9, 'support_services_received', v1.support, { person: v1.key, tag: 'support' });
  add(S9, 'informed_of_rights', v1.informed, { person: v1.key, tag: 'rights' });
  add(S9, 'risk_assessment', v1.riskAssessment, { person: v1.key });
  add(S9, 'victim_intimidated', v1.intimidated, { person: v1.key });
  add(S9, 'victim_penalised', v1.penalised, { person: v1.key });
  add(S9, 'non_punishment_applied', v1.nonPunishment, { person: v1.key, tag: 'non_punishment' });
  if (judged) add(S9, 'secondary_victimisation', v1.secondaryVictimisation, { person: v1.key, tag: 'secondary' });

  // ---- reviewer assessment (only once the review is complete) ----
  if (status === 'coded' || status === 'verified') {
    const S10 = 'review_assessment';
    const a = assessment(f, input.documentKinds);
    add(S10, 'investigation_shortcomings', a.investigation);
    add(S10, 'prosecution_shortcomings', a.prosecution);
    if (judged) add(S10, 'adjudication_shortcomings', a.adjudication);
    add(S10, 'good_practices', a.good);
    add(S10, 'victim_centred_rating', a.rating);
    add(S10, 'data_gaps', a.gaps);
    add(S10, 'reviewer_confidence', status === 'verified' ? 'high' : rng.pick(['high', 'medium', 'medium', 'low']));
    add(S10, 'key_findings', a.findings);
  }

  return select(candidates, input);
}

/** Keeps the core values and as many others as the review status suggests (about 30-50). */
function select(candidates: Candidate[], input: CodingInput): DemoCoding[] {
  const { rng, status } = input;
  let chosen: Candidate[];
  if (status === 'not_started') {
    // Nothing reviewed yet: only the overview a trainer pre-fills when registering the file.
    chosen = candidates.filter((c) => c.core && c.coding.stage === 'case_overview');
  } else {
    const core = candidates.filter((c) => c.core);
    const optional = candidates.filter((c) => !c.core);
    const target = status === 'in_progress' ? rng.int(30, 38) : rng.int(38, 50);
    const room = Math.max(0, target - core.length);
    let picked: Candidate[];
    if (status === 'in_progress') {
      // A review in progress has filled the early stages and left the later ones open.
      const ranked = optional.map((c) => ({ c, key: c.stage + rng.next() * 2.5 })).sort((x, y) => x.key - y.key);
      picked = ranked.slice(0, room).map((x) => x.c);
    } else {
      picked = rng.sample(optional, room);
    }
    chosen = [...core, ...picked].sort((x, y) => x.order - y.order);
  }
  const byTag = new Map<SpanTag, AnnotationRef[]>();
  for (const a of input.annotations) {
    const list = byTag.get(a.tag) ?? [];
    list.push(a);
    byTag.set(a.tag, list);
  }
  return chosen.map((c) => {
    const coding = { ...c.coding };
    if (status !== 'not_started' && rng.chance(0.05)) coding.note = rng.pick(NOTES);
    if (c.tags !== undefined) {
      const refs = c.tags
        .flatMap((t) => byTag.get(t) ?? [])
        .filter((a) => a.person === undefined || coding.person === undefined || a.person === coding.person);
      if (refs.length > 0 && rng.chance(0.75)) coding.evidence = refs.map((a) => a.id);
    }
    return coding;
  });
}

function documentsReviewed(rng: Rng, f: CaseFacts, kinds: DemoDocumentKind[]): string[] {
  const out: string[] = [];
  for (const k of kinds) {
    if (k === 'criminal_complaint') out.push('criminal_complaint');
    if (k === 'official_note') out.push('official_notes');
    if (k === 'statement_record') out.push('victim_statements');
    if (k === 'indictment') out.push('indictment');
    if (k === 'trial_minutes') out.push('trial_minutes');
    if (k === 'first_instance_judgment') out.push('first_instance_judgment');
    if (k === 'appeal_judgment') out.push('appeal_judgment');
    if (k === 'supreme_court_decision') out.push('third_instance_decision');
  }
  // Reviewers usually also saw parts of the file that were not copied into the vault.
  if (rng.chance(0.5)) out.push('victim_statements');
  if (f.victims.some((v) => v.identification === 'identified_victim') && rng.chance(0.4)) out.push('identification_decision');
  if (f.specialMeasures.includes('interception') && rng.chance(0.5)) out.push('sim_records');
  if (f.financialInvestigation === 'parallel_full' && rng.chance(0.5)) out.push('financial_records');
  if (f.internationalCooperation.includes('mla_sent') && rng.chance(0.5)) out.push('mla_correspondence');
  return [...new Set(out)];
}

function victimReference(v: VictimFacts, lang: DocLanguage): string {
  const initials = initialsIn(v, lang);
  switch (lang) {
    case 'mk': return `${g(v, 'оштетениот', 'оштетената')} ${initials}`;
    case 'sr-Cyrl': return `${g(v, 'оштећени', 'оштећена')} ${initials}`;
    case 'sr-Latn':
    case 'cnr': return `${g(v, 'oštećeni', 'oštećena')} ${initials}`;
    case 'sq': return `${g(v, 'i dëmtuari', 'e dëmtuara')} ${initials}`;
    case 'en': return `injured party ${initials}`;
  }
}

const STORY_EN: Readonly<Record<CaseFacts['archetype'], string>> = {
  loverboy: 'D1 started a romantic relationship with V1 over social media, moved her into a rented flat and made her provide sexual services to clients, keeping the money.',
  transnational_sexual: 'V1 was recruited with a false offer of a job abroad, transported across the border and exploited in prostitution in a night bar; her passport was taken and a travel debt imposed.',
  forced_begging: 'D1 kept V1 and other children in a shed and forced them to beg at crossroads every day, beating them when they brought back less than the set amount.',
  labour: 'V1 was recruited through an advertisement with a false promise of a paid job; on arrival the passport was taken, working days were 12-14 hours and wages were withheld as a debt.',
  forced_marriage: 'D1 handed V1, then a child, to the family of D2 for money as a "marriage"; V1 had to do all the housework, could not attend school and was beaten.',
  victim_offender: 'D1, herself previously exploited in the same bar, recruited V1 with a job offer; V1 was made to provide sexual services to guests and D1 collected the money for D2.',
};

function factSummary(f: CaseFacts): string {
  const v1 = f.victims[0] as VictimFacts;
  const more = f.victims.length > 1 ? ` ${f.victims.length - 1} further victim(s) were exploited in the same way.` : '';
  return `${STORY_EN[f.archetype]} V1 was ${v1.age} at the start; exploitation lasted about ${v1.durationMonths} months.${more} Detection: ${v1.detection.replace(/_/g, ' ')}.`;
}

interface Assessment {
  investigation: string[];
  prosecution: string[];
  adjudication: string[];
  good: string[];
  rating: string;
  gaps: string[];
  findings: string;
}

function assessment(f: CaseFacts, kinds: DemoDocumentKind[]): Assessment {
  const v1 = f.victims[0] as VictimFacts;
  const d1 = f.defendants[0] as DefendantFacts;
  const investigation: string[] = [];
  if (f.financialInvestigation === 'none') investigation.push('no_financial');
  if (f.digitalEvidence.includes('none')) investigation.push('no_sim_digital');
  if (f.evidenceRelied.length > 0 && f.evidenceRelied.length <= 3) investigation.push('reliance_on_victim');
  if (v1.pretrialInterviews >= 3) investigation.push('poor_interview');
  const prosecution: string[] = [];
  if (f.requalifiedOffence.some((r) => r !== 'not_applicable')) prosecution.push('wrong_qualification');
  if (f.victims.some((v) => v.claimFiled === 'no')) prosecution.push('no_compensation_support');
  if (f.timeline.indictment - f.timeline.complaint > 240) prosecution.push('delays');
  const adjudication: string[] = [];
  if (d1.verdict !== 'acquitted' && d1.months > 0 && d1.months < d1.minimumMonths) adjudication.push('lenient_sentence');
  if (f.consentReasoning === 'treated_as_defence') adjudication.push('consent_misapplied');
  if (d1.firstVerdict === 'acquitted') adjudication.push('stereotypes');
  if (f.timeline.firstInstance - f.timeline.indictment > 540) adjudication.push('delays');
  if (f.victims.some((v) => v.claimDecision === 'referred_civil')) adjudication.push('compensation_not_decided');
  const good: string[] = [];
  if (f.financialInvestigation === 'parallel_full') good.push('financial_investigation');
  if (f.investigationTrigger === 'proactive') good.push('proactive_investigation');
  if (f.internationalCooperation.includes('jit') || f.mlaOutcome === 'timely') good.push('jit_mla');
  if (v1.interviewSafeguards.includes('audio_video_recorded')) good.push('victim_centred_interview');
  if (v1.testimonyMode === 'video_link') good.push('testimony_protection');
  if (f.victims.some((v) => v.compensationEur > 0)) good.push('compensation_awarded');
  if (f.traumaInformed === 'yes') good.push('trauma_informed_judgment');
  if (v1.nonPunishment === 'applied') good.push('non_punishment');
  const gaps: string[] = [];
  if (!kinds.includes('appeal_judgment') && f.progress === 'appeal') gaps.push('appeal');
  if (!kinds.includes('criminal_complaint') && !kinds.includes('official_note')) gaps.push('identification_referral');
  if (v1.support.includes('none_documented')) gaps.push('support');
  const score = good.length - adjudication.length - prosecution.length;
  const rating = score >= 3 ? 'fully' : score >= 1 ? 'largely' : score >= -1 ? 'partly' : 'not_at_all';
  const findings = [
    d1.verdict === 'acquitted' && f.progress !== 'investigation' && f.progress !== 'indicted'
      ? 'Acquittal rests mainly on doubts about V1; corroboration was not actively sought.'
      : 'Conviction rests on V1 testimony corroborated by other evidence.',
    adjudication.includes('lenient_sentence') ? 'Sentence for D1 is below the statutory minimum; reasons are brief.' : '',
    prosecution.includes('no_compensation_support') ? 'No support for a compensation claim by the victims.' : '',
    good.includes('testimony_protection') ? 'V1 testified by video link: good practice.' : '',
  ].filter((x) => x !== '').join(' ');
  return {
    investigation: investigation.length > 0 ? investigation : ['none'],
    prosecution: prosecution.length > 0 ? prosecution : ['none'],
    adjudication: adjudication.length > 0 ? adjudication : ['none'],
    good: good.length > 0 ? good : ['none'],
    rating,
    gaps: gaps.length > 0 ? gaps : ['none'],
    findings,
  };
}
