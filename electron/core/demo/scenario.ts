// Decides the facts of one synthetic case from its archetype (domain.md §6.4): who the victims
// and defendants are, what happened, how far the proceedings went and how they ended. Every
// later step (documents, codings, annotations) only renders these facts.

import { dayNumber, shortYear, yearOf, yearsBetween } from './calendar';
import type {
  Archetype, CaseFacts, DefendantFacts, Education, Occupation, PersonFacts, Progress, Verdict,
  VictimFacts, WitnessFacts,
} from './case-facts';
import { drawPerson, type IdentitySpec } from './people';
import { courtsFor, FOREIGN_PLACES, TOWNS, type CountryId, type ForeignPlace, type Town } from './places';
import type { Rng } from './prng';

const ARCHETYPE_WEIGHTS: Readonly<Record<CountryId, readonly (readonly [Archetype, number])[]>> = {
  mk: [['loverboy', 3], ['transnational_sexual', 3], ['forced_begging', 2], ['labour', 2], ['forced_marriage', 1], ['victim_offender', 2]],
  rs: [['loverboy', 4], ['transnational_sexual', 3], ['forced_begging', 1], ['labour', 2], ['forced_marriage', 1], ['victim_offender', 2]],
  al: [['loverboy', 2], ['transnational_sexual', 4], ['forced_begging', 3], ['labour', 1], ['forced_marriage', 1], ['victim_offender', 1]],
  me: [['loverboy', 2], ['transnational_sexual', 2], ['forced_begging', 1], ['labour', 3], ['forced_marriage', 2], ['victim_offender', 1]],
};

/** Places of domestic exploitation: where bars, seasonal work and begging concentrate. */
const EXPLOITATION_TOWNS: Readonly<Record<CountryId, readonly string[]>> = {
  mk: ['Скопје', 'Охрид', 'Струмица', 'Гевгелија', 'Битола'],
  rs: ['Beograd', 'Novi Sad', 'Niš', 'Subotica'],
  al: ['Tiranë', 'Durrës', 'Vlorë', 'Shkodër'],
  me: ['Budva', 'Bar', 'Podgorica', 'Herceg Novi', 'Ulcinj'],
};

/** Statutory minimum of the TIP offence in months (domain.md §5; verify before release). */
const MINIMUM_MONTHS: Readonly<Record<CountryId, { adult: number; child: number }>> = {
  mk: { adult: 48, child: 96 },
  rs: { adult: 36, child: 60 },
  al: { adult: 96, child: 120 },
  me: { adult: 12, child: 36 },
};

/** Foreign nationalities that plausibly appear as victims in each country's files. */
const FOREIGN_HOMES: Readonly<Record<CountryId, readonly (CountryId | 'xk')[]>> = {
  mk: ['al', 'xk', 'rs'],
  rs: ['mk', 'me'],
  al: ['xk', 'mk'],
  me: ['rs', 'al', 'xk'],
};

const COUNTRIES: readonly CountryId[] = ['mk', 'rs', 'al', 'me'];

function townByName(country: CountryId, name: string): Town {
  return TOWNS[country].find((t) => t.name === name) ?? (TOWNS[country][0] as Town);
}

function isChildArchetype(a: Archetype): boolean {
  return a === 'loverboy' || a === 'forced_begging' || a === 'forced_marriage';
}

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function orNone(values: readonly string[], none: string): string[] {
  return values.length > 0 ? uniq(values) : [none];
}

/** The order the four countries take for a seed; cases cycle through it. */
export function countryOrder(seedRng: Rng): CountryId[] {
  const order = [...COUNTRIES];
  for (let i = order.length - 1; i > 0; i--) {
    const j = seedRng.int(0, i);
    const a = order[i] as CountryId;
    order[i] = order[j] as CountryId;
    order[j] = a;
  }
  return order;
}

export interface ScenarioInput {
  index: number;
  country: CountryId;
  /** Serial of this case among the cases of its country (drives the Serbian script). */
  countrySerial: number;
  /** Seed-level bit so the first Serbian case is not always in the same script. */
  scriptFlip: boolean;
}

interface Timing {
  start: number;
  durationMonths: number;
}

