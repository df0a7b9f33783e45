// Macedonian (Cyrillic) document templates: criminal complaint, indictment, first-instance and
// appeal judgment, in the structure of North Macedonian files (domain.md §2: изрека /
// образложение, defendant data block, legal remedy). Passages a reviewer would code are marked.

import { dottedDate } from './calendar';
import type { CaseFacts, DefendantFacts, Occupation, PersonFacts, VictimFacts } from './case-facts';
import type { DemoDocumentKind } from './demo-types';
import { fatherIn, nameIn } from './people';
import { CITIZENSHIP_NAMES } from './places';
import { articles, g, groupDigits, localMoney, monthName, splitMonths } from './render-helpers';
import { mark, type TextBuilder } from './text-builder';

const L = 'mk' as const;

const OCCUPATION: Readonly<Record<Occupation, readonly [string, string]>> = {
  unemployed: ['невработен', 'невработена'],
  waiter: ['угостителски работник', 'келнерка'],
  driver: ['возач', 'возачка'],
  construction: ['градежен работник', 'градежна работничка'],
  trader: ['трговец', 'трговка'],
  bar_owner: ['сопственик на угостителски објект', 'сопственичка на угостителски објект'],
  farmer: ['земјоделец', 'земјоделка'],
  hairdresser: ['фризер', 'фризерка'],
};

const EDUCATION: Readonly<Record<PersonFacts['education'], string>> = {
  none: 'без образование',
  primary: 'со завршено основно образование',
  lower_secondary: 'со незавршено средно образование',
  upper_secondary: 'со завршено средно образование',
  tertiary: 'со завршено високо образование',
};

const CHILDREN = ['без деца', 'родител на едно дете', 'родител на две деца', 'родител на три деца'] as const;

function date(day: number): string {
  return `${dottedDate(day)} година`;
}

function n(p: PersonFacts): string {
  return nameIn(p, L);
}

function years(months: number): string {
  const s = splitMonths(months);
  const y = s.years === 0 ? '' : `${s.years} ${s.years === 1 ? 'година' : 'години'}`;
  const m = s.months === 0 ? '' : `${s.months} ${s.months === 1 ? 'месец' : 'месеци'}`;
  return [y, m].filter((x) => x !== '').join(' и ');
}

function offenceName(f: CaseFacts): string {
  return f.victims.some((v) => v.child) ? 'Трговија со малолетно лице' : 'Трговија со луѓе';
}

function defendantBlock(d: DefendantFacts): string {
  const parts = [
    `${n(d)}, ${g(d, 'син', 'ќерка')} на ${fatherIn(d, L)}`,
    `${g(d, 'роден', 'родена')} на ${date(d.birthDay)} во ${d.birthTown.name}`,
    `со живеалиште на ${d.address}`,
  ];
  if (d.jmbg !== undefined) parts.push(`ЕМБГ ${d.jmbg}`);
  parts.push(
    `${g(d, 'државјанин', 'државјанка')} на ${CITIZENSHIP_NAMES[d.citizenship]?.mk ?? 'Република Северна Македонија'}`,
    g(d, OCCUPATION[d.occupation][0], OCCUPATION[d.occupation][1]),
    EDUCATION[d.education],
    d.married ? g(d, 'оженет', 'мажена') : g(d, 'неоженет', 'немажена'),
    CHILDREN[Math.min(d.children, 3)] ?? 'без деца',
    d.priorConvictions ? g(d, 'осудуван', 'осудувана') : g(d, 'неосудуван', 'неосудувана'),
  );
  if (d.phone !== undefined) parts.push(`тел. ${d.phone}`);
  return parts.join(', ');
}

function victimBlock(v: VictimFacts, f: CaseFacts): string {
  const born = v.dobPrecision === 'day' ? `${g(v, 'роден', 'родена')} на ${date(v.birthDay)}` : `${g(v, 'роден', 'родена')} во ${dottedDate(v.birthDay).slice(6)} година`;
  const home = v.citizenship === f.country ? `со живеалиште на ${v.address}` : `${g(v, 'државјанин', 'државјанка')} на ${CITIZENSHIP_NAMES[v.citizenship]?.mk ?? ''}`;
  const phone = v.phone !== undefined ? `, тел. ${v.phone}` : '';
  return `${g(v, 'оштетениот', 'оштетената')} ${n(v)}, ${born}, ${home}${phone}`;
}

function place(f: CaseFacts): string {
  return f.foreign !== undefined ? `${f.foreign.city.mk}, ${f.foreign.state.mk}` : f.destinationTown.name;
}

