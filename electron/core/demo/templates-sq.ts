// Albanian document templates: police criminal report (kallëzim penal), the prosecutor's request
// for trial (kërkesë për gjykim), first-instance and appeal decisions (vendim, "Në emër të
// Republikës", pjesa urdhëruese / arsyetimi). Passages a reviewer would code are marked.

import { dottedDate, yearOf } from './calendar';
import type { CaseFacts, DefendantFacts, Occupation, PersonFacts, VictimFacts } from './case-facts';
import type { DemoDocumentKind } from './demo-types';
import { nameIn } from './people';
import { articles, g, groupDigits, localMoney, monthName, splitMonths } from './render-helpers';
import { mark, type TextBuilder } from './text-builder';

function n(p: PersonFacts): string {
  return nameIn(p, 'sq');
}

function date(day: number): string {
  return `datë ${dottedDate(day)}`;
}

function term(months: number): string {
  const s = splitMonths(months);
  const y = s.years === 0 ? '' : `${s.years} ${s.years === 1 ? 'vit' : 'vjet'}`;
  const m = s.months === 0 ? '' : `${s.months} muaj`;
  return [y, m].filter((x) => x !== '').join(' e ');
}

const CITIZEN: Readonly<Record<string, readonly [string, string]>> = {
  al: ['shtetas shqiptar', 'shtetase shqiptare'],
  xk: ['shtetas i Republikës së Kosovës', 'shtetase e Republikës së Kosovës'],
  mk: ['shtetas i Republikës së Maqedonisë së Veriut', 'shtetase e Republikës së Maqedonisë së Veriut'],
  rs: ['shtetas i Republikës së Serbisë', 'shtetase e Republikës së Serbisë'],
  me: ['shtetas i Malit të Zi', 'shtetase e Malit të Zi'],
};

const OCCUPATION: Readonly<Record<Occupation, readonly [string, string]>> = {
  unemployed: ['i papunë', 'e papunë'],
  waiter: ['me profesion kamarier', 'me profesion kameriere'],
  driver: ['me profesion shofer', 'me profesion shofere'],
  construction: ['punëtor ndërtimi', 'punëtore ndërtimi'],
  trader: ['me profesion tregtar', 'me profesion tregtare'],
  bar_owner: ['pronar lokali', 'pronare lokali'],
  farmer: ['fermer', 'fermere'],
  hairdresser: ['me profesion parukier', 'me profesion parukiere'],
};

const EDUCATION: Readonly<Record<PersonFacts['education'], string>> = {
  none: 'pa arsim',
  primary: 'me arsim fillor',
  lower_secondary: 'me arsim 9-vjeçar',
  upper_secondary: 'me arsim të mesëm',
  tertiary: 'me arsim të lartë',
};

const JOB: Readonly<Record<CaseFacts['promisedJob'], string>> = {
  waitress: 'punë si kameriere në një lokal',
  dancer: 'punë si balerine në një lokal nate',
  caretaker: 'punë si kujdestare për të moshuarit',
  construction: 'punë në një kantier ndërtimi',
  seasonal: 'punë sezonale në vjeljen e frutave',
  hotel: 'punë sezonale në një hotel',
  none: 'punë',
};

function citizen(p: PersonFacts): string {
  const pair = CITIZEN[p.citizenship] ?? ['shtetas i huaj', 'shtetase e huaj'];
  return g(p, pair[0], pair[1]);
}

function defendantBlock(d: DefendantFacts): string {
  const parts = [
    `${n(d)}, ${g(d, 'i biri i', 'e bija e')} ${d.father.genitive ?? d.father.latin}`,
    `${g(d, 'i lindur', 'e lindur')} më ${dottedDate(d.birthDay)} në ${d.birthTown.name}`,
    `me banim në ${d.address}`,
  ];
  if (d.nid !== undefined) parts.push(`me numër personal ${d.nid}`);
  parts.push(
    citizen(d),
    g(d, OCCUPATION[d.occupation][0], OCCUPATION[d.occupation][1]),
    EDUCATION[d.education],
    d.married ? g(d, 'i martuar', 'e martuar') : g(d, 'beqar', 'beqare'),
    d.children === 0 ? 'pa fëmijë' : `me ${d.children} fëmijë`,
    d.priorConvictions ? g(d, 'i dënuar më parë', 'e dënuar më parë') : g(d, 'i padënuar më parë', 'e padënuar më parë'),
  );
  if (d.phone !== undefined) parts.push(`tel. ${d.phone}`);
  return parts.join(', ');
}

function victimBlock(v: VictimFacts, f: CaseFacts): string {
  const born = v.dobPrecision === 'day' ? `${g(v, 'i lindur', 'e lindur')} më ${dottedDate(v.birthDay)}` : `${g(v, 'i lindur', 'e lindur')} në vitin ${yearOf(v.birthDay)}`;
  const home = v.citizenship === f.country ? `me banim në ${v.residenceTown.name}` : citizen(v);
  return `${g(v, 'i dëmtuari', 'e dëmtuara')} ${n(v)}, ${born}, ${home}${v.phone !== undefined ? `, tel. ${v.phone}` : ''}`;
}