export function buildCaseFacts(rng: Rng, input: ScenarioInput): CaseFacts {
  const { country, index } = input;
  const archetype = rng.weighted(ARCHETYPE_WEIGHTS[country]);
  const script: 'cyrl' | 'latn' =
    country === 'mk' || (country === 'rs' && (input.countrySerial % 2 === 0) !== input.scriptFlip) ? 'cyrl' : 'latn';
  const needsCyrillic = script === 'cyrl';
  const town = rng.pick(TOWNS[country]);
  const abroad = archetype === 'transnational_sexual' || (archetype === 'labour' && rng.chance(0.6));
  const foreign: ForeignPlace | undefined = abroad ? pickForeignPlace(rng, country, archetype) : undefined;
  const destinationTown = townByName(country, rng.pick(EXPLOITATION_TOWNS[country]));
  const organised =
    archetype === 'transnational_sexual' ? rng.chance(0.85)
      : archetype === 'labour' ? rng.chance(abroad ? 0.5 : 0.2)
        : archetype === 'victim_offender' ? rng.chance(0.4)
          : rng.chance(0.1);
  const progress: Progress = rng.weighted([
    ['investigation', 7], ['indicted', 13], ['first_instance', 25], ['appeal', 55],
  ] as const);

  // ---- timeline ----
  const start = dayNumber(rng.int(2012, 2018), rng.int(1, 12), rng.int(1, 28));
  const timing: Timing = { start, durationMonths: durationFor(rng, archetype) };
  const complaint = start + timing.durationMonths * 30 + rng.int(5, 90);
  const indictment = complaint + rng.int(60, 300);
  const firstInstance = indictment + rng.int(150, 700);
  const appealDay = firstInstance + rng.int(90, 330);
  const final = progress === 'appeal' ? appealDay : firstInstance + rng.int(20, 45);
  const timeline = { offenceStart: start, complaint, indictment, firstInstance, appeal: appealDay, final };

  const judgmentYear = yearOf(progress === 'investigation' || progress === 'indicted' ? indictment : firstInstance);
  const courts = courtsFor(country, town, organised, judgmentYear);

  // ---- persons ----
  const usedNames = new Set<string>();
  const victimCount = archetype === 'forced_marriage' ? 1
    : archetype === 'loverboy' ? rng.weighted([[1, 3], [2, 1]] as const)
      : rng.weighted([[1, 5], [2, 3], [3, 2]] as const);
  const defendantCount = archetype === 'transnational_sexual' ? rng.int(2, 4)
    : archetype === 'forced_marriage' || archetype === 'victim_offender' ? 2
      : archetype === 'labour' ? rng.int(1, 3)
        : rng.weighted([[1, 3], [2, 2]] as const);

  const victims: VictimFacts[] = [];
  for (let i = 0; i < victimCount; i++) {
    victims.push(drawVictim(rng, { archetype, country, abroad, foreign, needsCyrillic, timing, index: i, usedNames }));
  }
  const defendants: DefendantFacts[] = [];
  for (let i = 0; i < defendantCount; i++) {
    defendants.push(drawDefendant(rng, { archetype, country, needsCyrillic, timing, index: i, usedNames, town, organised }));
  }
  const witness = rng.chance(0.4) ? drawWitness(rng, archetype, country, needsCyrillic, start, usedNames) : undefined;

  const facts: CaseFacts = {
    index,
    ref: `TRAIN-${country.toUpperCase()}-${String(index + 1).padStart(4, '0')}`,
    country,
    archetype,
    abroad,
    script,
    town,
    destinationTown,
    courts,
    numbers: caseNumbers(rng, country, organised, timeline),
    timeline,
    progress,
    organised,
    victims,
    defendants,
    formOfTrafficking: abroad || victims.some((v) => v.citizenship !== country) ? 'transnational' : 'internal',
    investigationTrigger: 'reactive',
    leadUnit: 'general_police',
    specialMeasures: [],
    digitalEvidence: [],
    financialInvestigation: 'none',
    assetsFrozen: 'no',
    internationalCooperation: [],
    mlaOutcome: 'not_applicable',
    multiagency: [],
    charges: [],
    acts: [],
    means: [],
    downgraded: 'no',
    plea: 'none',
    hearingsAdjourned: 0,
    adjournmentReasons: [],
    evidenceRelied: [],
    challenges: [],
    traumaInformed: 'no',
    consentReasoning: 'not_discussed',
    firstInstanceOutcome: 'unknown',
    requalifiedOffence: ['not_applicable'],
    acquittalReasons: ['not_applicable'],
    appealBy: ['none'],
    appealOutcome: 'not_applicable',
    extraordinaryRemedies: ['none'],
    enforcement: 'not_yet_final',
    confiscation: 'not_requested',
    confiscatedEur: 0,
    overallOutcome: 'pending',
    promisedEur: 0,
    debtEur: 0,
    promisedJob: 'none',
  };
  if (foreign !== undefined) facts.foreign = foreign;
  if (witness !== undefined) facts.witness = witness;

  decideInvestigation(rng, facts);
  decideCharges(rng, facts);
  decideOutcome(rng, facts);
  decideVictimProceedings(rng, facts);
  decideStory(rng, facts);
  return facts;
}

function pickForeignPlace(rng: Rng, country: CountryId, archetype: Archetype): ForeignPlace {
  const preferred = archetype === 'labour' ? ['de', 'at', 'ch'] : country === 'al' ? ['it', 'gr', 'de'] : ['de', 'it', 'at', 'ch'];
  return rng.pick(FOREIGN_PLACES.filter((p) => preferred.includes(p.country)));
}

function durationFor(rng: Rng, archetype: Archetype): number {
  switch (archetype) {
    case 'loverboy': return rng.int(2, 12);
    case 'transnational_sexual': return rng.int(3, 18);
    case 'forced_begging': return rng.int(6, 30);
    case 'labour': return rng.int(2, 14);
    case 'forced_marriage': return rng.int(6, 30);
    case 'victim_offender': return rng.int(2, 15);
  }
}

// ---------------------------------------------------------------- victims

interface VictimContext {
  archetype: Archetype;
  country: CountryId;
  abroad: boolean;
  foreign: ForeignPlace | undefined;
  needsCyrillic: boolean;
  timing: Timing;
  index: number;
  usedNames: Set<string>;
}

function victimAge(rng: Rng, archetype: Archetype): number {
  switch (archetype) {
    case 'loverboy': return rng.int(14, 17);
    case 'forced_begging': return rng.int(7, 14);
    case 'forced_marriage': return rng.int(13, 16);
    case 'transnational_sexual': return rng.int(18, 29);
    case 'labour': return rng.int(19, 52);
    case 'victim_offender': return rng.int(17, 24);
  }
}

function birthDayForAge(rng: Rng, age: number, onDay: number): number {
  // Birthday somewhere in the year before `age` was reached, so the age on `onDay` is exact.
  return onDay - age * 365 - Math.floor(age / 4) - rng.int(1, 360);
}

function educationForAge(rng: Rng, age: number, archetype: Archetype): Education {
  if (archetype === 'forced_begging' || archetype === 'forced_marriage') return rng.weighted([['none', 2], ['primary', 3]] as const);
  if (age < 16) return 'primary';
  if (age < 19) return rng.weighted([['primary', 1], ['lower_secondary', 3]] as const);
  return rng.weighted([['primary', 2], ['lower_secondary', 3], ['upper_secondary', 4], ['tertiary', 1]] as const);
}

function drawVictim(rng: Rng, c: VictimContext): VictimFacts {
  const { archetype, country } = c;
  const foreignWorkers = archetype === 'labour' && !c.abroad;
  const foreignVictim = foreignWorkers || (archetype === 'victim_offender' && c.index > 0 && rng.chance(0.4));
  const home: CountryId | 'xk' = foreignVictim ? rng.pick(FOREIGN_HOMES[country]) : country;
  const sex: 'female' | 'male' =
    archetype === 'labour' ? (rng.chance(0.8) ? 'male' : 'female')
      : archetype === 'forced_begging' ? rng.pick(['female', 'male'] as const)
        : 'female';
  const age = victimAge(rng, archetype);
  const birthDay = birthDayForAge(rng, age, c.timing.start);
  const education = educationForAge(rng, age, archetype);
  const spec: IdentitySpec = {
    key: `v${c.index + 1}`,
    code: `V${c.index + 1}`,
    role: 'victim',
    sex,
    birthDay,
    dobPrecision: rng.chance(0.5) ? 'year' : 'day',
    home,
    caseCountry: country,
    needsCyrillic: c.needsCyrillic,
    withIdNumber: age >= 18 && rng.chance(0.2),
    withPhone: age >= 16 && rng.chance(0.35),
    occupation: age >= 18 ? rng.pick(['unemployed', 'waiter', 'hairdresser', 'farmer'] as const) : 'unemployed',
    education,
    priorConvictions: false,
  };
  const base = drawPerson(rng, spec, c.usedNames);
  const realAge = yearsBetween(birthDay, c.timing.start);
  const child = realAge < 18;
  const durationMonths = Math.max(1, c.timing.durationMonths - (c.index > 0 ? rng.int(0, Math.floor(c.timing.durationMonths / 2)) : 0));
  const profile = victimProfile(rng, archetype, c, foreignVictim);
  return {
    ...base,
    role: 'victim',
    age: realAge,
    child,
    educationCode: education,
    durationMonths,
    foreignMeasures: foreignVictim && !c.abroad
      ? rng.sample(['reflection_period', 'residence_permit', 'assisted_return'], rng.int(1, 2))
      : ['not_applicable'],
    ...profile,
    // Filled by decideVictimProceedings once the outcome is known.
    pretrialInterviews: 1,
    interviewSafeguards: [],
    statementPreserved: 'unknown',
    testimonyMode: 'unknown',
    trialProtection: [],
    confronted: 'no',
    totalTestimonies: 1,
    legalRepresentation: 'unknown',
    proceduralRole: [],
    credibility: 'not_applicable',
    claimFiled: 'no',
    claimDecision: 'not_applicable',
    compensationEur: 0,
    compensationPaid: 'not_applicable',
    stateCompensation: 'unknown',
    support: [],
    informed: 'unknown',
    riskAssessment: 'unknown',
    intimidated: 'unknown',
    penalised: ['none'],
    nonPunishment: 'not_applicable',
    secondaryVictimisation: ['none'],
    identification: 'unknown',
    identifyingAuthority: 'unknown',
  };
}

