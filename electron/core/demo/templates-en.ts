// English documents: working translations that real files contain when a victim is foreign or
// was interviewed abroad (an identification note, a record of the victim's statement). They
// give the anonymiser Latin spellings of names that appear in Cyrillic elsewhere in the case.

import { englishDate, englishMonth, yearOf } from './calendar';
import type { CaseFacts, DefendantFacts, VictimFacts } from './case-facts';
import type { DemoDocumentKind } from './demo-types';
import { nameIn } from './people';
import { CITIZENSHIP_NAMES } from './places';
import { g, groupDigits } from './render-helpers';
import { mark, type TextBuilder } from './text-builder';
import { mkToLatin } from './transliterate';

const SOURCE_LANGUAGE: Readonly<Record<CaseFacts['country'], string>> = {
  mk: 'Macedonian',
  rs: 'Serbian',
  al: 'Albanian',
  me: 'Montenegrin',
};

const IDENTIFYING_BODY: Readonly<Record<CaseFacts['country'], string>> = {
  mk: 'Mobile Team for the Identification of Victims of Trafficking in Human Beings',
  rs: 'Centre for the Protection of Victims of Trafficking in Human Beings',
  al: 'National Referral Mechanism, Responsible Authority',
  me: 'Office for the Fight against Trafficking in Human Beings, Team for Formal Identification',
};

const JOB: Readonly<Record<CaseFacts['promisedJob'], string>> = {
  waitress: 'a job as a waitress',
  dancer: 'a job as a dancer in a night bar',
  caretaker: 'a job as a carer for elderly people',
  construction: 'a job on a construction site',
  seasonal: 'seasonal work picking fruit',
  hotel: 'a seasonal job in a hotel',
  none: 'a job',
};

function en(p: Parameters<typeof nameIn>[0]): string {
  return nameIn(p, 'en');
}

function born(v: VictimFacts): string {
  return v.dobPrecision === 'day' ? `born on ${englishDate(v.birthDay)}` : `born in ${yearOf(v.birthDay)}`;
}

function place(f: CaseFacts): string {
  if (f.foreign !== undefined) return `${f.foreign.city.en}, ${f.foreign.state.en}`;
  return f.destinationTown.en;
}

function addressLatin(v: VictimFacts): string {
  return v.home === 'mk' ? mkToLatin(v.address) : v.address;
}