function offenceName(f: CaseFacts): string {
  return f.victims.some((v) => v.child) ? '„Trafikimi i të miturve“' : '„Trafikimi i personave të rritur“';
}

function offence(f: CaseFacts, lesser: boolean): string {
  return lesser ? `veprës penale ${articles(f).lesser}` : `veprës penale ${offenceName(f)}, parashikuar nga ${articles(f).tip}`;
}

function place(f: CaseFacts): string {
  return f.foreign !== undefined ? `${f.foreign.city.sq}, ${f.foreign.state.sq}` : f.destinationTown.name;
}

function story(f: CaseFacts, b: TextBuilder): void {
  const v = f.victims[0] as VictimFacts;
  const d = f.defendants[0] as DefendantFacts;
  const d2 = f.defendants[1];
  const when = `Në muajin ${monthName(f.timeline.offenceStart, 'sq')} ${yearOf(f.timeline.offenceStart)}`;
  const eur = (x: number): string => `${groupDigits(x)} euro`;
  switch (f.archetype) {
    case 'loverboy':
      b.p(`${when}, ${g(d, 'i pandehuri', 'e pandehura')} ${n(d)} u njoh nëpërmjet rrjeteve sociale me të dëmtuarën ${n(v)}, atëherë e mitur. `,
        mark('act', `I pandehuri krijoi me të një lidhje emocionale dhe e bindi të largohej nga shtëpia familjare dhe të vendosej me të në një apartament me qira në ${f.destinationTown.name}`, v.key), '. ',
        mark('means', 'Duke përfituar nga lidhja e saj emocionale dhe gjendja e vështirë familjare, i pandehuri i premtonte jetë të përbashkët dhe martesë, dhe më pas i tha se kishte borxhe që duhej t’i shlyenin së bashku', v.key), '. ',
        mark('purpose', `Më pas e detyroi të ofronte shërbime seksuale ndaj burrave të panjohur në apartamente dhe në një lokal në ${f.destinationTown.name}, me çmim ${eur(f.debtEur)} për klient, duke e mbajtur të gjithë shumën për vete`, v.key), '.');
      if (d2 !== undefined) b.p(`${g(d2, 'I pandehuri', 'E pandehura')} ${n(d2)} siguronte apartamentin, caktonte takimet me klientët dhe mblidhte paratë.`);
      break;
    case 'transnational_sexual':
      b.p(`E dëmtuara ${n(v)} në atë kohë ishte e papunë dhe pa mjete jetese. ${when}, ${g(d, 'i pandehuri', 'e pandehura')} ${n(d)}, si organizator i grupit, `,
        mark('act', `${d2 !== undefined ? 'nëpërmjet të pandehurit të dytë' : 'nëpërmjet njoftimeve në internet'} rekrutoi të dëmtuarën dhe organizoi transportin e saj me furgon përmes pikës kufitare, pas së cilës ajo u strehua në ${place(f)}`, v.key), ', ',
        mark('means', `duke i premtuar ${JOB[f.promisedJob]} me pagë mujore ${eur(f.promisedEur)}, ndonëse e dinte që më parë se një punë e tillë nuk ekzistonte`, v.key), '. ',
        mark('purpose', `Pas mbërritjes i morën pasaportën, i thanë se u detyrohej ${eur(f.debtEur)} për udhëtimin dhe strehimin dhe u detyrua të ofronte shërbime seksuale në një lokal nate, ndërsa fitimet i merrnin të pandehurit`, v.key), '.');
      break;
    case 'forced_begging':
      b.p(`${when}, ${g(v, 'i mituri', 'e mitura')} ${n(v)}, fëmijë në moshën ${v.age} vjeç, `,
        mark('act', `u mor nga i pandehuri nga shtëpia familjare dhe u dërgua në ${f.destinationTown.name}, ku u strehua në një objekt të papërshtatshëm së bashku me fëmijë të tjerë`, v.key), ', ',
        mark('means', 'ku me kërcënime dhe dhunë detyrohej të lypte çdo ditë në kryqëzime dhe para qendrave tregtare', v.key), ', ',
        mark('purpose', `duke u detyruar t’i sillte të pandehurit të paktën ${eur(f.debtEur)} në ditë, ndërsa kur shuma ishte më e vogël, i pandehuri e ndëshkonte duke i mohuar ushqimin`, v.key), '.');
      b.p(`${g(d, 'I pandehuri', 'E pandehura')} ${n(d)} i kontrollonte fëmijët gjatë gjithë kohës dhe merrte të gjitha paratë e mbledhura.`);
      break;
    case 'labour':
      b.p(`${when}, ${g(v, 'i dëmtuari', 'e dëmtuara')} ${n(v)} `,
        mark('act', `u rekrutua nëpërmjet një njoftimi të publikuar nga ${g(d, 'i pandehuri', 'e pandehura')} ${n(d)} për punë në ${place(f)}`, v.key), ', ',
        mark('means', `ku i pandehuri i premtoi ${JOB[f.promisedJob]} me pagë ${eur(f.promisedEur)} në muaj, sigurime dhe strehim, gjë që nuk ishte e vërtetë`, v.key), '. ',
        mark('purpose', `Pas mbërritjes i morën pasaportën, punonte 12 deri në 14 orë në ditë pa ditë pushimi, ndërsa paga i mbahej si borxh prej ${eur(f.debtEur)} për transportin dhe strehimin`, v.key), '.');
      break;
    case 'forced_marriage':
      b.p(`${g(d, 'I pandehuri', 'E pandehura')} ${n(d)} është prindi i të dëmtuarës. ${when}, `,
        mark('act', `e dëmtuara ${n(v)}, atëherë ${v.age} vjeç, iu dorëzua familjes së ${d2 !== undefined ? 'të pandehurit të dytë' : 'një personi të panjohur'} për të lidhur „martesë“`, v.key), ', ',
        mark('means', `ndërsa i pandehuri mori për këtë një shumë parash prej ${eur(f.debtEur)}`, v.key), '. ',
        mark('purpose', 'Më pas e dëmtuara u detyrua të kryente të gjitha punët e shtëpisë, nuk lejohej të shkonte në shkollë ose të dilte vetëm nga shtëpia dhe u keqtrajtua fizikisht', v.key), '.');
      if (d2 !== undefined) b.p(`${g(d2, 'I pandehuri', 'E pandehura')} ${n(d2)} e mbante të dëmtuarën në shtëpinë e tij dhe vendoste për çdo dalje të saj.`);
      break;
    case 'victim_offender':
      b.p(`E pandehura ${n(d)}, e cila më parë kishte punuar vetë në të njëjtin lokal në kushte të ngjashme, dhe e dëmtuara ${n(v)} njiheshin që më parë. ${when}, `,
        mark('act', `e pandehura rekrutoi të dëmtuarën dhe e çoi në një lokal nate në ${f.destinationTown.name}`, v.key), ', ',
        mark('means', `duke i premtuar ${JOB[f.promisedJob]} me të ardhura ${eur(f.promisedEur)} në muaj`, v.key), '. ',
        mark('purpose', `Atje, me urdhër të ${d2 !== undefined ? 'të pandehurit të dytë' : 'pronarit të lokalit'}, e dëmtuara u detyrua të ofronte shërbime seksuale ndaj klientëve, ndërsa paratë i mblidhte e pandehura`, v.key), '.');
      if (d2 !== undefined) b.p(`${g(d2, 'I pandehuri', 'E pandehura')} ${n(d2)} është pronar i lokalit dhe caktonte çmimet e shërbimeve dhe orarin e punës.`);
      break;
  }
  for (const o of f.victims.slice(1)) {
    b.p(`Në të njëjtën mënyrë u shfrytëzua edhe ${g(o, 'i dëmtuari', 'e dëmtuara')} ${n(o)}, ${g(o, 'i lindur', 'e lindur')} në vitin ${yearOf(o.birthDay)}, për një periudhë prej rreth ${o.durationMonths} muajsh.`);
  }
}