type VictimProfile = Pick<
  VictimFacts,
  'vulnerabilities' | 'relationship' | 'recruitment' | 'forms' | 'sectors' | 'control' | 'exploitationCountries' | 'detection'
>;

function victimProfile(rng: Rng, archetype: Archetype, c: VictimContext, foreignVictim: boolean): VictimProfile {
  const home = c.country;
  const abroadCountry = c.foreign?.country ?? home;
  switch (archetype) {
    case 'loverboy':
      return {
        vulnerabilities: uniq(['intimate_partner', ...rng.sample(['dysfunctional_family', 'economic_need', 'no_parental_care', 'low_education', 'prior_abuse'], rng.int(1, 3))]),
        relationship: c.index === 0 ? 'intimate_partner' : 'friend_acquaintance',
        recruitment: c.index === 0 ? ['social_media', 'romantic_loverboy'] : ['friends'],
        forms: ['sexual_prostitution'],
        sectors: rng.sample(['private_apartments', 'bars_nightclubs'], rng.int(1, 2)),
        control: rng.sample(['takes_earnings', 'threats', 'psychological_abuse', 'physical_abuse', 'restricts_movement', 'false_promises'], rng.int(3, 4)),
        exploitationCountries: [home],
        detection: rng.pick(['police_proactive', 'family_community', 'social_services', 'client_public']),
      };
    case 'transnational_sexual':
      return {
        vulnerabilities: rng.sample(['economic_need', 'unemployment', 'dysfunctional_family', 'low_education', 'pregnancy_dependants'], rng.int(1, 3)),
        relationship: rng.pick(['friend_acquaintance', 'stranger']),
        recruitment: ['job_offer', rng.pick(['online_ad', 'social_media', 'friends'])],
        forms: ['sexual_prostitution'],
        sectors: rng.sample(['bars_nightclubs', 'private_apartments'], rng.int(1, 2)),
        control: rng.sample(['debt_bondage', 'withholds_documents', 'takes_earnings', 'threats', 'restricts_movement', 'physical_abuse', 'false_promises'], rng.int(3, 5)),
        exploitationCountries: [abroadCountry],
        detection: rng.pick(['foreign_authority', 'self_report', 'police_proactive', 'ngo_hotline']),
      };
    case 'forced_begging':
      return {
        vulnerabilities: rng.sample(['economic_need', 'marginalised_group', 'low_education', 'no_parental_care', 'homelessness'], rng.int(2, 3)),
        relationship: 'family',
        recruitment: rng.chance(0.7) ? ['family'] : ['sold_by_family'],
        forms: rng.chance(0.4) ? ['forced_begging', 'forced_criminality'] : ['forced_begging'],
        sectors: ['street'],
        control: rng.sample(['physical_abuse', 'threats', 'takes_earnings', 'excessive_working_hours', 'withholds_necessities', 'uses_children'], rng.int(2, 4)),
        exploitationCountries: [home],
        detection: rng.pick(['social_services', 'mobile_team', 'police_proactive', 'ngo_hotline']),
      };
    case 'labour':
      return {
        vulnerabilities: uniq([...rng.sample(['economic_need', 'unemployment', 'low_education', 'pregnancy_dependants'], rng.int(1, 2)), ...(foreignVictim ? ['irregular_status', 'language_barrier'] : [])]),
        relationship: rng.pick(['employer', 'stranger', 'friend_acquaintance']),
        recruitment: rng.chance(0.5) ? ['job_ad_offline'] : rng.chance(0.5) ? ['online_ad'] : ['friends'],
        forms: ['forced_labour'],
        sectors: c.abroad ? ['construction'] : [rng.pick(['hospitality', 'agriculture'])],
        control: uniq(['withholds_documents', ...rng.sample(['debt_bondage', 'excessive_working_hours', 'takes_earnings', 'threats', 'restricts_movement', 'withholds_necessities', 'false_promises'], rng.int(2, 4))]),
        exploitationCountries: [abroadCountry],
        detection: rng.pick(c.abroad ? ['labour_inspection', 'foreign_authority', 'self_report'] : ['labour_inspection', 'police_proactive', 'ngo_hotline']),
      };
    case 'forced_marriage':
      return {
        vulnerabilities: rng.sample(['marginalised_group', 'economic_need', 'low_education', 'dysfunctional_family'], rng.int(2, 3)),
        relationship: 'family',
        recruitment: rng.chance(0.5) ? ['marriage', 'sold_by_family'] : ['marriage', 'family'],
        forms: ['forced_marriage', 'domestic_servitude'],
        sectors: ['domestic_work'],
        control: rng.sample(['physical_abuse', 'sexual_abuse', 'restricts_movement', 'threats', 'withholds_necessities', 'psychological_abuse'], rng.int(2, 4)),
        exploitationCountries: [home],
        detection: rng.pick(['social_services', 'health', 'family_community', 'mobile_team']),
      };
    case 'victim_offender':
      return {
        vulnerabilities: rng.sample(['economic_need', 'unemployment', 'dysfunctional_family', 'addiction', 'low_education'], rng.int(1, 3)),
        relationship: 'friend_acquaintance',
        recruitment: ['job_offer', 'friends'],
        forms: ['sexual_prostitution'],
        sectors: ['bars_nightclubs'],
        control: rng.sample(['takes_earnings', 'debt_bondage', 'threats', 'restricts_movement', 'psychoactive_substances', 'false_promises'], rng.int(2, 4)),
        exploitationCountries: [home],
        detection: rng.pick(['police_proactive', 'self_report', 'client_public', 'ngo_hotline']),
      };
  }
}