/** The victim's own account, in the first person, with the offence elements marked. */
function account(f: CaseFacts, v: VictimFacts, b: TextBuilder): void {
  const d = f.defendants[0] as DefendantFacts;
  const d2 = f.defendants[1];
  const when = englishMonth(f.timeline.offenceStart);
  const eur = (x: number): string => `${groupDigits(x, ',')} euros`;
  const he = g(d, 'he', 'she');
  switch (f.archetype) {
    case 'loverboy':
      b.p(`“I met ${en(d)} on social media in ${when}. `,
        mark('act', `He said he loved me and after a few weeks he convinced me to leave my parents’ house and move in with him in a rented flat in ${f.destinationTown.en}`, v.key), '. ',
        mark('means', 'He promised that we would get married, and then he told me that he had debts and that we had to pay them back together', v.key), '. ',
        mark('purpose', `After that he made me have sex with men he arranged by phone, in flats and in a motel, for ${eur(f.debtEur)} per client. He kept all the money`, v.key), '.”');
      break;
    case 'transnational_sexual':
      b.p(`“In ${when} `,
        mark('act', `${d2 !== undefined ? `${en(d2)} offered me work abroad and ${en(d)}` : `${en(d)}`} organised my trip by van across the border to ${place(f)}`, v.key), '. ',
        mark('means', `I was told I would have ${JOB[f.promisedJob]} for ${eur(f.promisedEur)} a month`, v.key), '. ',
        mark('purpose', `When we arrived they took my passport, said I owed them ${eur(f.debtEur)} for the trip and the room, and I had to provide sexual services to clients in a night bar. They took all the money`, v.key), '.”');
      break;
    case 'forced_begging':
      b.p('“',
        mark('act', `When I was ${v.age}, ${en(d)} took me from home to ${f.destinationTown.en}, where we lived in a shed with other children`, v.key), '. ',
        mark('means', `${he.charAt(0).toUpperCase()}${he.slice(1)} beat us and threatened us if we did not go out to beg`, v.key), '. ',
        mark('purpose', `Every day I had to beg at crossroads and bring at least ${eur(f.debtEur)}. If I brought less, I got no food`, v.key), '.”');
      break;
    case 'labour':
      b.p(`“In ${when} `,
        mark('act', `I answered an advertisement by ${en(d)} for work in ${place(f)}`, v.key), '. ',
        mark('means', `${he.charAt(0).toUpperCase()}${he.slice(1)} promised ${JOB[f.promisedJob]} with ${eur(f.promisedEur)} a month, insurance and accommodation`, v.key), '. ',
        mark('purpose', `When we arrived, my passport was taken. We worked 12 to 14 hours a day without days off, and our wages were kept as a debt of ${eur(f.debtEur)} for transport and accommodation`, v.key), '.”');
      break;
    case 'forced_marriage':
      b.p('“',
        mark('act', `When I was ${v.age}, my father ${en(d)} gave me to ${d2 !== undefined ? `the family of ${en(d2)}` : 'another family'} to be married`, v.key), '. ',
        mark('means', `Later I learned that he received ${eur(f.debtEur)} for me`, v.key), '. ',
        mark('purpose', 'In that house I had to do all the housework, I was not allowed to go to school or to go out alone, and they beat me', v.key), '.”');
      break;
    case 'victim_offender':
      b.p(`“I knew ${en(d)} from before. In ${when} `,
        mark('act', `she offered me a job in a night bar in ${f.destinationTown.en} and took me there`, v.key), '. ',
        mark('means', `She said I would earn ${eur(f.promisedEur)} a month as a waitress`, v.key), '. ',
        mark('purpose', `In the bar ${d2 !== undefined ? en(d2) : 'the owner'} made me provide sexual services to guests, and ${en(d)} collected the money`, v.key), '.”');
      break;
  }
}

function subjectHeader(f: CaseFacts, v: VictimFacts, b: TextBuilder): void {
  const citizenship = CITIZENSHIP_NAMES[v.citizenship]?.en ?? 'unknown';
  const residence = v.citizenship === f.country ? `, residing at ${addressLatin(v)}` : `, residing in ${v.residenceTown.en}, ${citizenship}`;
  b.p(`${g(v, 'Mr', 'Ms')} ${en(v)}, ${born(v)}, citizen of ${citizenship}${residence}${v.phone !== undefined ? `, telephone ${v.phone}` : ''}.`);
}