function victimPosition(f: CaseFacts, b: TextBuilder): void {
  const v = f.victims[0] as VictimFacts;
  if (v.identification === 'identified_victim') {
    b.p(mark('identification', `Struktura Përgjegjëse e Mekanizmit Kombëtar të Referimit ${g(v, 'e identifikoi zyrtarisht të dëmtuarin', 'e identifikoi zyrtarisht të dëmtuarën')} si viktimë të trafikimit`, v.key), '.');
  }
  if (!v.support.includes('none_documented')) {
    b.p(mark('support', `${g(v, 'I dëmtuari', 'E dëmtuara')} u strehua në Qendrën Kombëtare të Pritjes për Viktimat e Trafikimit dhe merr ndihmë psikologjike, shëndetësore dhe juridike`, v.key), ', ',
      mark('multisectoral', 'në bashkëpunim me shërbimet sociale dhe organizatën „Tjetër Vizion“'), '.');
  }
  if (v.informed === 'written') {
    b.p(mark('rights', `${g(v, 'I dëmtuari', 'E dëmtuara')} u njoftua me shkrim për të drejtat e ${g(v, 'tij', 'saj')} si viktimë dhe për të drejtën të paraqesë padi civile`, v.key), '.');
  }
}

function evidence(f: CaseFacts, b: TextBuilder): void {
  const v = f.victims[0] as VictimFacts;
  const ev = f.evidenceRelied;
  const vicGen = g(v, 'të dëmtuarit', 'të dëmtuarës');
  if (ev.includes('victim_testimony')) {
    const how = v.testimonyMode === 'video_link' ? `${g(v, 'i pyetur', 'e pyetur')} nëpërmjet lidhjes video, pa praninë e të pandehurve në sallë`
      : v.testimonyMode === 'prior_statement_read' ? `deklarimi i ${g(v, 'të cilit', 'së cilës')}, i dhënë para prokurorit gjatë hetimit, u lexua në seancë`
        : `${g(v, 'i pyetur', 'e pyetur')} në seancë gjyqësore`;
    b.p(mark('victim_testimony', `${g(v, 'I dëmtuari', 'E dëmtuara')} ${n(v)}, ${how}, përshkroi në detaje mënyrën se si u rekrutua, vendet ku u shfrytëzua dhe rolin e secilit prej të pandehurve`, v.key), '.');
    if (v.testimonyMode === 'video_link' || v.trialProtection.includes('public_excluded')) {
      b.p(mark('protection', 'Për mbrojtjen e jetës private dhe të interesave të viktimës, seanca u zhvillua me dyer të mbyllura gjatë gjithë kohës së pyetjes', v.key), '.');
    }
  }
  if (ev.includes('other_victims') || ev.includes('eyewitnesses') || ev.includes('medical_forensic')) {
    const w = f.witness;
    b.p(mark('corroboration', w !== undefined
      ? `Deklarimet e ${vicGen} u vërtetuan edhe nga ${g(w, 'dëshmitari', 'dëshmitarja')} ${n(w)}, ${g(w, 'i cili', 'e cila')} përshkroi rrethanat në të cilat jetonte ${g(v, 'i dëmtuari', 'e dëmtuara')} dhe praninë e të pandehurit`
      : `Deklarimet e ${vicGen} u vërtetuan nga deklarimet e viktimave të tjera dhe nga akti i ekspertimit mjeko-ligjor`), '.');
  }
  if (ev.includes('digital')) {
    b.p(mark('digital', 'Nga këqyrja e përmbajtjes së telefonit celular të të pandehurit u konstatuan mesazhe me të cilat merreshin vesh për takime, çmime dhe transport'), `, gjë që përputhet me deklarimet e ${vicGen}.`);
  }
  if (ev.includes('intercepts')) {
    b.p(mark('sim', 'Nëpërmjet përgjimit të komunikimeve telefonike, të autorizuar me vendim të gjykatës, u regjistruan biseda ndërmjet të pandehurve për shpërndarjen dhe fitimet e viktimave'), '.');
  }
  if (ev.includes('financial')) {
    b.p(mark('financial', 'Nga analiza financiare e llogarive dhe e transfertave monetare rezultoi se të pandehurit gjatë periudhës së kryerjes së veprës kanë marrë shuma dukshëm më të larta se të ardhurat e tyre të ligjshme'), '.');
  }
  if (ev.includes('expert_psych')) {
    b.p(mark('expert', `Sipas aktit të ekspertimit psikologjik, te ${g(v, 'i dëmtuari', 'e dëmtuara')} janë të pranishme simptoma të çrregullimit të stresit post-traumatik, gjë që shpjegon boshllëqet në kujtesën e ${g(v, 'tij', 'saj')}`), '.');
  }
  if (f.foreign !== undefined && f.internationalCooperation.includes('foreign_evidence_used')) {
    b.p(mark('international_evidence', `Provat e marra nëpërmjet ndihmës juridike ndërkombëtare nga autoritetet kompetente në ${f.foreign.state.sq} u administruan në seancë në përputhje me ligjin`), '.');
  }
}