const JOB: Readonly<Record<CaseFacts['promisedJob'], string>> = {
  waitress: 'работа како келнерка во угостителски објект',
  dancer: 'работа како танчерка во ноќен бар',
  caretaker: 'работа како негувателка на стари лица',
  construction: 'работа на градилиште',
  seasonal: 'сезонска работа во берба на овошје',
  hotel: 'сезонска работа во хотел',
  none: 'работа',
};

/** The recruitment story; the three elements of the offence are marked for annotation. */
function story(f: CaseFacts, b: TextBuilder): void {
  const v = f.victims[0] as VictimFacts;
  const d = f.defendants[0] as DefendantFacts;
  const d2 = f.defendants[1];
  const when = `Во ${monthName(f.timeline.offenceStart, 'mk')} ${dottedDate(f.timeline.offenceStart).slice(6)} година`;
  const eur = (x: number): string => `${groupDigits(x)} евра`;
  switch (f.archetype) {
    case 'loverboy':
      b.p(
        `${when}, ${g(d, 'обвинетиот', 'обвинетата')} ${n(d)} преку социјалната мрежа стапил во контакт со тогаш малолетната оштетена ${n(v)}, `,
        mark('act', `со која воспоставил емотивна врска и ја наговорил да ја напушти семејната куќа и да се пресели кај него во изнајмен стан во ${f.destinationTown.name}`, v.key),
        '. ',
        mark('means', 'Користејќи ја нејзината емотивна поврзаност и тешката состојба во семејството, обвинетиот ѝ ветувал заеднички живот и брак, а потоа ѝ рекол дека има долгови што мора заедно да ги вратат', v.key),
        '. ',
        mark('purpose', `Потоа ја принудувал да дава сексуални услуги на непознати мажи во станови и во угостителски објект во ${f.destinationTown.name}, по цена од ${eur(f.debtEur)} по клиент, при што целиот износ го задржувал за себе`, v.key),
        '.',
      );
      if (d2 !== undefined) b.p(`${g(d2, 'Обвинетиот', 'Обвинетата')} ${n(d2)} ${g(d2, 'го обезбедувал', 'го обезбедувала')} станот, ${g(d2, 'ги договарал', 'ги договарала')} средбите со клиентите и ${g(d2, 'ги собирал', 'ги собирала')} парите во отсуство на ${g(d, 'првообвинетиот', 'првообвинетата')}.`);
      break;
    case 'transnational_sexual':
      b.p(
        `${when}, ${g(d, 'обвинетиот', 'обвинетата')} ${n(d)}, како организатор на група, преку ${d2 !== undefined ? `${g(d2, 'обвинетиот', 'обвинетата')} ${n(d2)}` : 'огласи на интернет'} `,
        mark('act', `ја врбувал оштетената ${n(v)} и организирал нејзин превоз со комбе преку граничниот премин до ${place(f)}`, v.key),
        ', ',
        mark('means', `ветувајќи ѝ ${JOB[f.promisedJob]} со месечна плата од ${eur(f.promisedEur)}, иако однапред знаел дека таква работа не постои`, v.key),
        '. ',
        mark('purpose', `По пристигнувањето ѝ бил одземен пасошот, ѝ било кажано дека должи ${eur(f.debtEur)} за патот и сместувањето и била принудена да дава сексуални услуги во ноќен бар, а заработката ја земале обвинетите`, v.key),
        '.',
      );
      break;
    case 'forced_begging':
      b.p(
        `${when}, ${g(d, 'обвинетиот', 'обвинетата')} ${n(d)}, `,
        mark('act', `${g(v, 'на малолетниот', 'на малолетната')} ${n(v)}, дете на возраст од ${v.age} години, ${g(v, 'го однел', 'ја однел')} од семејниот дом во ${f.destinationTown.name} и ${g(v, 'го сместил', 'ја сместил')} во нехигиенски објект заедно со други деца`, v.key),
        '. ',
        mark('means', `Со закани и тепање ${g(v, 'го принудувал', 'ја принудувал')} секојдневно да бара милостина на крстосници и пред трговски центри`, v.key),
        ', ',
        mark('purpose', `при што барал да му донесе најмалку ${eur(f.debtEur)} дневно, а кога износот бил помал ${g(v, 'го казнувал', 'ја казнувал')} со ускратување храна`, v.key),
        '.',
      );
      break;
    case 'labour':
      b.p(
        `${when}, ${g(d, 'обвинетиот', 'обвинетата')} ${n(d)} `,
        mark('act', `преку оглас ${g(v, 'го врбувал оштетениот', 'ја врбувал оштетената')} ${n(v)} и ${g(v, 'го упатил', 'ја упатил')} во ${place(f)}`, v.key),
        ', ',
        mark('means', `ветувајќи ${JOB[f.promisedJob]} со плата од ${eur(f.promisedEur)} месечно, пријава и сместување, што не било вистина`, v.key),
        '. ',
        mark('purpose', `По пристигнувањето ${g(v, 'му', 'ѝ')} бил одземен пасошот, ${g(v, 'работел', 'работела')} по 12 до 14 часа дневно без слободни денови, а платата ${g(v, 'му', 'ѝ')} била задржувана како долг од ${eur(f.debtEur)} за превоз и сместување`, v.key),
        '.',
      );
      break;
    case 'forced_marriage':
      b.p(
        `${when}, ${g(d, 'обвинетиот', 'обвинетата')} ${n(d)}, `,
        mark('act', `татко на тогаш ${v.age}-годишната оштетена ${n(v)}, ја предал на семејството на ${d2 !== undefined ? `${g(d2, 'обвинетиот', 'обвинетата')} ${n(d2)}` : 'непознато лице'} заради склучување „брак“`, v.key),
        ', ',
        mark('means', `за што примил паричен износ од ${eur(f.debtEur)}`, v.key),
        '. ',
        mark('purpose', 'Оштетената потоа била принудена да ги врши сите домашни работи, не смеела да оди на училиште ниту да излегува сама од куќата, а била и физички малтретирана', v.key),
        '.',
      );
      break;
    case 'victim_offender':
      b.p(
        `${when}, ${g(d, 'обвинетиот', 'обвинетата')} ${n(d)}, која претходно и самата работела во ист објект под слични услови, `,
        mark('act', `ја врбувала својата познаничка ${n(v)} и ја однела во ноќен бар во ${f.destinationTown.name}`, v.key),
        ', ',
        mark('means', `ветувајќи ѝ ${JOB[f.promisedJob]} со заработка од ${eur(f.promisedEur)} месечно`, v.key),
        '. ',
        mark('purpose', `Таму, по наредба на ${d2 !== undefined ? `${g(d2, 'обвинетиот', 'обвинетата')} ${n(d2)}` : 'сопственикот'}, оштетената била принудена да дава сексуални услуги на гостите, а парите ги собирала првообвинетата`, v.key),
        '.',
      );
      break;
  }
  for (const other of f.victims.slice(1)) {
    b.p(`На ист начин обвинетите постапувале и спрема ${g(other, 'оштетениот', 'оштетената')} ${n(other)}, ${g(other, 'роден', 'родена')} ${dottedDate(other.birthDay).slice(6)} година, во период од околу ${other.durationMonths} месеци.`);
  }
}