// ---------------------------------------------------------------- defendants

interface DefendantContext {
  archetype: Archetype;
  country: CountryId;
  needsCyrillic: boolean;
  timing: Timing;
  index: number;
  usedNames: Set<string>;
  town: Town;
  organised: boolean;
}

function defendantShape(rng: Rng, c: DefendantContext): { sex: 'female' | 'male'; age: number; roles: string[]; occupation: Occupation } {
  const i = c.index;
  switch (c.archetype) {
    case 'loverboy':
      return i === 0
        ? { sex: 'male', age: rng.int(19, 30), roles: ['recruiter', 'exploiter'], occupation: rng.pick(['unemployed', 'driver', 'waiter']) }
        : { sex: rng.pick(['female', 'male'] as const), age: rng.int(22, 45), roles: ['harbourer', 'money_handler'], occupation: rng.pick(['unemployed', 'bar_owner', 'trader']) };
    case 'transnational_sexual':
      return [
        { sex: 'male' as const, age: rng.int(32, 55), roles: ['organiser', 'money_handler'], occupation: rng.pick(['bar_owner', 'trader'] as const) },
        { sex: rng.pick(['female', 'male'] as const), age: rng.int(24, 45), roles: ['recruiter'], occupation: rng.pick(['unemployed', 'hairdresser', 'waiter'] as const) },
        { sex: 'male' as const, age: rng.int(25, 50), roles: ['transporter'], occupation: 'driver' as const },
        { sex: 'male' as const, age: rng.int(28, 50), roles: ['exploiter', 'harbourer'], occupation: 'bar_owner' as const },
      ][Math.min(i, 3)] as { sex: 'female' | 'male'; age: number; roles: string[]; occupation: Occupation };
    case 'forced_begging':
      return i === 0
        ? { sex: 'male', age: rng.int(28, 50), roles: ['exploiter', 'organiser'], occupation: 'unemployed' }
        : { sex: 'female', age: rng.int(26, 45), roles: ['harbourer', 'exploiter'], occupation: 'unemployed' };
    case 'labour':
      return [
        { sex: 'male' as const, age: rng.int(30, 55), roles: ['recruiter', 'organiser'], occupation: 'trader' as const },
        { sex: 'male' as const, age: rng.int(35, 60), roles: ['exploiter'], occupation: 'construction' as const },
        { sex: 'male' as const, age: rng.int(25, 50), roles: ['transporter'], occupation: 'driver' as const },
      ][Math.min(i, 2)] as { sex: 'female' | 'male'; age: number; roles: string[]; occupation: Occupation };
    case 'forced_marriage':
      return i === 0
        ? { sex: 'male', age: rng.int(35, 55), roles: ['recruiter'], occupation: rng.pick(['unemployed', 'farmer']) }
        : { sex: 'male', age: rng.int(40, 62), roles: ['exploiter', 'harbourer'], occupation: rng.pick(['farmer', 'trader']) };
    case 'victim_offender':
      return i === 0
        ? { sex: 'female', age: rng.int(22, 35), roles: ['recruiter', 'money_handler'], occupation: rng.pick(['unemployed', 'waiter']) }
        : { sex: 'male', age: rng.int(30, 52), roles: ['exploiter', 'organiser'], occupation: 'bar_owner' };
  }
}

function drawDefendant(rng: Rng, c: DefendantContext): DefendantFacts {
  const shape = defendantShape(rng, c);
  const birthDay = birthDayForAge(rng, shape.age, c.timing.start);
  const prior = rng.chance(c.archetype === 'transnational_sexual' ? 0.4 : 0.25);
  const spec: IdentitySpec = {
    key: `d${c.index + 1}`,
    code: `D${c.index + 1}`,
    role: 'defendant',
    sex: shape.sex,
    birthDay,
    dobPrecision: 'day',
    home: c.country,
    caseCountry: c.country,
    needsCyrillic: c.needsCyrillic,
    withIdNumber: rng.chance(0.85),
    withPhone: rng.chance(0.6),
    occupation: shape.occupation,
    education: rng.weighted([['primary', 3], ['lower_secondary', 2], ['upper_secondary', 4], ['tertiary', 1]] as const),
    priorConvictions: prior,
    town: rng.chance(0.6) ? c.town : rng.pick(TOWNS[c.country]),
  };
  const base = drawPerson(rng, spec, c.usedNames);
  return {
    ...base,
    role: 'defendant',
    age: yearsBetween(birthDay, c.timing.start),
    roles: shape.roles,
    publicOfficial: 'no',
    formerVictim: c.archetype === 'victim_offender' && c.index === 0 ? 'yes' : rng.chance(0.85) ? 'no' : 'unknown',
    verdict: 'acquitted',
    firstVerdict: 'acquitted',
    firstMonths: 0,
    firstSuspended: false,
    sentenceType: 'not_applicable',
    months: 0,
    minimumMonths: 0,
    mitigating: [],
    aggravating: [],
    inCustody: c.organised && rng.chance(0.7),
  };
}

function drawWitness(rng: Rng, archetype: Archetype, country: CountryId, needsCyrillic: boolean, start: number, usedNames: Set<string>): WitnessFacts {
  const kind: WitnessFacts['kind'] =
    archetype === 'labour' ? 'coworker'
      : archetype === 'loverboy' || archetype === 'victim_offender' ? rng.pick(['friend', 'client'] as const)
        : 'neighbour';
  const sex: 'female' | 'male' = kind === 'client' || kind === 'coworker' ? 'male' : rng.pick(['female', 'male'] as const);
  const age = rng.int(19, 60);
  const spec: IdentitySpec = {
    key: 'w1',
    code: 'W1',
    role: 'witness',
    sex,
    birthDay: birthDayForAge(rng, age, start),
    dobPrecision: 'year',
    home: country,
    caseCountry: country,
    needsCyrillic,
    withIdNumber: false,
    withPhone: rng.chance(0.3),
    occupation: rng.pick(['waiter', 'driver', 'trader', 'farmer'] as const),
    education: 'upper_secondary',
    priorConvictions: false,
  };
  return { ...drawPerson(rng, spec, usedNames), role: 'witness', kind };
}

// ---------------------------------------------------------------- case numbers