const DEFENCE: Readonly<Record<CaseFacts['archetype'], string>> = {
  loverboy: 'se e dëmtuara jetonte vullnetarisht me të si e dashura e tij dhe vendoste vetë për fitimet e saj',
  transnational_sexual: 'se të dëmtuarat e dinin se çfarë pune i priste jashtë vendit dhe u larguan vullnetarisht',
  forced_begging: 'se fëmijët lypnin me dëshirën e tyre për të ndihmuar familjen',
  labour: 'se punëtorët punonin vullnetarisht dhe merrnin rregullisht pagën, nga e cila u zbriteshin vetëm shpenzimet',
  forced_marriage: 'se bëhej fjalë për një martesë të lidhur sipas zakoneve, me pëlqimin e të dy familjeve',
  victim_offender: 'se edhe ajo vetë punonte në lokal dhe vetëm e ndihmoi të dëmtuarën të gjente punë',
};

const STEREOTYPE: Readonly<Record<CaseFacts['archetype'], string>> = {
  loverboy: 'Gjykata nuk pranoi që e dëmtuara ishte në kushte shtrëngimi, pasi sipas gjykatës ajo kishte telefon, dilte lirisht dhe nuk kërkoi ndihmë megjithëse kishte mundësi ta bënte',
  transnational_sexual: 'Gjykata nuk pranoi që të dëmtuarat ishin mashtruar, pasi sipas gjykatës, si gra të rritura, duhej ta dinin se çfarë pune i priste në një lokal nate',
  forced_begging: 'Gjykata nuk pranoi që bëhej fjalë për shfrytëzim, pasi lypja së bashku me prindërit, sipas gjykatës, është praktikë e zakonshme në mjedisin e tyre',
  labour: 'Gjykata nuk pranoi që të dëmtuarit ishin në kushte shtrëngimi, pasi kishin telefona celularë dhe mund të lëviznin lirisht jashtë orarit të punës',
  forced_marriage: 'Gjykata nuk pranoi që bëhej fjalë për shfrytëzim, pasi lidhja e martesës në moshë të re, sipas gjykatës, është pjesë e traditës së komunitetit',
  victim_offender: 'Gjykata nuk pranoi që të dëmtuarat ishin në kushte shtrëngimi, pasi qëndruan vullnetarisht në lokal dhe merrnin një pjesë të fitimeve',
};