const DEFENCE: Readonly<Record<CaseFacts['archetype'], string>> = {
  loverboy: 'дека оштетената доброволно живеела со него како негова девојка и сама одлучувала за своите заработувачки',
  transnational_sexual: 'дека оштетените знаеле каква работа ги чека во странство и доброволно заминале',
  forced_begging: 'дека децата по своја волја барале милостина за да му помогнат на семејството',
  labour: 'дека работниците доброволно работеле и редовно примале плата, од која само ги одбивал трошоците',
  forced_marriage: 'дека станува збор за брак склучен според обичаите, со согласност на двете семејства',
  victim_offender: 'дека и самата работела во објектот и само ѝ помогнала на оштетената да најде работа',
};

const STEREOTYPE: Readonly<Record<CaseFacts['archetype'], string>> = {
  loverboy: 'Судот не прифати дека оштетената била во положба на принуда, бидејќи, според наоѓањето на судот, таа имала телефон, слободно излегувала и не побарала помош иако имала можност да го стори тоа',
  transnational_sexual: 'Судот не прифати дека оштетените биле измамени, бидејќи, според наоѓањето на судот, како возрасни жени морале да знаат каква работа ги очекува во ноќен бар',
  forced_begging: 'Судот не прифати дека станува збор за експлоатација, бидејќи собирањето милостина заедно со родителите е, според наоѓањето на судот, вообичаена практика во нивната средина',
  labour: 'Судот не прифати дека оштетените биле во положба на принуда, бидејќи имале мобилни телефони и можеле слободно да се движат надвор од работното време',
  forced_marriage: 'Судот не прифати дека станува збор за експлоатација, бидејќи склучувањето брак на рана возраст е, според наоѓањето на судот, дел од традицијата на заедницата',
  victim_offender: 'Судот не прифати дека оштетените биле во положба на принуда, бидејќи доброволно останале во објектот и примале дел од заработката',
};