function officialNote(f: CaseFacts, v: VictimFacts, b: TextBuilder, day: number): void {
  b.p(`OFFICIAL NOTE – WORKING TRANSLATION FROM ${SOURCE_LANGUAGE[f.country].toUpperCase()}`);
  b.p(IDENTIFYING_BODY[f.country]);
  b.p(`Reference: ${f.numbers.prosecution}`);
  b.p(`Date: ${englishDate(day)}`);
  b.gap();
  b.p('Subject: Identification of a presumed victim of trafficking in human beings');
  b.gap();
  b.p(`On ${englishDate(day)}, at the premises of the police in ${f.town.en}, members of the team held an interview with:`);
  subjectHeader(f, v, b);
  b.p(`The interview took place in a separate room, in the presence of ${v.citizenship === f.country ? 'a social worker' : `an interpreter for the ${v.citizenship === 'al' || v.citizenship === 'xk' ? 'Albanian' : v.citizenship === 'mk' ? 'Macedonian' : 'Serbian'} language and a social worker`}${v.child ? ' and a psychologist, in a child-friendly setting' : ''}.`);
  b.p(mark('rights', `${g(v, 'He', 'She')} was informed orally and in writing of ${g(v, 'his', 'her')} rights as a presumed victim, including the right to a recovery and reflection period, free legal aid and protection of ${g(v, 'his', 'her')} identity`, v.key), '.');
  b.p(`${g(v, 'He', 'She')} gave the following account:`);
  account(f, v, b);
  b.p(`Indicators observed by the team: ${v.control.map((c) => c.replace(/_/g, ' ')).join(', ')}; the exploitation lasted about ${v.durationMonths} months.`);
  b.p(mark('identification', v.identification === 'identified_victim'
    ? `On the basis of the interview and the indicators established, the team formally identified ${en(v)} as a victim of trafficking in human beings`
    : `On the basis of the interview, the team treats ${en(v)} as a presumed victim of trafficking in human beings pending formal identification`, v.key), '.');
  if (!v.support.includes('none_documented')) {
    b.p(mark('support', `${g(v, 'He', 'She')} was accommodated in a specialised shelter and received medical and psychological assistance`, v.key), ', ',
      mark('multisectoral', 'in cooperation with the centre for social work and a specialised non-governmental organisation'), '.');
  }
  if (v.citizenship !== f.country) {
    b.p(mark('international_coop', `The competent authorities of ${CITIZENSHIP_NAMES[v.citizenship]?.en ?? 'the country of origin'} were informed through police channels with a view to a safe and assisted return`), '.');
  }
  b.p(`A risk assessment was ${v.riskAssessment === 'yes' ? 'carried out; the risk was assessed as medium' : 'not carried out at this stage'}.`);
  b.p(`This working translation was prepared for the case file. The original note is written in ${SOURCE_LANGUAGE[f.country]} and prevails in case of doubt.`);
  b.p('Team coordinator (signature)');
}

function statementRecord(f: CaseFacts, v: VictimFacts, b: TextBuilder, day: number): void {
  b.p('RECORD OF THE STATEMENT OF AN INJURED PARTY – ENGLISH TRANSLATION');
  b.p(`${f.courts.prosecution.en}, case ${f.numbers.prosecution}`);
  b.p(`Date: ${englishDate(day)}, beginning at 10:15`);
  b.gap();
  b.p(`Present: the public prosecutor, a recording clerk, ${v.citizenship === f.country ? '' : 'a court interpreter, '}the injured party’s legal representative${v.child ? ', a psychologist and a representative of the centre for social work' : ''}.`);
  b.p('The injured party:');
  subjectHeader(f, v, b);
  b.p(mark('rights', `Having been informed of ${g(v, 'his', 'her')} rights and duties as a witness, including the right not to answer questions that would expose ${g(v, 'him', 'her')} or ${g(v, 'his', 'her')} close relatives to serious shame or to criminal prosecution, and of the right to claim compensation in the criminal proceedings`, v.key), `, the injured party stated:`);
  account(f, v, b);
  b.p('“I did not go to the police earlier because I was afraid of what they would do to me and to my family. I did not know anyone there and I did not speak the language.”');
  b.p('Question of the prosecutor: Did you have your documents and a phone during that time?');
  b.p(`Answer: “${v.control.includes('withholds_documents') ? 'No, they kept my passport the whole time.' : 'I had a phone, but they checked it every evening.'}”`);
  b.p('Question of the legal representative: Were you able to leave?');
  b.p(`Answer: “${v.control.includes('restricts_movement') ? 'No, someone was always with us, and the door was locked at night.' : 'I could go out, but I had nowhere to go and they said they would find me.'}”`);
  b.p(mark('protection', `The statement was audio-video recorded so that it can be used at the trial${v.child ? ' without the child having to testify again' : ''}`, v.key), '.');
  b.p(`The record was read out and translated to the injured party, who confirmed it and signed it. The interview ended at 12:40.`);
  b.p('Public prosecutor (signature) – Injured party (signature) – Interpreter (signature)');
}

export function writeEnglish(kind: DemoDocumentKind, f: CaseFacts, victim: VictimFacts, b: TextBuilder, day: number): void {
  if (kind === 'official_note') officialNote(f, victim, b, day);
  else statementRecord(f, victim, b, day);
}