function caseNumbers(rng: Rng, country: CountryId, organised: boolean, t: CaseFacts['timeline']): CaseFacts['numbers'] {
  // Serials of 9000 and above are obviously test-range (domain.md §6).
  const n = (): number => rng.int(9000, 9999);
  const yyC = shortYear(t.indictment);
  const yyA = shortYear(t.appeal);
  const yyP = shortYear(t.complaint);
  switch (country) {
    case 'mk':
      return {
        court: organised ? `КОК-${n()}/${yyC}` : rng.chance(0.5) ? `К-${n()}/${yyC}` : `К.бр. ${n()}/${yyC}`,
        appeal: organised ? `КОКЖ-${n()}/${yyA}` : `КЖ-${n()}/${yyA}`,
        prosecution: `КО.бр. ${n()}/${yyP}`,
      };
    case 'rs':
      // Kept in Latin; Cyrillic documents and codings convert them (see displayNumber).
      return {
        court: organised ? `K.Po1 ${n()}/${yyC}` : `K ${n()}/${yyC}`,
        appeal: organised ? `Kž1 Po1 ${n()}/${yyA}` : `Kž1 ${n()}/${yyA}`,
        prosecution: organised ? `KTO ${n()}/${yyP}` : `KT ${n()}/${yyP}`,
      };
    case 'al':
      return {
        court: `Nr. ${n()} i Regj. Themeltar`,
        appeal: `Nr. ${n()} i Regj. Themeltar`,
        prosecution: `Procedimi penal nr. ${n()}, viti ${yearOf(t.complaint)}`,
      };
    case 'me':
      return {
        court: rng.chance(0.5) ? `K. ${n()}/${yyC}` : `K ${n()}/${yyC}`,
        appeal: `Kž ${n()}/${yyA}`,
        prosecution: organised ? `Kt-S ${n()}/${yyP}` : `Kt. ${n()}/${yyP}`,
      };
  }
}

// ---------------------------------------------------------------- investigation and charges

function decideInvestigation(rng: Rng, f: CaseFacts): void {
  const v1 = f.victims[0] as VictimFacts;
  const hasForeignVictim = f.victims.some((v) => v.citizenship !== f.country);
  f.investigationTrigger = v1.detection === 'police_proactive' ? 'proactive' : rng.chance(0.2) ? 'mixed' : 'reactive';
  f.leadUnit = f.organised ? rng.pick(['specialised_police', 'prosecutor_led'])
    : v1.detection === 'border_migration' ? 'border_police'
      : rng.pick(['general_police', 'specialised_police']);
  f.specialMeasures = f.organised
    ? rng.sample(['interception', 'covert_surveillance', 'telecom_metadata', 'bank_monitoring', 'undercover', 'simulated_purchase'], rng.int(2, 4))
    : rng.chance(0.3) ? ['telecom_metadata'] : ['none'];
  const digitalByArchetype: Readonly<Record<Archetype, readonly string[]>> = {
    loverboy: ['phone_extraction', 'messaging_apps', 'social_media'],
    transnational_sexual: ['phone_extraction', 'money_transfer', 'travel_records', 'messaging_apps'],
    forced_begging: ['cctv'],
    labour: ['travel_records', 'money_transfer', 'online_ads'],
    forced_marriage: ['phone_extraction'],
    victim_offender: ['messaging_apps', 'social_media', 'money_transfer'],
  };
  const pool = digitalByArchetype[f.archetype];
  f.digitalEvidence = rng.chance(f.archetype === 'forced_begging' || f.archetype === 'forced_marriage' ? 0.35 : 0.9)
    ? rng.sample(pool, rng.int(1, pool.length))
    : ['none'];
  f.financialInvestigation = f.organised ? rng.pick(['parallel_full', 'limited']) : rng.pick(['limited', 'none', 'none']);
  f.assetsFrozen = f.financialInvestigation === 'parallel_full' && rng.chance(0.8) ? 'yes' : 'no';
  if (f.foreign !== undefined || hasForeignVictim) {
    f.internationalCooperation = uniq(['police_channels', ...rng.sample(['mla_sent', 'foreign_evidence_used', 'jit', 'eurojust'], rng.int(1, 2))]);
    f.mlaOutcome = f.internationalCooperation.includes('mla_sent') ? rng.pick(['timely', 'late', 'not_answered']) : 'not_applicable';
    if (f.internationalCooperation.includes('jit')) f.leadUnit = 'jit';
  } else {
    f.internationalCooperation = ['none'];
    f.mlaOutcome = 'not_applicable';
  }
  const agencies = ['social_work_centre', 'ngo', 'health', 'national_coordinator'];
  if (f.archetype === 'labour') agencies.push('labour_inspectorate');
  if (f.financialInvestigation === 'parallel_full') agencies.push('tax_fiu');
  f.multiagency = rng.sample(agencies, rng.int(1, 3));
}

function decideCharges(rng: Rng, f: CaseFacts): void {
  const childCase = f.victims.some((v) => v.child);
  const charges: string[] = [childCase ? 'tip_child' : 'tip_adult'];
  if (childCase && f.victims.some((v) => !v.child)) charges.push('tip_adult');
  if (f.organised) charges.push(rng.pick(['organising_tip_group', 'criminal_group']));
  if (f.archetype === 'transnational_sexual' && f.financialInvestigation === 'parallel_full' && rng.chance(0.5)) charges.push('money_laundering');
  if (f.archetype === 'labour' && rng.chance(0.4)) charges.push('labour_offences');
  if (f.archetype === 'forced_marriage' && rng.chance(0.5)) charges.push('child_sexual_abuse');
  if (f.archetype === 'forced_begging' && rng.chance(0.3)) charges.push('domestic_violence');
  if (f.archetype === 'labour' && f.victims.some((v) => v.control.includes('withholds_documents')) && rng.chance(0.2)) charges.push('document_forgery');
  f.charges = charges;
  const acts: Readonly<Record<Archetype, readonly string[]>> = {
    loverboy: ['recruitment', 'transportation', 'harbouring'],
    transnational_sexual: ['recruitment', 'transportation', 'transfer', 'receipt'],
    forced_begging: ['harbouring', 'transportation', 'exchange_control'],
    labour: ['recruitment', 'transportation', 'harbouring'],
    forced_marriage: ['transfer', 'receipt', 'exchange_control'],
    victim_offender: ['recruitment', 'harbouring'],
  };
  f.acts = [...(acts[f.archetype])];
  const means: Readonly<Record<Archetype, readonly string[]>> = {
    loverboy: ['deception', 'abuse_vulnerability', 'none_child'],
    transnational_sexual: ['deception', 'fraud', 'threat', 'abuse_vulnerability'],
    forced_begging: ['force', 'abuse_of_power', 'none_child'],
    labour: ['deception', 'abuse_vulnerability', 'coercion_other'],
    forced_marriage: ['payments_benefits', 'abuse_of_power', 'none_child'],
    victim_offender: ['deception', 'abuse_vulnerability', 'payments_benefits'],
  };
  const m = means[f.archetype];
  f.means = rng.sample(m, rng.int(2, m.length));
  f.downgraded = rng.chance(0.08) ? 'yes' : 'no';
  f.plea = rng.chance(0.08) ? 'plea_agreement' : 'none';
}