function victimPosition(f: CaseFacts, b: TextBuilder): void {
  const v = f.victims[0] as VictimFacts;
  if (v.identification === 'identified_victim') {
    b.p(mark('identification', `Со одлука на Мобилниот тим за идентификација ${g(v, 'оштетениот', 'оштетената')} ${n(v)} е формално ${g(v, 'идентификуван', 'идентификувана')} како жртва на трговија со луѓе`, v.key), ` и ${g(v, 'упатен', 'упатена')} на соодветна заштита.`);
  }
  if (!v.support.includes('none_documented')) {
    b.p(mark('support', `${g(v, 'Оштетениот', 'Оштетената')} е ${g(v, 'сместен', 'сместена')} во засолниште и добива психолошка, здравствена и правна помош`, v.key), ', ', mark('multisectoral', 'во соработка со Центарот за социјална работа и здружението „Отворена порта – Ла Страда“'), '.');
  }
  if (v.informed === 'written') {
    b.p(mark('rights', `${g(v, 'Оштетениот', 'Оштетената')} е писмено ${g(v, 'поучен', 'поучена')} за своите права како оштетено лице и за правото да поднесе имотно-правно барање`, v.key), '.');
  }
}

function evidenceParagraphs(f: CaseFacts, b: TextBuilder): void {
  const v = f.victims[0] as VictimFacts;
  const d = f.defendants[0] as DefendantFacts;
  const e = f.evidenceRelied;
  const vic = g(v, 'оштетениот', 'оштетената');
  if (e.includes('victim_testimony')) {
    const heard = g(v, 'сослушан', 'сослушана');
    const how = v.testimonyMode === 'video_link' ? `${heard} преку видео-конференциска врска, без присуство на обвинетите во судницата`
      : v.testimonyMode === 'prior_statement_read' ? 'чиј исказ од истражната постапка, даден пред јавниот обвинител, беше прочитан на главниот претрес'
        : `${heard} на главниот претрес`;
    b.p(mark('victim_testimony', `${g(v, 'Оштетениот', 'Оштетената')} ${n(v)}, ${how}, детално го опиша начинот на кој ${g(v, 'бил врбуван', 'била врбувана')}, местата каде ${g(v, 'бил експлоатиран', 'била експлоатирана')} и улогата на секој од обвинетите`, v.key), '.');
    if (v.testimonyMode === 'video_link' || v.trialProtection.includes('public_excluded')) {
      b.p(mark('protection', 'Заради заштита на личниот живот и интересите на оштетената страна, јавноста беше исклучена за целиот тек на сослушувањето', v.key), '.');
    }
  }
  if (e.includes('other_victims') || e.includes('eyewitnesses') || e.includes('medical_forensic')) {
    const w = f.witness;
    b.p(mark('corroboration', w !== undefined
      ? `Исказот на ${vic} е потврден со исказот на сведокот ${n(w)}, ${g(w, 'кој', 'која')} ги потврди околностите за начинот на живот на ${vic} и присуството на обвинетиот`
      : `Исказот на ${vic} е потврден со исказите на другите оштетени и со наодот од судско-медицинското вештачење`), '.');
  }
  if (e.includes('digital')) {
    b.p(mark('digital', `Со увидот во содржината на мобилниот телефон на ${g(d, 'обвинетиот', 'обвинетата')} ${n(d)} утврдени се пораки со кои се договарале средби, цени и превоз`), `, што се совпаѓа со исказот на ${vic}.`);
  }
  if (e.includes('intercepts')) {
    b.p(mark('sim', 'Со примена на посебните истражни мерки следење и снимање на телефонски и други електронски комуникации, одобрени со наредба на судијата на претходна постапка, снимени се разговори меѓу обвинетите за распоредот и заработката на оштетените'), '.');
  }
  if (e.includes('financial')) {
    b.p(mark('financial', 'Од финансиската анализа на сметките и паричните трансфери на обвинетите произлегува дека во периодот на извршување на делото тие примиле износи значително повисоки од нивните легални приходи'), '.');
  }
  if (e.includes('expert_psych')) {
    b.p(mark('expert', `Според наодот и мислењето на вештото лице психолог, кај ${vic} се присутни симптоми на посттрауматско стресно растројство, што ги објаснува празнините во ${g(v, 'неговото', 'нејзиното')} сеќавање`), '.');
  }
  if (f.foreign !== undefined && f.internationalCooperation.includes('foreign_evidence_used')) {
    b.p(mark('international_evidence', `Доказите прибавени по пат на меѓународна правна помош од надлежните органи на ${f.foreign.state.mk} се изведени на главниот претрес согласно закон`), '.');
  }
}