function reasoning(f: CaseFacts, b: TextBuilder, convicted: boolean): void {
  const v = f.victims[0] as VictimFacts;
  if (convicted) {
    if (v.credibility === 'credible' || v.credibility === 'partly_credible') {
      b.p(mark('credibility', `Gjykata i vlerëson deklarimet e ${g(v, 'të dëmtuarit', 'të dëmtuarës')} si logjike, bindëse dhe të mbështetura nga provat e tjera, ndërsa mospërputhjet e vogla lidhur me datat nuk kanë rëndësi për faktet thelbësore`, v.key), '.');
    }
    if (f.traumaInformed === 'yes') {
      b.p(mark('trauma', 'Gjykata mban parasysh se viktimat e trafikimit shpesh i zbulojnë ngjarjet me vonesë dhe gradualisht, për shkak të turpit, frikës dhe traumës, ndaj kallëzimi i vonuar nuk e ul besueshmërinë e deklarimit'), '.');
    }
    if (f.consentReasoning === 'irrelevant_applied') {
      b.p(mark('consent', 'Janë të pabazuara pretendimet e mbrojtjes se viktimat kishin rënë dakord me këto kushte, pasi pëlqimi i viktimës për shfrytëzimin e synuar është i parëndësishëm kur janë përdorur mashtrimi ose shfrytëzimi i pozitës së cenueshme, ndërsa për të miturit nuk merret fare në konsideratë'), '.');
    }
  } else {
    b.p(mark('stereotypes', STEREOTYPE[f.archetype]), '.');
    b.p(mark('credibility', `Deklarimet e ${g(v, 'të dëmtuarit', 'të dëmtuarës')} gjykata nuk i pranoi si provë të mjaftueshme, pasi nuk mbështeten nga prova të tjera dhe përmbajnë kontradikta`, v.key), '.');
  }
}

function sentenceText(d: DefendantFacts, stage: 'first' | 'final'): string {
  const months = stage === 'first' ? d.firstMonths : d.months;
  const base = `dënimin e ${g(d, 'tij', 'saj')} me ${term(months)} burgim`;
  if (stage === 'final' ? d.sentenceType === 'suspended' : d.firstSuspended) return `${base}, i cili pezullohet me vënien në provë për një periudhë 3-vjeçare`;
  return base;
}

function verdictLines(f: CaseFacts, b: TextBuilder, stage: 'first' | 'final'): void {
  f.defendants.forEach((d, i) => {
    const verdict = stage === 'first' ? d.firstVerdict : d.verdict;
    if (verdict === 'acquitted') {
      b.p(`${i + 1}. Pafajësinë e ${g(d, 'të pandehurit', 'të pandehurës')} ${n(d)} nga akuza për kryerjen e ${offence(f, false)}, pasi nuk u provua se ${g(d, 'i pandehuri', 'e pandehura')} e ka kryer veprën.`);
    } else {
      b.p(`${i + 1}. Deklarimin fajtor të ${g(d, 'të pandehurit', 'të pandehurës')} ${n(d)} për kryerjen e ${offence(f, verdict === 'convicted_lesser')} dhe `,
        mark('sentence', sentenceText(d, stage), d.key), d.inCustody && !d.firstSuspended ? '. Nga dënimi zbritet koha e qëndrimit në paraburgim.' : '.');
    }
  });
}