// ---------------------------------------------------------------- outcome

function lesserOffence(a: Archetype): string {
  switch (a) {
    case 'loverboy':
    case 'victim_offender':
    case 'transnational_sexual':
      return 'mediation_prostitution';
    case 'labour': return 'labour_offence';
    case 'forced_begging':
    case 'forced_marriage':
      return 'child_neglect_abuse';
  }
}

function decideOutcome(rng: Rng, f: CaseFacts): void {
  const childCase = f.victims.some((v) => v.child);
  const mins = MINIMUM_MONTHS[f.country];
  const tipMin = childCase ? mins.child : mins.adult;
  const judged = f.progress === 'first_instance' || f.progress === 'appeal';
  const totalDuration = Math.max(...f.victims.map((v) => v.durationMonths));

  for (const d of f.defendants) {
    d.minimumMonths = tipMin;
    d.aggravating = orNone([
      ...(childCase ? ['child_victim'] : []),
      ...(f.victims.length > 1 ? ['multiple_victims'] : []),
      ...(f.organised ? ['organised_group'] : []),
      ...(d.priorConvictions ? ['prior_record'] : []),
      ...(totalDuration >= 12 ? ['long_duration'] : []),
      ...(f.victims.some((v) => v.control.includes('physical_abuse')) && rng.chance(0.6) ? ['violence_harm'] : []),
    ], 'none');
    d.mitigating = orNone([
      ...(!d.priorConvictions ? ['no_prior_record'] : []),
      ...(d.children > 0 && rng.chance(0.6) ? ['family_circumstances'] : []),
      ...(d.age < 23 ? ['young_age'] : []),
      ...(f.plea === 'plea_agreement' && d.key === 'd1' ? ['plea', 'remorse_confession'] : []),
      ...(d.formerVictim === 'yes' ? ['other'] : []),
      ...(rng.chance(0.3) ? ['correct_behaviour'] : []),
    ], 'none');
  }
  if (!judged) {
    f.firstInstanceOutcome = 'unknown';
    f.overallOutcome = 'pending';
    f.enforcement = 'not_yet_final';
    f.appealBy = ['none'];
    f.appealOutcome = 'not_applicable';
    f.confiscation = f.assetsFrozen === 'yes' ? 'requested_not_ordered' : 'not_requested';
    for (const d of f.defendants) {
      d.verdict = 'acquitted';
      d.sentenceType = 'not_applicable';
    }
    return;
  }

  const weights: readonly (readonly [string, number])[] =
    f.archetype === 'loverboy' ? [['convicted_as_charged', 4], ['requalified_lesser', 4], ['acquitted', 2]]
      : f.archetype === 'labour' ? [['convicted_as_charged', 5], ['requalified_lesser', 2], ['acquitted', 3]]
        : [['convicted_as_charged', 7], ['requalified_lesser', 2], ['acquitted', 1]];
  let outcome = rng.weighted(weights);
  if (outcome === 'convicted_as_charged' && f.defendants.length > 1 && rng.chance(0.25)) outcome = 'mixed';
  f.firstInstanceOutcome = outcome;

  const tipVerdict: Verdict = childCase ? 'convicted_child_tip' : 'convicted_tip';
  f.defendants.forEach((d, i) => {
    let v: Verdict;
    if (outcome === 'convicted_as_charged') v = tipVerdict;
    else if (outcome === 'requalified_lesser') v = 'convicted_lesser';
    else if (outcome === 'acquitted') v = 'acquitted';
    else v = i === 0 ? tipVerdict : rng.pick(['acquitted', 'convicted_lesser'] as const);
    d.firstVerdict = v;
    d.firstMonths = sentenceMonths(rng, v, d, f, tipMin);
  });

  f.requalifiedOffence = f.defendants.some((d) => d.firstVerdict === 'convicted_lesser') ? [lesserOffence(f.archetype)] : ['not_applicable'];
  f.acquittalReasons = f.defendants.some((d) => d.firstVerdict === 'acquitted')
    ? rng.sample(['insufficient_evidence', 'means_not_proven', 'consent_accepted', 'victim_not_credible'], rng.int(1, 2))
    : ['not_applicable'];

  // ---- appeal ----
  for (const d of f.defendants) {
    d.verdict = d.firstVerdict;
    d.months = d.firstMonths;
  }
  if (f.progress === 'appeal') {
    const anyConviction = f.defendants.some((d) => d.firstVerdict !== 'acquitted');
    const anyAcquittal = f.defendants.some((d) => d.firstVerdict === 'acquitted');
    f.appealBy = uniq([
      ...(anyConviction ? ['defence'] : []),
      ...(anyAcquittal || rng.chance(0.4) ? ['prosecution'] : []),
      ...(rng.chance(0.05) ? ['victim'] : []),
    ]);
    const prosecutionAppealed = f.appealBy.includes('prosecution');
    f.appealOutcome = !anyConviction ? 'upheld' : rng.weighted([
      ['upheld', 11],
      ['sentence_reduced', 4],
      ['sentence_increased', prosecutionAppealed ? 3 : 0],
      ['requalified', f.firstInstanceOutcome === 'convicted_as_charged' ? 2 : 0],
    ] as const);
    const d1 = f.defendants[0] as DefendantFacts;
    if (f.appealOutcome === 'sentence_reduced' && d1.firstVerdict !== 'acquitted') {
      d1.months = Math.max(6, d1.firstMonths - rng.int(6, 24));
    } else if (f.appealOutcome === 'sentence_increased' && d1.firstVerdict !== 'acquitted') {
      d1.months = d1.firstMonths + rng.int(6, 36);
    } else if (f.appealOutcome === 'requalified') {
      for (const d of f.defendants) {
        if (d.firstVerdict === 'acquitted') continue;
        d.verdict = 'convicted_lesser';
        d.months = sentenceMonths(rng, 'convicted_lesser', d, f, tipMin);
      }
      f.requalifiedOffence = [lesserOffence(f.archetype)];
    }
    f.extraordinaryRemedies = rng.chance(0.15)
      ? [f.country === 'al' ? 'supreme_court_recourse' : 'protection_of_legality']
      : ['none'];
  } else {
    f.appealBy = ['none'];
    f.appealOutcome = 'not_applicable';
  }

  for (const d of f.defendants) {
    if (d.verdict === 'acquitted') {
      d.sentenceType = 'not_applicable';
      d.months = 0;
      d.mitigating = ['not_applicable'];
      d.aggravating = ['not_applicable'];
    } else if (d.verdict === 'convicted_lesser' && d.months <= 24 && rng.chance(0.4)) {
      d.sentenceType = 'suspended';
    } else {
      d.sentenceType = 'imprisonment';
    }
    d.firstSuspended = d.sentenceType === 'suspended' && d.firstVerdict === d.verdict && d.firstMonths === d.months;
  }
  const final = f.defendants.map((d) => d.verdict);
  f.overallOutcome = final.every((v) => v === 'convicted_tip' || v === 'convicted_child_tip') ? 'conviction_tip'
    : final.every((v) => v === 'convicted_lesser') ? 'conviction_lesser'
      : final.every((v) => v === 'acquitted') ? 'acquittal'
        : 'mixed';
  const anyPrison = f.defendants.some((d) => d.sentenceType === 'imprisonment');
  f.enforcement = anyPrison ? (rng.chance(0.92) ? 'serving_served' : 'not_enforced_fugitive') : 'not_applicable';
  const convicted = f.defendants.some((d) => d.verdict !== 'acquitted');
  if (convicted && (f.financialInvestigation !== 'none' || f.organised)) {
    f.confiscation = rng.chance(0.75) ? 'ordered' : 'requested_not_ordered';
  } else {
    f.confiscation = f.assetsFrozen === 'yes' ? 'requested_not_ordered' : 'not_requested';
  }
  if (f.confiscation === 'ordered') {
    f.confiscatedEur = f.organised ? rng.int(20, 250) * 1000 : rng.int(2, 30) * 500;
  }
}