function reasoning(f: CaseFacts, b: TextBuilder, convicted: boolean): void {
  const v = f.victims[0] as VictimFacts;
  if (convicted) {
    if (v.credibility === 'credible' || v.credibility === 'partly_credible') {
      b.p(mark('credibility', `Судот го цени исказот на ${g(v, 'оштетениот', 'оштетената')} како логичен, уверлив и потврден со другите докази, а ситните разлики во однос на датумите не се од значење за битните факти`, v.key), '.');
    }
    if (f.traumaInformed === 'yes') {
      b.p(mark('trauma', 'Судот има предвид дека жртвите на трговија со луѓе често доцна и постепено ги откриваат настаните, поради срам, страв и траума, па задоцнетото пријавување не ја намалува веродостојноста на исказот'), '.');
    }
    if (f.consentReasoning === 'irrelevant_applied') {
      b.p(mark('consent', 'Неосновани се наводите на одбраната дека оштетените се согласиле на ваквите услови, бидејќи согласноста на жртвата на намеравната експлоатација е без значење кога се употребени измама или злоупотреба на тешката положба, а кај малолетно лице таа воопшто не се цени'), '.');
    }
  } else {
    b.p(mark('stereotypes', STEREOTYPE[f.archetype]), '.');
    b.p(mark('credibility', `Исказот на ${g(v, 'оштетениот', 'оштетената')} судот не го прифати како доволен доказ, бидејќи не е потврден со други докази и содржи противречности`, v.key), '.');
  }
}

function sentencingReasons(f: CaseFacts, b: TextBuilder): void {
  const d = f.defendants[0] as DefendantFacts;
  if (d.firstVerdict === 'acquitted') return;
  const mit = d.mitigating.filter((x) => x !== 'none' && x !== 'not_applicable');
  const agg = d.aggravating.filter((x) => x !== 'none' && x !== 'not_applicable');
  b.p(
    'При одмерувањето на казната судот ги имаше предвид сите околности. ',
    mark('mitigating', mit.length > 0
      ? `Како олеснителни околности на ${g(d, 'обвинетиот', 'обвинетата')} ${n(d)} судот ги цени ${mit.includes('no_prior_record') ? g(d, 'неговата досегашна неосудуваност', 'нејзината досегашна неосудуваност') : g(d, 'неговото коректно однесување во постапката', 'нејзиното коректно однесување во постапката')}${mit.includes('family_circumstances') ? ', семејните прилики' : ''}${mit.includes('young_age') ? ' и младата возраст' : ''}`
      : `Судот не најде олеснителни околности на страната на ${g(d, 'обвинетиот', 'обвинетата')}`, d.key),
    '. ',
    mark('aggravating', agg.length > 0
      ? `Како отежнителни околности судот ги цени ${agg.includes('child_victim') ? 'малолетството на оштетените' : 'упорноста во извршувањето на делото'}${agg.includes('multiple_victims') ? ', бројот на оштетени' : ''}${agg.includes('organised_group') ? ', организираноста на групата' : ''}${agg.includes('prior_record') ? ' и ранијата осудуваност' : ''}`
      : 'Отежнителни околности судот не најде', d.key),
    '. ',
    mark('sentence', `Судот смета дека со казната затвор во траење од ${years(d.firstMonths)} ќе се постигне целта на казнувањето`, d.key),
    d.firstMonths < d.minimumMonths && d.firstVerdict !== 'convicted_lesser' ? ', при што казната е ублажена под законскиот минимум поради особено олеснителните околности.' : '.',
  );
}

function compensationParagraph(f: CaseFacts, b: TextBuilder, country: CaseFacts['country']): void {
  for (const v of f.victims) {
    if (v.claimFiled !== 'yes') continue;
    const text = v.claimDecision === 'awarded_full' || v.claimDecision === 'awarded_partly'
      ? `Обвинетите се задолжуваат солидарно да ${g(v, 'му', 'ѝ')} исплатат на ${g(v, 'оштетениот', 'оштетената')} ${n(v)} износ од ${groupDigits(localMoney(country, v.compensationEur))} денари на име нематеријална штета${v.claimDecision === 'awarded_partly' ? ', а за повеќе барање се упатува на спор' : ''}`
      : `${g(v, 'Оштетениот', 'Оштетената')} ${n(v)} се упатува со имотно-правното барање на граѓански спор`;
    b.p(mark('compensation', text, v.key), '.');
  }
}

/** The sentence with the defendant named, as the operative part words it. */
function sentenceLine(d: DefendantFacts, stage: 'first' | 'final'): string {
  const months = stage === 'first' ? d.firstMonths : d.months;
  if (stage === 'final' ? d.sentenceType === 'suspended' : d.firstSuspended) {
    return `на ${g(d, 'обвинетиот', 'обвинетата')} ${n(d)} ${g(d, 'му', 'ѝ')} се изрекува УСЛОВНА ОСУДА со утврдена казна затвор во траење од ${years(months)}, која нема да се изврши доколку ${g(d, 'обвинетиот', 'обвинетата')} во рок од 3 години не стори ново кривично дело`;
  }
  return `${g(d, 'обвинетиот', 'обвинетата')} ${n(d)} се осудува на КАЗНА ЗАТВОР во траење од ${years(months)}`;
}