function sentencingReasons(f: CaseFacts, b: TextBuilder): void {
  const d = f.defendants[0] as DefendantFacts;
  if (d.firstVerdict === 'acquitted') return;
  const mit = d.mitigating.filter((x) => x !== 'none' && x !== 'not_applicable');
  const agg = d.aggravating.filter((x) => x !== 'none' && x !== 'not_applicable');
  b.p('Në caktimin e dënimit gjykata mori parasysh të gjitha rrethanat. ',
    mark('mitigating', mit.length > 0
      ? `Si rrethana lehtësuese për të pandehurin e parë gjykata vlerësoi ${mit.includes('no_prior_record') ? 'mungesën e precedentëve penalë' : 'sjelljen korrekte gjatë procesit'}${mit.includes('family_circumstances') ? ', rrethanat familjare' : ''}${mit.includes('young_age') ? ' dhe moshën e re' : ''}`
      : 'Gjykata nuk gjeti rrethana lehtësuese për të pandehurin e parë', d.key), '. ',
    mark('aggravating', agg.length > 0
      ? `Si rrethana rënduese gjykata vlerësoi ${agg.includes('child_victim') ? 'moshën e mitur të viktimës' : 'këmbënguljen në kryerjen e veprës'}${agg.includes('multiple_victims') ? ', numrin e viktimave' : ''}${agg.includes('organised_group') ? ', organizimin e grupit' : ''}${agg.includes('prior_record') ? ' dhe precedentët penalë' : ''}`
      : 'Rrethana rënduese gjykata nuk gjeti', d.key), '. ',
    mark('sentence', `Gjykata çmon se me dënimin me ${term(d.firstMonths)} burgim arrihet qëllimi i dënimit`, d.key),
    d.firstMonths < d.minimumMonths && d.firstVerdict !== 'convicted_lesser' ? ', duke e ulur dënimin nën minimumin ligjor për shkak të rrethanave veçanërisht lehtësuese.' : '.');
}

function compensation(f: CaseFacts, b: TextBuilder): void {
  for (const v of f.victims) {
    if (v.claimFiled !== 'yes') continue;
    const awarded = v.claimDecision === 'awarded_full' || v.claimDecision === 'awarded_partly';
    const text = awarded
      ? `${g(v, 'I dëmtuari', 'E dëmtuara')} ${n(v)} përfiton shpërblimin e dëmit jopasuror në shumën ${groupDigits(localMoney('al', v.compensationEur))} lekë, të cilën të pandehurit detyrohen ta paguajnë në mënyrë solidare${v.claimDecision === 'awarded_partly' ? ', ndërsa për pjesën tjetër të padisë civile i lihet e drejta t’i drejtohet gjykatës civile' : ''}`
      : `${g(v, 'Të dëmtuarit', 'Të dëmtuarës')} ${n(v)} i lihet e drejta ta ngrejë padinë civile në gjykatën civile`;
    b.p(mark('compensation', text, v.key), '.');
  }
}


function complaint(f: CaseFacts, b: TextBuilder): void {
  b.p('REPUBLIKA E SHQIPËRISË');
  b.p('POLICIA E SHTETIT');
  b.p(f.organised ? 'Drejtoria e Hetimit të Krimit të Organizuar, Sektori për Luftën kundër Trafiqeve të Paligjshme' : `Drejtoria Vendore e Policisë ${f.town.name}`);
  b.p(`${f.town.name}, më ${dottedDate(f.timeline.complaint)}`);
  b.gap();
  b.p(`DREJTUAR: ${f.courts.prosecution.name}`);
  b.gap();
  b.p('KALLËZIM PENAL');
  b.p('Kundër:');
  f.defendants.forEach((d, i) => b.p(`${i + 1}. ${defendantBlock(d)}`));
  b.p(`Për veprën penale ${offenceName(f)}, parashikuar nga ${articles(f).tip}.`);
  b.gap();
  b.p('Rrethanat e faktit');
  story(f, b);
  b.p(`Personat e dëmtuar: ${f.victims.map((v) => victimBlock(v, f)).join('; ')}.`);
  victimPosition(f, b);
  if (f.internationalCooperation.includes('police_channels')) {
    b.p(mark('international_coop', `Një pjesë e të dhënave u sigurua nëpërmjet bashkëpunimit policor ndërkombëtar${f.foreign !== undefined ? ` me autoritetet kompetente në ${f.foreign.state.sq}` : ''}`), '.');
  }
  b.p(`Bashkëlidhur kallëzimit dërgohen: procesverbali i marrjes në pyetje të ${g(f.victims[0] as VictimFacts, 'të dëmtuarit', 'të dëmtuarës')}, procesverbalet e sekuestrimit të sendeve (telefona celularë dhe para), tabulatet e komunikimeve telefonike dhe fotografitë.`);
  b.p('Kërkojmë që prokuroria të regjistrojë procedimin penal dhe të kërkojë caktimin e masës së sigurimit „arrest në burg“ ndaj personave të dyshuar, për shkak të rrezikut të largimit dhe të ndikimit mbi të dëmtuarat.');
  b.gap();
  b.p('Drejtori (nënshkrimi)');
}