function sentenceMonths(rng: Rng, v: Verdict, d: DefendantFacts, f: CaseFacts, tipMin: number): number {
  if (v === 'acquitted') return 0;
  if (v === 'convicted_lesser') return rng.int(4, 36);
  const leader = d.roles.includes('organiser');
  // Victim-offenders and plea defendants are where courts go below the minimum.
  if (d.formerVictim === 'yes' || (f.plea === 'plea_agreement' && d.key === 'd1' && rng.chance(0.5))) {
    return Math.max(6, Math.round((tipMin * rng.int(50, 90)) / 100));
  }
  const extra = leader ? rng.int(24, 84) : rng.int(0, 36);
  return tipMin + Math.round(extra / 6) * 6;
}

// ---------------------------------------------------------------- victims in the proceedings

function decideVictimProceedings(rng: Rng, f: CaseFacts): void {
  const judged = f.progress === 'first_instance' || f.progress === 'appeal';
  const convicted = f.defendants.some((d) => d.verdict !== 'acquitted');
  const identificationAuthorities: Readonly<Record<CountryId, readonly string[]>> = {
    mk: ['mobile_team', 'nrm_body', 'social_work_centre'],
    rs: ['nrm_body'],
    al: ['nrm_body', 'police', 'mobile_team'],
    me: ['nrm_body', 'police'],
  };
  const longProceedings = f.timeline.final - f.timeline.complaint > 4 * 365;

  for (const v of f.victims) {
    const foreignVictim = v.citizenship !== f.country;
    const returnedHome = f.foreign !== undefined;
    v.identification = rng.weighted([['identified_victim', 15], ['presumed_victim', 4], ['not_assessed', 1]] as const);
    v.identifyingAuthority = v.identification === 'not_assessed' ? 'not_applicable' : rng.pick(identificationAuthorities[f.country]);
    v.pretrialInterviews = rng.int(1, 3);
    v.interviewSafeguards = v.child
      ? rng.sample(['audio_video_recorded', 'psychologist_present', 'child_friendly_room', 'support_person'], rng.int(2, 4))
      : rng.chance(0.25) ? ['none_stated']
        : rng.sample(['same_sex_interviewer', 'specialised_interviewer', 'support_person', 'lawyer_present', 'audio_video_recorded'], rng.int(1, 3));
    if (foreignVictim && !v.interviewSafeguards.includes('none_stated')) v.interviewSafeguards = uniq([...v.interviewSafeguards, 'interpreter']);
    v.statementPreserved = v.interviewSafeguards.includes('audio_video_recorded') ? 'yes_usable' : rng.pick(['yes_usable', 'police_only', 'no']);

    if (judged) {
      v.testimonyMode = v.child || returnedHome
        ? rng.weighted([['video_link', 5], ['prior_statement_read', 3], ['in_court', 2]] as const)
        : rng.weighted([['in_court', 6], ['video_link', 2], ['did_not_testify', 1]] as const);
      const protection: string[] = [];
      if (v.testimonyMode === 'video_link') protection.push('video_link');
      if (v.child) protection.push(...rng.sample(['public_excluded', 'vulnerable_witness', 'questions_via_court', 'support_person'], rng.int(2, 3)));
      else if (v.testimonyMode === 'in_court') protection.push(...rng.sample(['public_excluded', 'defendant_removed', 'protected_witness', 'no_sexual_history_questions'], rng.int(0, 2)));
      if (foreignVictim) protection.push('interpreter');
      v.trialProtection = orNone(protection, 'none');
      v.confronted = !v.child && v.testimonyMode === 'in_court' && rng.chance(0.25) ? 'yes' : 'no';
      v.totalTestimonies = v.pretrialInterviews + (v.testimonyMode === 'in_court' || v.testimonyMode === 'video_link' ? rng.int(1, 2) : 0);
      v.credibility = v.testimonyMode === 'did_not_testify' ? 'not_addressed'
        : convicted ? rng.weighted([['credible', 8], ['partly_credible', 2]] as const)
          : rng.pick(['not_credible', 'partly_credible']);
    } else {
      v.testimonyMode = 'did_not_testify';
      v.trialProtection = [];
      v.totalTestimonies = v.pretrialInterviews;
      v.credibility = 'not_applicable';
    }
    v.legalRepresentation = v.child ? rng.pick(['state_free_legal_aid', 'ngo_lawyer']) : rng.pick(['ngo_lawyer', 'state_free_legal_aid', 'none']);
    v.claimFiled = rng.chance(0.6) ? 'yes' : 'no';
    v.proceduralRole = uniq(['injured_party', 'witness', ...(v.claimFiled === 'yes' ? ['civil_claimant'] : [])]);
    if (v.claimFiled === 'yes') {
      if (!judged) v.claimDecision = 'not_decided';
      else if (!convicted) v.claimDecision = 'referred_civil';
      else v.claimDecision = rng.weighted([['awarded_full', 2], ['awarded_partly', 3], ['referred_civil', 5]] as const);
    } else {
      v.claimDecision = 'not_applicable';
    }
    const awarded = v.claimDecision === 'awarded_full' || v.claimDecision === 'awarded_partly';
    v.compensationEur = awarded ? rng.int(2, 40) * 500 : 0;
    v.compensationPaid = awarded ? rng.weighted([['not_paid', 7], ['paid_partly', 2], ['paid_full', 1]] as const) : 'not_applicable';
    v.stateCompensation = f.country === 'mk' ? rng.pick(['not_applied', 'pending', 'granted', 'rejected'])
      : f.country === 'rs' ? 'no_scheme'
        : rng.pick(['not_applied', 'no_scheme']);
    const services = ['shelter', 'medical', 'psychological', 'legal', 'social_care', ...(v.child ? ['education', 'family_reintegration'] : ['livelihood']), ...(foreignVictim ? ['return'] : [])];
    v.support = v.identification === 'identified_victim' ? rng.sample(services, rng.int(2, 4)) : rng.chance(0.5) ? ['none_documented'] : rng.sample(services, 1);
    v.informed = rng.weighted([['written', 4], ['oral', 3], ['no', 1], ['unknown', 2]] as const);
    v.riskAssessment = rng.weighted([['yes', 4], ['no', 3], ['unknown', 2]] as const);
    v.intimidated = rng.weighted([['no', 7], ['yes_acted', 1.5], ['yes_no_action', 1.5]] as const);
    if (v.forms.includes('forced_criminality') && rng.chance(0.5)) v.penalised = ['misdemeanour'];
    else if (foreignVictim && !returnedHome && rng.chance(0.3)) v.penalised = ['misdemeanour'];
    else v.penalised = ['none'];
    const penalised = !v.penalised.includes('none');
    v.nonPunishment = penalised ? rng.pick(['applied', 'not_applied_relevant'])
      : v.forms.includes('forced_criminality') ? 'applied' : 'not_applicable';
    const secondary: string[] = [];
    if (v.totalTestimonies >= 4) secondary.push('repeated_interviews');
    if (v.confronted === 'yes') secondary.push('confrontation');
    if (longProceedings && judged) secondary.push('long_delays');
    v.secondaryVictimisation = orNone(secondary, 'none');
  }

  if (!judged) {
    f.evidenceRelied = [];
    f.challenges = [];
    return;
  }
  const evidence = ['victim_testimony', 'police_testimony', 'documents'];
  if (f.victims.length > 1) evidence.push('other_victims');
  if (f.witness !== undefined) evidence.push('eyewitnesses');
  if (!f.digitalEvidence.includes('none')) evidence.push('digital');
  if (f.specialMeasures.includes('interception')) evidence.push('intercepts');
  if (f.financialInvestigation === 'parallel_full') evidence.push('financial');
  if (f.victims.some((v) => v.control.includes('physical_abuse') || v.control.includes('sexual_abuse')) && rng.chance(0.6)) evidence.push('medical_forensic');
  if (rng.chance(0.4)) evidence.push('expert_psych');
  if (f.plea === 'plea_agreement') evidence.push('defendant_confession');
  if (rng.chance(0.3)) evidence.push('physical_search');
  if (f.internationalCooperation.includes('foreign_evidence_used')) evidence.push('other');
  f.evidenceRelied = evidence;

  const challengePool: Readonly<Record<Archetype, readonly string[]>> = {
    loverboy: ['romantic_relationship', 'consent_argued', 'inconsistent_statements', 'no_escape', 'freedom_of_movement'],
    transnational_sexual: ['consent_argued', 'received_money', 'prior_prostitution', 'freedom_of_movement', 'victim_unavailable'],
    forced_begging: ['no_self_identification', 'lack_corroboration', 'recantation'],
    labour: ['consent_argued', 'received_money', 'freedom_of_movement', 'victim_unavailable'],
    forced_marriage: ['recantation', 'no_self_identification', 'witness_intimidation'],
    victim_offender: ['consent_argued', 'received_money', 'inconsistent_statements'],
  };
  const pool = challengePool[f.archetype];
  f.challenges = rng.chance(0.15) && convicted ? ['none'] : rng.sample(pool, rng.int(1, 3));
  f.traumaInformed = convicted && rng.chance(0.45) ? 'yes' : 'no';
  const anyChild = f.victims.some((v) => v.child);
  f.consentReasoning = convicted
    ? (anyChild || rng.chance(0.7) ? 'irrelevant_applied' : 'not_discussed')
    : f.challenges.includes('consent_argued') ? 'treated_as_defence' : 'not_discussed';
  f.hearingsAdjourned = rng.int(0, 12);
  f.adjournmentReasons = f.hearingsAdjourned === 0 ? ['not_applicable']
    : rng.sample(['defendant_absent', 'victim_absent', 'panel_change', 'expert_pending', ...(f.internationalCooperation.includes('mla_sent') ? ['mla_pending'] : []), 'other'], rng.int(1, 3));
}