function judgmentHeader(b: TextBuilder, courtName: string, number: string): void {
  b.p(courtName.toUpperCase());
  b.p(number);
  b.gap();
  b.p('ВО ИМЕТО НА ГРАЃАНИТЕ НА РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА');
  b.gap();
}

function complaint(f: CaseFacts, b: TextBuilder): void {
  b.p('РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА');
  b.p('МИНИСТЕРСТВО ЗА ВНАТРЕШНИ РАБОТИ');
  b.p(f.organised ? 'Оддел за сузбивање на организиран и сериозен криминал' : `Сектор за внатрешни работи ${f.town.name}`);
  b.p(`${f.town.name}, ${date(f.timeline.complaint)}`);
  b.gap();
  b.p(`ДО: ${f.courts.prosecution.name.replace(/^Основното/, 'Основно').replace(/^Јавното/, 'Јавно')}`);
  b.gap();
  b.p('КРИВИЧНА ПРИЈАВА');
  b.p('против:');
  f.defendants.forEach((d, i) => b.p(`${i + 1}. ${defendantBlock(d)}`));
  b.p(`поради постоење основи на сомнение дека сториле кривично дело ${offenceName(f)} од ${articles(f).tip}.`);
  b.gap();
  b.p('О б р а з л о ж е н и е');
  story(f, b);
  b.p(`Оштетени лица: ${f.victims.map((v) => victimBlock(v, f)).join('; ')}.`);
  victimPosition(f, b);
  if (f.internationalCooperation.includes('police_channels')) {
    b.p(mark('international_coop', `Дел од информациите се добиени по пат на меѓународна полициска соработка${f.foreign !== undefined ? ` со надлежните органи на ${f.foreign.state.mk}` : ''}`), '.');
  }
  b.p(`Во прилог на кривичната пријава се доставуваат: записник за сослушување на ${g(f.victims[0] as VictimFacts, 'оштетениот', 'оштетената')}, службени белешки, потврди за привремено одземени предмети (мобилни телефони и парични средства), извод од телефонски сообраќај и фотодокументација.`);
  b.p('Предлагаме јавниот обвинител да покрене истражна постапка и да побара определување мерка притвор спрема осомничените, поради опасност од бегство и влијание врз оштетените.');
  b.gap();
  b.p('Началник на сектор (потпис)');
}

function indictment(f: CaseFacts, b: TextBuilder): void {
  b.p(f.courts.prosecution.name.replace(/^Основното/, 'ОСНОВНО').replace(/^Јавното/, 'ЈАВНО').toUpperCase());
  b.p(f.numbers.prosecution);
  b.p(`${f.town.name}, ${date(f.timeline.indictment)}`);
  b.gap();
  b.p(`ДО ${f.courts.firstInstance.name.toUpperCase()}`);
  b.gap();
  b.p('Врз основа на член 39 став 2 алинеја 1 од Законот за кривичната постапка, ја подигнувам следната');
  b.p('ОБВИНИТЕЛЕН АКТ');
  b.p('ПРОТИВ:');
  f.defendants.forEach((d, i) => b.p(`${i + 1}. ${defendantBlock(d)}${d.inCustody ? `, во притвор од ${date(f.timeline.complaint)}` : ''}`));
  b.p('ЗАТОА ШТО:');
  story(f, b);
  b.p(`– со што сториле кривично дело ${offenceName(f)} од ${articles(f).tip}${f.charges.includes('organising_tip_group') ? `, а првообвинетиот и кривично дело Организирање група за извршување на кривичното дело трговија со луѓе од ${articles(f).group}` : ''}.`);
  b.gap();
  b.p('ПРЕДЛАГАМ:');
  b.p(`Да се закаже главен претрес пред ${f.courts.firstInstance.name}, на кој да се повикаат обвинетите и нивните бранители, ${f.victims.map((v) => `${g(v, 'оштетениот', 'оштетената')} ${n(v)}`).join(', ')}${f.witness !== undefined ? ` и сведокот ${n(f.witness)}` : ''}.`);
  b.p('Да се изведат доказите: записниците за сослушување на оштетените, извештајот од вештачењето на мобилните телефони, изводите од банкарските сметки, потврдите за привремено одземени предмети и службените белешки на МВР.');
  b.gap();
  b.p('О б р а з л о ж е н и е');
  const v1 = f.victims[0] as VictimFacts;
  b.p(`Од собраните докази во истражната постапка произлегува основано сомнение дека обвинетите го сториле делото на начин опишан во диспозитивот. ${g(v1, 'Оштетениот', 'Оштетената')} ${n(v1)} во истрагата ${g(v1, 'беше сослушан', 'беше сослушана')} ${v1.pretrialInterviews} ${v1.pretrialInterviews === 1 ? 'пат' : 'пати'}.`);
  victimPosition(f, b);
  b.gap();
  b.p('ЈАВЕН ОБВИНИТЕЛ (потпис)');
}