function indictment(f: CaseFacts, b: TextBuilder): void {
  b.p('REPUBLIKA E SHQIPËRISË');
  b.p(f.courts.prosecution.name.toUpperCase());
  b.p(f.numbers.prosecution);
  b.p(`${f.town.name}, më ${dottedDate(f.timeline.indictment)}`);
  b.gap();
  b.p(`DREJTUAR: ${f.courts.firstInstance.name}`);
  b.gap();
  b.p('KËRKESË PËR GJYKIM');
  b.p('Prokurori, në bazë të dispozitave të Kodit të Procedurës Penale, kërkon gjykimin e:');
  f.defendants.forEach((d, i) => b.p(`${i + 1}. ${defendantBlock(d)}${d.inCustody ? `, në paraburgim që më ${dottedDate(f.timeline.complaint)}` : ''}`));
  b.p(`Akuzuar për kryerjen e ${offence(f, false)}${f.charges.includes('organising_tip_group') || f.charges.includes('criminal_group') ? `, si dhe të veprës penale parashikuar nga ${articles(f).group}` : ''}.`);
  b.gap();
  b.p('Rrethanat e faktit');
  story(f, b);
  b.p(`Provat: procesverbalet e marrjes në pyetje të ${f.victims.map((v) => `${g(v, 'të dëmtuarit', 'të dëmtuarës')} ${n(v)}`).join(', ')}${f.witness !== undefined ? ` dhe të dëshmitarit ${n(f.witness)}` : ''}, akti i ekspertimit të telefonave celularë, ekstraktet e llogarive bankare, procesverbalet e sekuestrimit dhe shënimet zyrtare të policisë.`);
  const v1 = f.victims[0] as VictimFacts;
  b.p(`Gjatë hetimit ${g(v1, 'i dëmtuari', 'e dëmtuara')} ${n(v1)} u pyet ${v1.pretrialInterviews} herë.`);
  victimPosition(f, b);
  b.gap();
  b.p('PROKURORI (nënshkrimi)');
}

function firstInstance(f: CaseFacts, b: TextBuilder): void {
  b.p('REPUBLIKA E SHQIPËRISË');
  b.p(f.courts.firstInstance.name.toUpperCase());
  b.p(f.numbers.court);
  b.p(`Nr. ${9000 + (f.index % 1000)} i Vendimit, ${date(f.timeline.firstInstance)}`);
  b.gap();
  b.p('V E N D I M');
  b.p('NË EMËR TË REPUBLIKËS');
  b.gap();
  b.p(`${f.courts.firstInstance.name}, e përbërë nga trupi gjykues dhe sekretarja gjyqësore, më ${dottedDate(f.timeline.firstInstance)} mori në shqyrtim në seancë gjyqësore çështjen penale që i përket:`);
  b.p(`AKUZUES: ${f.courts.prosecution.name}`);
  b.p('TË PANDEHUR:');
  f.defendants.forEach((d, i) => b.p(`${i + 1}. ${defendantBlock(d)}`));
  b.p(`AKUZUAR PËR: kryerjen e ${offence(f, false)}.`);
  b.p('Gjykata, pasi dëgjoi prokurorin, mbrojtjen dhe të pandehurit, dhe pasi shqyrtoi provat e administruara,');
  b.gap();
  b.p('V E N D O S I:');
  verdictLines(f, b, 'first');
  if (f.confiscation === 'ordered') b.p(`Konfiskimin e produkteve të veprës penale në shumën ${groupDigits(localMoney('al', f.confiscatedEur))} lekë.`);
  compensation(f, b);
  b.p('Shpenzimet procedurale u ngarkohen të pandehurve.');
  b.gap();
  b.p('A R S Y E T I M I');
  b.p(`Prokuroria, me kërkesën për gjykim ${f.numbers.prosecution}, ua ngarkoi të pandehurve faktin se:`);
  story(f, b);
  b.p(`Në mbrojtjen e ${g(f.defendants[0] as DefendantFacts, 'tij', 'saj')}, ${g(f.defendants[0] as DefendantFacts, 'i pandehuri', 'e pandehura')} e mohoi veprën dhe deklaroi ${DEFENCE[f.archetype]}.`);
  evidence(f, b);
  const convicted = (f.defendants[0] as DefendantFacts).firstVerdict !== 'acquitted';
  reasoning(f, b, convicted);
  if (convicted) {
    b.p(mark('qualification', `Me këto veprime të pandehurit realizuan të gjitha elementet e ${offence(f, (f.defendants[0] as DefendantFacts).firstVerdict === 'convicted_lesser')}, pasi u provuan veprimi, mjeti dhe qëllimi i shfrytëzimit`), '.');
  }
  sentencingReasons(f, b);
  b.p(`Kundër këtij vendimi mund të bëhet apel brenda 15 ditëve nga dita e nesërme e shpalljes (gjykata e apelit: ${f.courts.appeal.name}).`);
  b.p('KRYESUESI I TRUPIT GJYKUES (nënshkrimi)');
}

const APPELLANT: Readonly<Record<string, string>> = {
  prosecution: 'prokurori',
  defence: 'mbrojtësit e të pandehurve',
  victim: 'përfaqësuesi i viktimës',
};