// ---------------------------------------------------------------- story details

function decideStory(rng: Rng, f: CaseFacts): void {
  switch (f.archetype) {
    case 'transnational_sexual':
      f.promisedJob = rng.pick(['waitress', 'dancer']);
      f.promisedEur = rng.int(12, 30) * 100;
      f.debtEur = rng.int(10, 50) * 100;
      break;
    case 'victim_offender':
      f.promisedJob = rng.pick(['waitress', 'dancer']);
      f.promisedEur = rng.int(6, 15) * 100;
      f.debtEur = rng.int(3, 20) * 100;
      break;
    case 'labour':
      f.promisedJob = f.abroad ? 'construction' : rng.pick(['hotel', 'seasonal']);
      f.promisedEur = f.abroad ? rng.int(15, 30) * 100 : rng.int(5, 9) * 100;
      f.debtEur = rng.int(5, 25) * 100;
      break;
    case 'forced_marriage':
      f.promisedJob = 'none';
      f.promisedEur = 0;
      f.debtEur = rng.int(20, 80) * 100; // the "bride price" paid to the family
      break;
    case 'forced_begging':
      f.promisedJob = 'none';
      f.promisedEur = 0;
      f.debtEur = rng.int(2, 6) * 5; // daily sum each child had to bring (EUR)
      break;
    case 'loverboy':
      f.promisedJob = 'none';
      f.promisedEur = 0;
      f.debtEur = rng.int(3, 15) * 10; // price per client, kept by the defendant
      break;
  }
}

/** Helpers shared with the renderers. */
export function isChildCase(f: CaseFacts): boolean {
  return isChildArchetype(f.archetype) && f.victims.some((v) => v.child);
}

export function allPersons(f: CaseFacts): PersonFacts[] {
  return [...f.victims, ...f.defendants, ...(f.witness !== undefined ? [f.witness] : [])];
}