function firstInstance(f: CaseFacts, b: TextBuilder): void {
  judgmentHeader(b, f.courts.firstInstance.name, f.numbers.court);
  b.p(`${f.courts.firstInstance.name}, во совет составен од судија како претседател на советот и двајца судии-поротници, со записничар, во кривичниот предмет против ${f.defendants.map((d) => `${g(d, 'обвинетиот', 'обвинетата')} ${n(d)}`).join(', ')}, за кривично дело ${offenceName(f)} од ${articles(f).tip}, по обвинителниот акт на ${f.courts.prosecution.name} ${f.numbers.prosecution} од ${date(f.timeline.indictment)}, по одржаниот главен претрес, на ${date(f.timeline.firstInstance)} ја донесе и јавно ја објави следната`);
  b.gap();
  b.p('П Р Е С У Д А');
  b.gap();
  f.defendants.forEach((d, i) => {
    b.p(`${i + 1}. ${g(d, 'Обвинетиот', 'Обвинетата')} ${defendantBlock(d)}`);
    if (d.firstVerdict === 'acquitted') {
      b.p(`СЕ ОСЛОБОДУВА ОД ОБВИНЕНИЕ дека ${g(d, 'го сторил', 'го сторила')} кривичното дело ${offenceName(f)} од ${articles(f).tip}, бидејќи не е докажано дека ${g(d, 'го сторил', 'го сторила')} делото за кое е ${g(d, 'обвинет', 'обвинета')}.`);
    } else {
      b.p(d.firstVerdict === 'convicted_lesser'
        ? `${g(d, 'Е ВИНОВЕН', 'Е ВИНОВНА')} затоа што ${g(d, 'го сторил', 'го сторила')} кривичното дело ${articles(f).lesser}, па врз основа на наведениот пропис`
        : `${g(d, 'Е ВИНОВЕН', 'Е ВИНОВНА')} затоа што ${g(d, 'го сторил', 'го сторила')} кривичното дело ${offenceName(f)} од ${articles(f).tip}, па врз основа на наведениот пропис`);
      b.p(mark('sentence', sentenceLine(d, 'first'), d.key), d.inCustody && !d.firstSuspended ? `, во која се засметува времето поминато во притвор од ${date(f.timeline.complaint)}.` : '.');
    }
  });
  if (f.confiscation === 'ordered') b.p(`Од обвинетите се одзема имотна корист во износ од ${groupDigits(localMoney('mk', f.confiscatedEur))} денари.`);
  compensationParagraph(f, b, 'mk');
  b.p('Обвинетите се должни да ги надоместат трошоците на кривичната постапка.');
  b.gap();
  b.p('О б р а з л о ж е н и е');
  b.p(`${f.courts.prosecution.name} до овој суд поднесе обвинителен акт ${f.numbers.prosecution} од ${date(f.timeline.indictment)}, со кој на обвинетите им се става на товар дека:`);
  story(f, b);
  b.p(`Во својата одбрана ${g(f.defendants[0] as DefendantFacts, 'обвинетиот', 'обвинетата')} го негираше делото и изјави ${DEFENCE[f.archetype]}.`);
  evidenceParagraphs(f, b);
  const convicted = (f.defendants[0] as DefendantFacts).firstVerdict !== 'acquitted';
  reasoning(f, b, convicted);
  if (convicted) {
    b.p(mark('qualification', `Со ваквите дејствија обвинетите ги исполнија сите битни обележја на кривичното дело ${(f.defendants[0] as DefendantFacts).firstVerdict === 'convicted_lesser' ? articles(f).lesser : `${offenceName(f)} од ${articles(f).tip}`}, бидејќи се докажани дејството, средството и целта на експлоатација`), '.');
  }
  sentencingReasons(f, b);
  b.p(`ПРАВНА ПОУКА: Против оваа пресуда може да се изјави жалба до ${f.courts.appeal.name} во рок од 15 дена од денот на приемот на писмениот отправок.`);
  b.p('Претседател на советот – судија (потпис)');
}

const APPEAL_BY: Readonly<Record<string, string>> = {
  prosecution: 'јавниот обвинител',
  defence: 'бранителите на обвинетите',
  victim: 'полномошникот на оштетената',
};