const APPEAL_BY: Readonly<Record<string, string>> = {
  prosecution: 'prokurorit',
  defence: 'mbrojtësve të të pandehurve',
  victim: 'përfaqësuesit të viktimës',
};

function appeal(f: CaseFacts, b: TextBuilder): void {
  const d = f.defendants[0] as DefendantFacts;
  b.p('REPUBLIKA E SHQIPËRISË');
  b.p(f.courts.appeal.name.toUpperCase());
  b.p(f.numbers.appeal);
  b.p(date(f.timeline.appeal));
  b.gap();
  b.p('V E N D I M');
  b.p('NË EMËR TË REPUBLIKËS');
  b.gap();
  b.p(`${f.courts.appeal.name}, në seancën e ${date(f.timeline.appeal)}, shqyrtoi apelimet e ${f.appealBy.map((a) => APPEAL_BY[a] ?? a).join(' dhe ')} kundër vendimit ${f.numbers.court}, ${date(f.timeline.firstInstance)}, të dhënë nga ${f.courts.firstInstance.name}, në çështjen penale ndaj të pandehurve ${f.defendants.map((x) => n(x)).join(', ')}.`);
  b.gap();
  b.p('V E N D O S I:');
  switch (f.appealOutcome) {
    case 'sentence_reduced':
    case 'sentence_increased':
      b.p(`Ndryshimin e vendimit në lidhje me masën e dënimit për ${g(d, 'të pandehurin', 'të pandehurën')} ${n(d)}, duke vendosur `, mark('sentence', sentenceText(d, 'final'), d.key), '. Lënien në fuqi të vendimit në pjesët e tjera.');
      break;
    case 'requalified':
      b.p(`Ndryshimin e vendimit në lidhje me cilësimin ligjor të veprës, duke e cilësuar atë si ${articles(f).lesser}, dhe `, mark('sentence', `${sentenceText(d, 'final')} për ${g(d, 'të pandehurin', 'të pandehurën')} ${n(d)}`, d.key), '.');
      break;
    default:
      b.p(`Lënien në fuqi të vendimit ${f.numbers.court}, të dhënë nga ${f.courts.firstInstance.name}.`);
  }
  b.gap();
  b.p('A R S Y E T I M I');
  const anyConviction = f.defendants.some((x) => x.firstVerdict !== 'acquitted');
  b.p(`Me vendimin e shkallës së parë ${g(d, 'i pandehuri', 'e pandehura')} ${n(d)} ${d.firstVerdict === 'acquitted' ? g(d, 'u deklarua i pafajshëm', 'u deklarua e pafajshme') : `${g(d, 'u deklarua fajtor dhe u dënua', 'u deklarua fajtore dhe u dënua')} me ${term(d.firstMonths)} burgim`}. Akuza u ngarkonte të pandehurve faktin se:`);
  story(f, b);
  b.p(`Kundër vendimit kanë paraqitur apel ${f.appealBy.map((a) => APPELLANT[a] ?? a).join(' dhe ')}, duke pretenduar zbatim të gabuar të ligjit procedural dhe material${anyConviction ? ' dhe caktim të gabuar të masës së dënimit' : ''}.`);
  const grounds: string[] = [];
  if (f.appealBy.includes('defence')) grounds.push('Mbrojtja pretendon se deklarimet e viktimës janë kontradiktore dhe nuk mbështeten nga prova të tjera.');
  if (f.appealBy.includes('prosecution')) grounds.push(anyConviction ? 'Prokurori çmon se dënimi i dhënë është tepër i butë.' : 'Prokurori çmon se gjykata e shkallës së parë i vlerësoi gabim deklarimet e viktimës.');
  if (f.appealBy.includes('victim')) grounds.push('Përfaqësuesi i viktimës kërkon ndryshimin e vendimit për padinë civile.');
  b.p(grounds.join(' '));
  reasoning(f, b, d.verdict !== 'acquitted');
  if (f.appealOutcome === 'requalified') {
    b.p(mark('qualification', `Sipas vlerësimit të kësaj gjykate, gjatë procesit nuk u provua mjeti i kryerjes së veprës, prandaj cilësimi i saktë është ${articles(f).lesser}`), '.');
  } else if (d.verdict !== 'acquitted') {
    b.p(mark('sentence', `Kjo gjykatë çmon se dënimi me ${term(d.months)} burgim është në përpjesëtim me rrezikshmërinë e veprës dhe shkallën e fajësisë`, d.key), '.');
  }
  compensation(f, b);
  b.p('Për këto arsye, gjykata vendosi si më sipër.');
  b.p('KRYESUESI (nënshkrimi)');
}

export function writeAlbanian(kind: DemoDocumentKind, f: CaseFacts, b: TextBuilder): void {
  switch (kind) {
    case 'criminal_complaint': return complaint(f, b);
    case 'indictment': return indictment(f, b);
    case 'appeal_judgment': return appeal(f, b);
    default: return firstInstance(f, b);
  }
}
