// The "truth" of one synthetic case, decided before any text is written. Documents, codings,
// annotations and memos are all rendered from these facts, which is what keeps them consistent
// with each other (a sentence in the judgment equals the coded sentence, dates are in order).
// Option-valued properties hold codebook option ids.

import type { GivenName, NamePoolId, Surname } from './name-pools';
import type { CountryId, CourtSet, ForeignPlace, Town } from './places';

export type DocLanguage = 'mk' | 'sr-Cyrl' | 'sr-Latn' | 'sq' | 'cnr' | 'en';

export type Archetype =
  | 'loverboy'
  | 'transnational_sexual'
  | 'forced_begging'
  | 'labour'
  | 'forced_marriage'
  | 'victim_offender';

/** How far the proceedings had gone when the file was copied. */
export type Progress = 'investigation' | 'indicted' | 'first_instance' | 'appeal';

export type Verdict = 'convicted_tip' | 'convicted_child_tip' | 'convicted_lesser' | 'acquitted';

export type Occupation =
  | 'unemployed' | 'waiter' | 'driver' | 'construction' | 'trader' | 'bar_owner' | 'farmer' | 'hairdresser';

export type Education = 'none' | 'primary' | 'lower_secondary' | 'upper_secondary' | 'tertiary';

export interface PersonFacts {
  key: string;
  code: string;
  role: 'victim' | 'defendant' | 'witness';
  sex: 'female' | 'male';
  birthDay: number;
  /** Whether the file gives the full date of birth or only the year. */
  dobPrecision: 'day' | 'year';
  pool: NamePoolId;
  given: GivenName;
  surname: Surname;
  father: GivenName;
  /** Citizenship option id (mk, rs, al, me, xk, ...). */
  citizenship: string;
  home: CountryId | 'xk';
  birthTown: Town;
  residenceTown: Town;
  /** Street address in the home country's language and script. */
  address: string;
  jmbg?: string;
  nid?: string;
  phone?: string;
  occupation: Occupation;
  education: Education;
  married: boolean;
  children: number;
  priorConvictions: boolean;
}

export interface VictimFacts extends PersonFacts {
  role: 'victim';
  age: number;
  child: boolean;
  educationCode: string;
  vulnerabilities: string[];
  relationship: string;
  recruitment: string[];
  forms: string[];
  sectors: string[];
  control: string[];
  exploitationCountries: string[];
  durationMonths: number;
  detection: string;
  identification: string;
  identifyingAuthority: string;
  foreignMeasures: string[];
  pretrialInterviews: number;
  interviewSafeguards: string[];
  statementPreserved: string;
  testimonyMode: string;
  trialProtection: string[];
  confronted: 'yes' | 'no';
  totalTestimonies: number;
  legalRepresentation: string;
  proceduralRole: string[];
  credibility: string;
  claimFiled: 'yes' | 'no';
  claimDecision: string;
  /** Awarded compensation in EUR (0 when nothing was awarded). */
  compensationEur: number;
  compensationPaid: string;
  stateCompensation: string;
  support: string[];
  informed: string;
  riskAssessment: 'yes' | 'no' | 'unknown';
  intimidated: string;
  penalised: string[];
  nonPunishment: string;
  secondaryVictimisation: string[];
}

export interface DefendantFacts extends PersonFacts {
  role: 'defendant';
  age: number;
  roles: string[];
  publicOfficial: 'yes' | 'no';
  formerVictim: 'yes' | 'no' | 'unknown';
  verdict: Verdict;
  /** Verdict and sentence at first instance (before any appeal change). */
  firstVerdict: Verdict;
  firstMonths: number;
  /** The final sentence is suspended and was already so at first instance (no appeal change). */
  firstSuspended: boolean;
  sentenceType: string;
  months: number;
  minimumMonths: number;
  mitigating: string[];
  aggravating: string[];
  inCustody: boolean;
}

export interface WitnessFacts extends PersonFacts {
  role: 'witness';
  kind: 'friend' | 'client' | 'neighbour' | 'coworker';
}

export interface CaseNumbers {
  court: string;
  appeal: string;
  prosecution: string;
}

export interface Timeline {
  offenceStart: number;
  complaint: number;
  indictment: number;
  firstInstance: number;
  appeal: number;
  final: number;
}

export interface CaseFacts {
  index: number;
  ref: string;
  country: CountryId;
  archetype: Archetype;
  /** Labour cases: exploitation abroad (nationals) or at home (foreign workers). */
  abroad: boolean;
  /** Script of Serbian documents of the case (the file's script; Latin for other countries). */
  script: 'cyrl' | 'latn';
  town: Town;
  destinationTown: Town;
  foreign?: ForeignPlace;
  courts: CourtSet;
  numbers: CaseNumbers;
  timeline: Timeline;
  progress: Progress;
  organised: boolean;
  victims: VictimFacts[];
  defendants: DefendantFacts[];
  witness?: WitnessFacts;
  // Case-level coded facts.
  formOfTrafficking: string;
  investigationTrigger: string;
  leadUnit: string;
  specialMeasures: string[];
  digitalEvidence: string[];
  financialInvestigation: string;
  assetsFrozen: 'yes' | 'no';
  internationalCooperation: string[];
  mlaOutcome: string;
  multiagency: string[];
  charges: string[];
  acts: string[];
  means: string[];
  downgraded: 'yes' | 'no';
  plea: string;
  hearingsAdjourned: number;
  adjournmentReasons: string[];
  evidenceRelied: string[];
  challenges: string[];
  traumaInformed: 'yes' | 'no';
  consentReasoning: string;
  firstInstanceOutcome: string;
  requalifiedOffence: string[];
  acquittalReasons: string[];
  appealBy: string[];
  appealOutcome: string;
  extraordinaryRemedies: string[];
  enforcement: string;
  confiscation: string;
  confiscatedEur: number;
  overallOutcome: string;
  /** Promised monthly pay (EUR) in the recruitment story. */
  promisedEur: number;
  /** Debt the victims were told they owed (EUR). */
  debtEur: number;
  /** What the victims were told they would do (archetype-specific story key). */
  promisedJob: 'waitress' | 'dancer' | 'caretaker' | 'construction' | 'seasonal' | 'hotel' | 'none';
}