function appeal(f: CaseFacts, b: TextBuilder): void {
  const d = f.defendants[0] as DefendantFacts;
  judgmentHeader(b, f.courts.appeal.name, f.numbers.appeal);
  b.p(`${f.courts.appeal.name}, во совет составен од тројца судии, во кривичниот предмет против ${f.defendants.map((x) => `${g(x, 'обвинетиот', 'обвинетата')} ${n(x)}`).join(', ')}, одлучувајќи по ${f.appealBy.length === 1 ? 'жалбата' : 'жалбите'} на ${f.appealBy.map((a) => APPEAL_BY[a] ?? a).join(' и ')} ${f.appealBy.length === 1 ? 'изјавена' : 'изјавени'} против пресудата на ${f.courts.firstInstance.name} ${f.numbers.court} од ${date(f.timeline.firstInstance)}, на седницата одржана на ${date(f.timeline.appeal)}, ја донесе следната`);
  b.gap();
  b.p('П Р Е С У Д А');
  switch (f.appealOutcome) {
    case 'sentence_reduced':
    case 'sentence_increased':
      b.p(`Жалбата на ${f.appealOutcome === 'sentence_reduced' ? 'бранителот' : 'јавниот обвинител'} СЕ УВАЖУВА, пресудата се ПРЕИНАЧУВА во одлуката за казната, така што `, mark('sentence', sentenceLine(d, 'final'), d.key), '.');
      break;
    case 'requalified':
      b.p(`Жалбата на бранителите СЕ УВАЖУВА, пресудата се ПРЕИНАЧУВА во правната квалификација, така што дејствијата на обвинетите се квалификуваат како кривично дело ${articles(f).lesser}, а `, mark('sentence', sentenceLine(d, 'final'), d.key), '.');
      break;
    default:
      b.p(`${f.appealBy.length === 1 ? 'Жалбата СЕ ОДБИВА како неоснована' : 'Жалбите СЕ ОДБИВААТ како неосновани'}, а пресудата на првостепениот суд СЕ ПОТВРДУВА.`);
  }
  b.gap();
  b.p('О б р а з л о ж е н и е');
  const anyConviction = f.defendants.some((x) => x.firstVerdict !== 'acquitted');
  b.p(`Со првостепената пресуда ${g(d, 'обвинетиот', 'обвинетата')} ${n(d)} ${d.firstVerdict === 'acquitted' ? g(d, 'е ослободен од обвинение', 'е ослободена од обвинение') : `${g(d, 'е огласен за виновен и осуден', 'е огласена за виновна и осудена')} на казна затвор во траење од ${years(d.firstMonths)}`}. Во првостепената постапка на обвинетите им беше ставено на товар дека:`);
  story(f, b);
  b.p(`Против пресудата жалби изјавија ${f.appealBy.map((a) => APPEAL_BY[a] ?? a).join(' и ')}, поради суштествена повреда на одредбите на кривичната постапка, погрешно и нецелосно утврдена фактичка состојба${anyConviction ? ' и одлуката за казната' : ''}.`);
  const grounds: string[] = [];
  if (f.appealBy.includes('defence')) grounds.push('Бранителите во жалбата наведуваат дека исказот на оштетената страна е противречен и не е потврден со други докази.');
  if (f.appealBy.includes('prosecution')) grounds.push(anyConviction ? 'Јавниот обвинител смета дека изречената казна е премногу блага.' : 'Јавниот обвинител смета дека првостепениот суд погрешно го оценил исказот на оштетената страна и дека обвинетите требало да бидат огласени за виновни.');
  if (f.appealBy.includes('victim')) grounds.push('Полномошникот на оштетената бара одлуката за имотно-правното барање да биде преиначена.');
  b.p(grounds.join(' '));
  reasoning(f, b, d.verdict !== 'acquitted');
  if (f.appealOutcome === 'requalified') {
    b.p(mark('qualification', `Според оценката на овој суд, во текот на постапката не е докажано средството на извршување на делото, поради што правилна е квалификацијата како кривично дело ${articles(f).lesser}`), '.');
  } else if (d.verdict !== 'acquitted') {
    b.p(mark('sentence', `Овој суд смета дека казната од ${years(d.months)} е соодветна на тежината на делото и степенот на вината на ${g(d, 'обвинетиот', 'обвинетата')}`, d.key), '.');
  }
  compensationParagraph(f, b, 'mk');
  b.p('Од изнесените причини, согласно член 420 и член 423 од Законот за кривичната постапка, се одлучи како во изреката.');
  b.p('Претседател на советот – судија (потпис)');
}

export function writeMacedonian(kind: DemoDocumentKind, f: CaseFacts, b: TextBuilder): void {
  switch (kind) {
    case 'criminal_complaint': return complaint(f, b);
    case 'indictment': return indictment(f, b);
    case 'appeal_judgment': return appeal(f, b);
    default: return firstInstance(f, b);
  }
}
