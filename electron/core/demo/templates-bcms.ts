// Serbian (ekavian; rendered in Latin or, through the builder's transform, Cyrillic) and
// Montenegrin (ijekavian Latin) document templates. The two legal languages share structure and
// most wording, so one template takes the variety as a parameter (`e(serbian, montenegrin)`).
// Sentences keep personal names in the nominative: the pools carry no case forms for surnames.

import { dottedDate, yearOf } from './calendar';
import type { CaseFacts, DefendantFacts, DocLanguage, Occupation, PersonFacts, VictimFacts } from './case-facts';
import type { DemoDocumentKind } from './demo-types';
import { nameIn } from './people';
import { CITIZENSHIP_NAMES } from './places';
import { articles, bcmsPlural, g, groupDigits, localMoney, monthName, splitMonths } from './render-helpers';
import { mark, type TextBuilder } from './text-builder';

export type BcmsLanguage = Extract<DocLanguage, 'sr-Latn' | 'sr-Cyrl' | 'cnr'>;

interface Ctx {
  f: CaseFacts;
  b: TextBuilder;
  lang: BcmsLanguage;
  me: boolean;
  /** Ekavian (Serbian) or ijekavian (Montenegrin) form. */
  e: (serbian: string, montenegrin: string) => string;
}

function n(c: Ctx, p: PersonFacts): string {
  return nameIn(p, c.lang);
}

function date(day: number): string {
  return `${dottedDate(day)}. godine`;
}

function term(c: Ctx, months: number): string {
  const s = splitMonths(months);
  const y = s.years === 0 ? '' : `${s.years} ${bcmsPlural(s.years, 'godine', 'godine', 'godina')}`;
  const mWord = c.e('mesec', 'mjesec');
  const m = s.months === 0 ? '' : `${s.months} ${bcmsPlural(s.months, `${mWord}a`, `${mWord}a`, `${mWord}i`)}`;
  return [y, m].filter((x) => x !== '').join(' i ');
}

function eur(c: Ctx, x: number): string {
  return `${groupDigits(x)} ${c.e('evra', 'eura')}`;
}

/** Local currency in judgments: dinars in Serbia, euro in Montenegro. */
function money(c: Ctx, eurAmount: number): string {
  return c.me ? `${groupDigits(localMoney('me', eurAmount))} eura` : `${groupDigits(localMoney('rs', eurAmount))} dinara`;
}

/** Dative of a court name after "upućuje se" / addressing (Viši sud -> Višem sudu). */
function dative(court: string): string {
  return court
    .replace(/^Viši sud/, 'Višem sudu')
    .replace(/^Osnovni sud/, 'Osnovnom sudu')
    .replace(/^Apelacioni sud/, 'Apelacionom sudu')
    .replace(', Posebno odeljenje', ', Posebnom odeljenju');
}

const OCCUPATION: Readonly<Record<Occupation, readonly [string, string]>> = {
  unemployed: ['nezaposlen', 'nezaposlena'],
  waiter: ['po zanimanju ugostiteljski radnik', 'po zanimanju konobarica'],
  driver: ['po zanimanju vozač', 'po zanimanju vozačica'],
  construction: ['po zanimanju građevinski radnik', 'po zanimanju građevinska radnica'],
  trader: ['po zanimanju trgovac', 'po zanimanju trgovkinja'],
  bar_owner: ['vlasnik ugostiteljskog objekta', 'vlasnica ugostiteljskog objekta'],
  farmer: ['po zanimanju poljoprivrednik', 'po zanimanju poljoprivrednica'],
  hairdresser: ['po zanimanju frizer', 'po zanimanju frizerka'],
};

const EDUCATION: Readonly<Record<PersonFacts['education'], string>> = {
  none: 'bez škole',
  primary: 'sa završenom osnovnom školom',
  lower_secondary: 'sa nezavršenom srednjom školom',
  upper_secondary: 'sa završenom srednjom školom',
  tertiary: 'sa završenim fakultetom',
};

function children(c: Ctx, p: PersonFacts): string {
  const parent = g(p, 'otac', 'majka');
  switch (Math.min(p.children, 3)) {
    case 0: return c.e('bez dece', 'bez djece');
    case 1: return `${parent} ${c.e('jednog deteta', 'jednog djeteta')}`;
    case 2: return `${parent} ${c.e('dvoje dece', 'dvoje djece')}`;
    default: return `${parent} ${c.e('troje dece', 'troje djece')}`;
  }
}

function defendantBlock(c: Ctx, d: DefendantFacts): string {
  const father = d.father.genitive ?? d.father.latin;
  const parts = [
    `${n(c, d)}, ${g(d, 'sin', c.e('ćerka', 'kći'))} ${father}`,
    `${g(d, 'rođen', 'rođena')} ${date(d.birthDay)} u ${d.birthTown.loc}`,
    // The address string ends with the town; the locative already names it.
    `sa prebivalištem u ${d.residenceTown.loc}, ${d.address.replace(`, ${d.residenceTown.name}`, '')}`,
  ];
  if (d.jmbg !== undefined) parts.push(`JMBG ${d.jmbg}`);
  parts.push(
    `${g(d, 'državljanin', 'državljanka')} ${CITIZENSHIP_NAMES[d.citizenship]?.sr ?? ''}`,
    g(d, OCCUPATION[d.occupation][0], OCCUPATION[d.occupation][1]),
    EDUCATION[d.education],
    d.married ? g(d, 'oženjen', 'udata') : g(d, 'neoženjen', 'neudata'),
    children(c, d),
    d.priorConvictions ? g(d, 'osuđivan', 'osuđivana') : g(d, 'neosuđivan', 'neosuđivana'),
  );
  if (d.phone !== undefined) parts.push(`tel. ${d.phone}`);
  return parts.join(', ');
}

function victimBlock(c: Ctx, v: VictimFacts): string {
  const born = v.dobPrecision === 'day' ? `${g(v, 'rođen', 'rođena')} ${date(v.birthDay)}` : `${g(v, 'rođen', 'rođena')} ${yearOf(v.birthDay)}. godine`;
  const home = v.citizenship === c.f.country && (v.home === 'rs' || v.home === 'me')
    ? `sa prebivalištem u ${v.residenceTown.loc}`
    : `${g(v, 'državljanin', 'državljanka')} ${CITIZENSHIP_NAMES[v.citizenship]?.sr ?? ''}`;
  return `${g(v, 'oštećeni', 'oštećena')} ${n(c, v)}, ${born}, ${home}${v.phone !== undefined ? `, tel. ${v.phone}` : ''}`;
}

const JOB: Readonly<Record<CaseFacts['promisedJob'], string>> = {
  waitress: 'posao konobarice u ugostiteljskom objektu',
  dancer: 'posao plesačice u noćnom baru',
  caretaker: 'posao negovateljice starih lica',
  construction: 'posao na gradilištu',
  seasonal: 'sezonski posao u berbi voća',
  hotel: 'sezonski posao u hotelu',
  none: 'posao',
};

function abroad(c: Ctx): string {
  const fp = c.f.foreign;
  if (fp === undefined) return c.f.destinationTown.loc;
  return `${fp.city.srLoc} (${c.me ? fp.state.cnr : fp.state.sr})`;
}

function story(c: Ctx): void {
  const { f, b, e } = c;
  const v = f.victims[0] as VictimFacts;
  const d = f.defendants[0] as DefendantFacts;
  const d2 = f.defendants[1];
  const when = `U ${monthName(f.timeline.offenceStart, 'srLoc')} ${yearOf(f.timeline.offenceStart)}. godine`;
  switch (f.archetype) {
    case 'loverboy':
      b.p(`${when} ${g(d, 'okrivljeni', 'okrivljena')} ${n(c, d)} i oštećena ${n(c, v)}, tada ${e('maloletna', 'maloljetna')}, upoznali su se preko društvene mreže. `,
        mark('act', `Okrivljeni je sa oštećenom započeo emotivnu vezu i nagovorio je da napusti porodičnu kuću i preseli se kod njega u iznajmljeni stan u ${f.destinationTown.loc}`, v.key), '. ',
        mark('means', 'Koristeći njenu emotivnu vezanost i tešku porodičnu situaciju, okrivljeni joj je obećavao zajednički život i brak, a zatim joj rekao da ima dugove koje moraju zajedno da vrate', v.key), '. ',
        mark('purpose', `Nakon toga ju je primoravao da pruža seksualne usluge nepoznatim muškarcima u stanovima i u ugostiteljskom objektu u ${f.destinationTown.loc}, po ${e('ceni', 'cijeni')} od ${eur(c, f.debtEur)} po klijentu, pri čemu je ${e('ceo', 'cijeli')} iznos zadržavao za sebe`, v.key), '.');
      if (d2 !== undefined) b.p(`${g(d2, 'Okrivljeni', 'Okrivljena')} ${n(c, d2)} je ${g(d2, e('obezbeđivao', 'obezbjeđivao'), e('obezbeđivala', 'obezbjeđivala'))} stan, ${g(d2, 'dogovarao', 'dogovarala')} susrete sa klijentima i ${g(d2, 'prikupljao', 'prikupljala')} novac.`);
      break;
    case 'transnational_sexual':
      b.p(`Oštećena ${n(c, v)} u to ${e('vreme', 'vrijeme')} bila je nezaposlena i bez sredstava za život. ${when} ${g(d, 'okrivljeni', 'okrivljena')} ${n(c, d)} je, kao organizator grupe, `,
        mark('act', `${d2 !== undefined ? 'preko drugookrivljenog' : 'putem oglasa na internetu'} vrbovao oštećenu i organizovao njen prevoz kombijem preko graničnog prelaza, nakon čega je oštećena ${e('smeštena', 'smještena')} u ${abroad(c)}`, v.key), ', ',
        mark('means', `obećavši joj ${JOB[f.promisedJob]} sa ${e('mesečnom', 'mjesečnom')} platom od ${eur(c, f.promisedEur)}, iako je ${e('unapred', 'unaprijed')} znao da takav posao ne postoji`, v.key), '. ',
        mark('purpose', `Po dolasku joj je oduzet pasoš, rečeno joj je da duguje ${eur(c, f.debtEur)} za put i ${e('smeštaj', 'smještaj')} i primorana je da pruža seksualne usluge u noćnom baru, a zaradu su uzimali okrivljeni`, v.key), '.');
      break;
    case 'forced_begging':
      b.p(`${when} ${e('maloletn', 'maloljetn')}${g(v, 'i', 'a')} ${n(c, v)}, ${e('dete', 'dijete')} uzrasta ${v.age} godina, `,
        mark('act', `${g(v, 'odveden', 'odvedena')} je od strane okrivljenog iz porodične kuće u ${f.destinationTown.loc} i ${g(v, e('smešten', 'smješten'), e('smeštena', 'smještena'))} u neuslovan objekat zajedno sa drugom ${e('decom', 'djecom')}`, v.key), ', ',
        mark('means', `gde je ${e('pretnjama', 'prijetnjama')} i batinama ${g(v, 'primoravan', 'primoravana')} da svakodnevno prosi na raskrsnicama i ispred tržnih centara`.replace('gde', e('gde', 'gdje')), v.key), ', ',
        mark('purpose', `pri čemu je ${g(v, 'morao', 'morala')} da donese najmanje ${eur(c, f.debtEur)} dnevno, a kada je iznos bio manji, okrivljeni ${g(v, 'ga', 'ju')} je kažnjavao uskraćivanjem hrane`, v.key), '.');
      b.p(`${g(d, 'Okrivljeni', 'Okrivljena')} ${n(c, d)} je sve ${e('vreme', 'vrijeme')} kontrolisao ${e('decu', 'djecu')} i uzimao sav prikupljeni novac.`);
      break;
    case 'labour':
      b.p(`${when} ${g(v, 'oštećeni', 'oštećena')} ${n(c, v)} `,
        mark('act', `${g(v, 'vrbovan', 'vrbovana')} je putem oglasa koji je objavio ${g(d, 'okrivljeni', 'okrivljena')} ${n(c, d)} za rad u ${abroad(c)}`, v.key), ', ',
        mark('means', `a okrivljeni ${g(v, 'mu', 'joj')} je obećao ${JOB[f.promisedJob]} sa platom od ${eur(c, f.promisedEur)} ${e('mesečno', 'mjesečno')}, prijavu i ${e('smeštaj', 'smještaj')}, što nije bilo istina`, v.key), '. ',
        mark('purpose', `Po dolasku ${g(v, 'mu', 'joj')} je oduzet pasoš, ${g(v, 'radio', 'radila')} je po 12 do 14 sati dnevno bez slobodnih dana, a plata ${g(v, 'mu', 'joj')} je zadržavana kao dug od ${eur(c, f.debtEur)} za prevoz i ${e('smeštaj', 'smještaj')}`, v.key), '.');
      break;
    case 'forced_marriage':
      b.p(`${g(d, 'Okrivljeni', 'Okrivljena')} ${n(c, d)} je otac oštećene. ${when} `,
        mark('act', `oštećena ${n(c, v)}, tada stara ${v.age} godina, predata je porodici ${d2 !== undefined ? 'drugookrivljenog' : 'nepoznatog lica'} radi sklapanja „braka“`, v.key), ', ',
        mark('means', `a okrivljeni je za to primio novčani iznos od ${eur(c, f.debtEur)}`, v.key), '. ',
        mark('purpose', `Oštećena je nakon toga bila primorana da obavlja sve kućne poslove, nije ${e('smela', 'smjela')} da ide u školu niti da sama izlazi iz kuće, a bila je i fizički zlostavljana`, v.key), '.');
      if (d2 !== undefined) b.p(`${g(d2, 'Okrivljeni', 'Okrivljena')} ${n(c, d2)} je oštećenu držao u svojoj kući i ${e('odlučivao', 'odlučivao')} o svakom njenom izlasku.`);
      break;
    case 'victim_offender':
      b.p(`${g(d, 'Okrivljena', 'Okrivljena')} ${n(c, d)}, koja je i sama ranije radila u istom objektu pod sličnim uslovima, i oštećena ${n(c, v)} poznavale su se od ranije. ${when} `,
        mark('act', `okrivljena je vrbovala oštećenu i odvela je u noćni bar u ${f.destinationTown.loc}`, v.key), ', ',
        mark('means', `obećavši joj ${JOB[f.promisedJob]} sa zaradom od ${eur(c, f.promisedEur)} ${e('mesečno', 'mjesečno')}`, v.key), '. ',
        mark('purpose', `Tamo je, po nalogu ${d2 !== undefined ? 'drugookrivljenog' : 'vlasnika objekta'}, oštećena bila primorana da pruža seksualne usluge gostima, a novac je prikupljala okrivljena`, v.key), '.');
      if (d2 !== undefined) b.p(`${g(d2, 'Okrivljeni', 'Okrivljena')} ${n(c, d2)} je vlasnik objekta i određivao je cene usluga i raspored rada.`.replace('cene', e('cene', 'cijene')));
      break;
  }
  for (const o of f.victims.slice(1)) {
    b.p(`Na isti način ${g(o, 'eksploatisan', 'eksploatisana')} je i ${g(o, 'oštećeni', 'oštećena')} ${n(c, o)}, ${g(o, 'rođen', 'rođena')} ${yearOf(o.birthDay)}. godine, u periodu od oko ${o.durationMonths} ${bcmsPlural(o.durationMonths, e('meseca', 'mjeseca'), e('meseca', 'mjeseca'), e('meseci', 'mjeseci'))}.`);
  }
}

function victimPosition(c: Ctx): void {
  const { f, b, e } = c;
  const v = f.victims[0] as VictimFacts;
  if (v.identification === 'identified_victim') {
    b.p(mark('identification', c.me
      ? `Kancelarija za borbu protiv trgovine ljudima i Tim za formalnu identifikaciju utvrdili su da ${g(v, 'je oštećeni žrtva', 'je oštećena žrtva')} trgovine ljudima`
      : `Centar za zaštitu žrtava trgovine ljudima formalno je ${g(v, 'identifikovao oštećenog', 'identifikovao oštećenu')} kao žrtvu trgovine ljudima`, v.key), '.');
  }
  if (!v.support.includes('none_documented')) {
    b.p(mark('support', `${g(v, 'Oštećeni je smešten', 'Oštećena je smeštena')} u sigurnu kuću i dobija psihološku, zdravstvenu i pravnu pomoć`.replace(/smešten/g, e('smešten', 'smješten')), v.key), ', ',
      mark('multisectoral', c.me ? 'u saradnji sa centrom za socijalni rad i nevladinom organizacijom koja vodi sklonište' : 'u saradnji sa centrom za socijalni rad i udruženjem ASTRA'), '.');
  }
  if (v.informed === 'written') {
    b.p(mark('rights', `${g(v, 'Oštećeni je pismeno poučen', 'Oštećena je pismeno poučena')} o svojim pravima i o pravu da podnese imovinskopravni ${e('zahtev', 'zahtjev')}`, v.key), '.');
  }
}

function evidence(c: Ctx): void {
  const { f, b, e } = c;
  const v = f.victims[0] as VictimFacts;
  const ev = f.evidenceRelied;
  const vicGen = g(v, 'oštećenog', 'oštećene');
  if (ev.includes('victim_testimony')) {
    const how = v.testimonyMode === 'video_link' ? `${g(v, 'saslušan', 'saslušana')} putem video-konferencijske veze, bez prisustva okrivljenih u sudnici`
      : v.testimonyMode === 'prior_statement_read' ? `čiji je iskaz dat pred javnim tužiocem u istrazi pročitan na glavnom pretresu`.replace('javnim', c.me ? 'državnim' : 'javnim')
        : `${g(v, 'saslušan', 'saslušana')} na glavnom pretresu`;
    b.p(mark('victim_testimony', `${g(v, 'Oštećeni', 'Oštećena')} ${n(c, v)}, ${how}, detaljno je ${g(v, 'opisao', 'opisala')} način na koji je ${g(v, 'vrbovan', 'vrbovana')}, ${e('mesta', 'mjesta')} na kojima je ${g(v, 'eksploatisan', 'eksploatisana')} i ulogu svakog od okrivljenih`, v.key), '.');
    if (v.testimonyMode === 'video_link' || v.trialProtection.includes('public_excluded')) {
      b.p(mark('protection', 'Radi zaštite privatnosti i interesa oštećene strane, javnost je bila isključena za sve vreme saslušanja'.replace('vreme', e('vreme', 'vrijeme')), v.key), '.');
    }
  }
  if (ev.includes('other_victims') || ev.includes('eyewitnesses') || ev.includes('medical_forensic')) {
    const w = f.witness;
    b.p(mark('corroboration', w !== undefined
      ? `Iskaz ${vicGen} potvrdio je i ${e('svedok', 'svjedok')} ${n(c, w)}, ${g(w, 'koji je opisao', 'koja je opisala')} okolnosti pod kojima je ${g(v, 'oštećeni', 'oštećena')} ${g(v, e('živeo', 'živio'), e('živela', 'živjela'))} i prisustvo okrivljenog`
      : `Iskaz ${vicGen} potvrđen je iskazima ostalih oštećenih i nalazom sudskomedicinskog ${e('veštačenja', 'vještačenja')}`), '.');
  }
  if (ev.includes('digital')) {
    b.p(mark('digital', 'Uvidom u sadržinu mobilnog telefona okrivljenog utvrđene su poruke kojima su dogovarani susreti, cene i prevoz'.replace('cene', e('cene', 'cijene'))), `, što je u skladu sa iskazom ${vicGen}.`);
  }
  if (ev.includes('intercepts')) {
    b.p(mark('sim', c.me
      ? 'Primjenom mjera tajnog nadzora, odobrenih naredbom sudije za istragu, snimljeni su razgovori okrivljenih o rasporedu i zaradi oštećenih'
      : 'Primenom posebnih dokaznih radnji tajnog nadzora komunikacije, na osnovu naredbe sudije za prethodni postupak, snimljeni su razgovori okrivljenih o rasporedu i zaradi oštećenih'), '.');
  }
  if (ev.includes('financial')) {
    b.p(mark('financial', `Finansijskom analizom računa i novčanih transfera utvrđeno je da su okrivljeni u periodu izvršenja ${e('dela', 'djela')} primili iznose znatno veće od svojih legalnih prihoda`), '.');
  }
  if (ev.includes('expert_psych')) {
    b.p(mark('expert', `Prema nalazu i mišljenju ${e('veštaka', 'vještaka')} psihologa, kod ${vicGen} su prisutni simptomi posttraumatskog stresnog poremećaja, što objašnjava praznine u ${g(v, 'njegovom', 'njenom')} ${e('sećanju', 'sjećanju')}`), '.');
  }
  if (f.foreign !== undefined && f.internationalCooperation.includes('foreign_evidence_used')) {
    b.p(mark('international_evidence', `Dokazi pribavljeni putem međunarodne pravne pomoći od nadležnih organa u ${c.me ? f.foreign.state.cnrLoc : f.foreign.state.srLoc} izvedeni su na glavnom pretresu u skladu sa zakonom`), '.');
  }
}

const DEFENCE: Readonly<Record<CaseFacts['archetype'], string>> = {
  loverboy: 'da je oštećena dobrovoljno živela sa njim kao njegova devojka i sama odlučivala o svojoj zaradi',
  transnational_sexual: 'da su oštećene znale kakav ih posao čeka u inostranstvu i da su dobrovoljno otputovale',
  forced_begging: 'da su deca svojom voljom prosila kako bi pomogla porodici',
  labour: 'da su radnici dobrovoljno radili i redovno primali platu, od koje su im odbijani samo troškovi',
  forced_marriage: 'da se radi o braku sklopljenom po običajima, uz saglasnost obe porodice',
  victim_offender: 'da je i sama radila u objektu i da je oštećenoj samo pomogla da nađe posao',
};

const STEREOTYPE: Readonly<Record<CaseFacts['archetype'], string>> = {
  loverboy: 'Sud nije prihvatio da je oštećena bila u položaju prinude, jer je, po nalaženju suda, imala telefon, slobodno izlazila i nije potražila pomoć iako je imala mogućnost da to učini',
  transnational_sexual: 'Sud nije prihvatio da su oštećene bile prevarene, jer su, po nalaženju suda, kao odrasle žene morale znati kakav ih posao očekuje u noćnom baru',
  forced_begging: 'Sud nije prihvatio da se radi o eksploataciji, jer je prošenje zajedno sa roditeljima, po nalaženju suda, uobičajena praksa u njihovoj sredini',
  labour: 'Sud nije prihvatio da su oštećeni bili u položaju prinude, jer su imali mobilne telefone i mogli su slobodno da se kreću van radnog vremena',
  forced_marriage: 'Sud nije prihvatio da se radi o eksploataciji, jer je sklapanje braka u ranom uzrastu, po nalaženju suda, deo tradicije zajednice',
  victim_offender: 'Sud nije prihvatio da su oštećene bile u položaju prinude, jer su dobrovoljno ostale u objektu i dobijale deo zarade',
};

/** Ijekavian forms of the few ekavian words in the fixed sentences above. */
function ije(c: Ctx, text: string): string {
  if (!c.me) return text;
  return text
    .replace(/živela/g, 'živjela').replace(/devojka/g, 'djevojka').replace(/deca/g, 'djeca')
    .replace(/deo /g, 'dio ').replace(/\bobe\b/g, 'obje').replace(/\bvreme\b/g, 'vrijeme');
}

function reasoning(c: Ctx, convicted: boolean): void {
  const { f, b, e } = c;
  const v = f.victims[0] as VictimFacts;
  if (convicted) {
    if (v.credibility === 'credible' || v.credibility === 'partly_credible') {
      b.p(mark('credibility', `Sud je iskaz ${g(v, 'oštećenog', 'oštećene')} ${e('ocenio', 'ocijenio')} kao logičan, ${e('uverljiv', 'uvjerljiv')} i potvrđen drugim dokazima, a manja odstupanja u pogledu datuma nisu od značaja za bitne činjenice`, v.key), '.');
    }
    if (f.traumaInformed === 'yes') {
      b.p(mark('trauma', `Sud je imao u vidu da žrtve trgovine ljudima često kasno i postepeno otkrivaju događaje, zbog stida, straha i traume, pa kasnije prijavljivanje ne umanjuje ${e('verodostojnost', 'vjerodostojnost')} iskaza`), '.');
    }
    if (f.consentReasoning === 'irrelevant_applied') {
      b.p(mark('consent', `Neosnovani su navodi odbrane da su oštećeni pristali na ovakve uslove, jer je pristanak žrtve na nameravanu eksploataciju bez značaja kada su upotrebljeni obmana ili zloupotreba teškog položaja, a kod ${e('maloletnog', 'maloljetnog')} lica se uopšte ne ceni`.replace('nameravanu', e('nameravanu', 'namjeravanu')).replace(' ceni', e(' ceni', ' cijeni'))), '.');
    }
  } else {
    b.p(mark('stereotypes', ije(c, STEREOTYPE[f.archetype])), '.');
    b.p(mark('credibility', `Iskaz ${g(v, 'oštećenog', 'oštećene')} sud nije prihvatio kao dovoljan dokaz, jer nije potvrđen drugim dokazima i sadrži protivrečnosti`.replace('protivrečnosti', e('protivrečnosti', 'protivrječnosti')), v.key), '.');
  }
}

function offence(c: Ctx, lesser: boolean): string {
  const a = articles(c.f);
  return lesser ? `krivično delo ${a.lesser}`.replace('delo', c.e('delo', 'djelo')) : `krivično ${c.e('delo', 'djelo')} trgovina ljudima iz ${a.tip}`;
}

/** The sentence as the operative part states it, with the person named in the nominative. */
function sentenceText(c: Ctx, d: DefendantFacts, stage: 'first' | 'final', afterSe = false): string {
  const months = stage === 'first' ? d.firstMonths : d.months;
  if (stage === 'final' ? d.sentenceType === 'suspended' : d.firstSuspended) {
    return `${afterSe ? 'izriče' : 'izriče se'} uslovna osuda kojom se utvrđuje kazna zatvora u trajanju od ${term(c, months)}, koja se neće izvršiti ako ${g(d, 'okrivljeni', 'okrivljena')} ${n(c, d)} u roku od 3 (tri) godine ne učini novo krivično ${c.e('delo', 'djelo')}`;
  }
  return `${g(d, 'okrivljeni', 'okrivljena')} ${n(c, d)} ${afterSe ? 'OSUĐUJE' : 'OSUĐUJE SE'} na kaznu zatvora u trajanju od ${term(c, months)}`;
}

function sentencingReasons(c: Ctx): void {
  const { f, b, e } = c;
  const d = f.defendants[0] as DefendantFacts;
  if (d.firstVerdict === 'acquitted') return;
  const mit = d.mitigating.filter((x) => x !== 'none' && x !== 'not_applicable');
  const agg = d.aggravating.filter((x) => x !== 'none' && x !== 'not_applicable');
  const wordM = e('olakšavajuće', 'olakšavajuće');
  b.p(`Prilikom ${e('odmeravanja', 'odmjeravanja')} kazne sud je imao u vidu sve okolnosti. `,
    mark('mitigating', mit.length > 0
      ? `Kao ${wordM} okolnosti na strani prvookrivljenog sud je ${e('cenio', 'cijenio')} ${mit.includes('no_prior_record') ? 'raniju neosuđivanost' : 'korektno držanje pred sudom'}${mit.includes('family_circumstances') ? ', porodične prilike' : ''}${mit.includes('young_age') ? ' i mladost' : ''}`
      : `Sud nije našao ${wordM} okolnosti na strani prvookrivljenog`, d.key), '. ',
    mark('aggravating', agg.length > 0
      ? `Kao otežavajuće okolnosti sud je ${e('cenio', 'cijenio')} ${agg.includes('child_victim') ? `${e('maloletstvo', 'maloljetstvo')} oštećenih` : 'upornost u izvršenju dela'.replace('dela', e('dela', 'djela'))}${agg.includes('multiple_victims') ? ', broj oštećenih' : ''}${agg.includes('organised_group') ? ', organizovanost grupe' : ''}${agg.includes('prior_record') ? ' i raniju osuđivanost' : ''}`
      : 'Otežavajuće okolnosti sud nije našao', d.key), '. ',
    mark('sentence', `Sud nalazi da će se kaznom zatvora u trajanju od ${term(c, d.firstMonths)} postići svrha kažnjavanja`, d.key),
    d.firstMonths < d.minimumMonths && d.firstVerdict !== 'convicted_lesser' ? ', pri čemu je kazna ublažena ispod zakonskog minimuma zbog naročito olakšavajućih okolnosti.' : '.');
}

function compensation(c: Ctx): void {
  const { f, b, e } = c;
  for (const v of f.victims) {
    if (v.claimFiled !== 'yes') continue;
    const awarded = v.claimDecision === 'awarded_full' || v.claimDecision === 'awarded_partly';
    const text = awarded
      ? `${g(v, 'Oštećeni', 'Oštećena')} ${n(c, v)} ostvaruje pravo na naknadu nematerijalne štete u iznosu od ${money(c, v.compensationEur)}, koji su okrivljeni dužni da solidarno isplate u roku od 15 dana${v.claimDecision === 'awarded_partly' ? `, dok se za ${e('višak', 'višak')} ${e('zahteva', 'zahtjeva')} upućuje na parnicu` : ''}`
      : `${g(v, 'Oštećeni', 'Oštećena')} ${n(c, v)} se sa imovinskopravnim ${e('zahtevom', 'zahtjevom')} upućuje na parnicu`;
    b.p(mark('compensation', text, v.key), '.');
  }
}

function heading(c: Ctx, court: string, number: string, day: number): void {
  const { b } = c;
  b.p(c.me ? 'CRNA GORA' : 'REPUBLIKA SRBIJA');
  b.p(court.toUpperCase());
  b.p(number);
  b.p(`Dana ${date(day)}`);
  b.gap();
  b.p(c.me ? 'U IME CRNE GORE' : 'U IME NARODA');
  b.gap();
}

function complaint(c: Ctx): void {
  const { f, b, e } = c;
  b.p(c.me ? 'CRNA GORA' : 'REPUBLIKA SRBIJA');
  b.p(c.me ? 'UPRAVA POLICIJE' : 'MINISTARSTVO UNUTRAŠNJIH POSLOVA');
  b.p(c.me
    ? (f.organised ? 'Sektor kriminalističke policije, Grupa za suzbijanje trgovine ljudima' : `Centar bezbjednosti ${f.town.name}`)
    : (f.organised ? 'Uprava kriminalističke policije, Služba za borbu protiv organizovanog kriminala' : `Policijska uprava u ${f.town.loc}`));
  b.p(`${f.town.name}, ${date(f.timeline.complaint)}`);
  b.gap();
  b.p(f.courts.prosecution.name.toUpperCase());
  b.gap();
  b.p('KRIVIČNA PRIJAVA');
  b.p('PROTIV:');
  f.defendants.forEach((d, i) => b.p(`${i + 1}. ${defendantBlock(c, d)}`));
  b.p(`zbog postojanja osnova sumnje da su izvršili ${offence(c, false)}.`);
  b.gap();
  b.p('O b r a z l o ž e nj e');
  story(c);
  b.p(`Oštećena lica: ${f.victims.map((v) => victimBlock(c, v)).join('; ')}.`);
  victimPosition(c);
  if (f.internationalCooperation.includes('police_channels')) {
    b.p(mark('international_coop', `Deo podataka pribavljen je putem međunarodne policijske saradnje${f.foreign !== undefined ? ` sa nadležnim organima u ${c.me ? f.foreign.state.cnrLoc : f.foreign.state.srLoc}` : ''}`.replace('Deo', e('Deo', 'Dio'))), '.');
  }
  b.p(`Uz krivičnu prijavu dostavljaju se: zapisnik o saslušanju ${g(f.victims[0] as VictimFacts, 'oštećenog', 'oštećene')}, službene ${e('beleške', 'bilješke')}, potvrde o privremeno oduzetim predmetima (mobilni telefoni i novac), listinzi telefonskog saobraćaja i fotodokumentacija.`);
  b.p(`Predlaže se da ${c.me ? 'državni' : 'javni'} tužilac pokrene postupak i zatraži određivanje pritvora prema osumnjičenima zbog opasnosti od bekstva i uticaja na oštećene.`.replace('bekstva', e('bekstva', 'bjekstva')));
  b.gap();
  b.p(`Načelnik (potpis)`);
}

function indictment(c: Ctx): void {
  const { f, b, e } = c;
  b.p(f.courts.prosecution.name.toUpperCase());
  b.p(f.numbers.prosecution);
  b.p(`${f.town.name}, ${date(f.timeline.indictment)}`);
  b.gap();
  b.p(dative(f.courts.firstInstance.name).toUpperCase());
  b.gap();
  b.p('Na osnovu odredaba Zakonika o krivičnom postupku podižem');
  b.p('O P T U Ž N I C U');
  b.p('PROTIV:');
  f.defendants.forEach((d, i) => b.p(`${i + 1}. ${defendantBlock(c, d)}${d.inCustody ? `, u pritvoru od ${date(f.timeline.complaint)}` : ''}`));
  b.p('ZATO ŠTO SU:');
  story(c);
  b.p(`– čime su izvršili ${offence(c, false)}${f.charges.includes('organising_tip_group') || f.charges.includes('criminal_group') ? `, a prvookrivljeni i krivično ${e('delo', 'djelo')} iz ${articles(f).group}` : ''}.`);
  b.gap();
  b.p('PREDLAŽEM:');
  b.p(`Da se pred sudom održi glavni pretres na koji pozvati okrivljene i branioce, a kao ${e('svedoke', 'svjedoke')}: ${f.victims.map((v) => `${g(v, 'oštećeni', 'oštećena')} ${n(c, v)}`).join(', ')}${f.witness !== undefined ? `, ${n(c, f.witness)}` : ''}.`);
  b.p(`Da se izvedu dokazi: zapisnici o saslušanju oštećenih, izveštaj o ${e('veštačenju', 'vještačenju')} mobilnih telefona, izvodi sa bankovnih računa, potvrde o privremeno oduzetim predmetima i službene ${e('beleške', 'bilješke')} policije.`.replace('izveštaj', e('izveštaj', 'izvještaj')));
  b.gap();
  b.p('O b r a z l o ž e nj e');
  const v1 = f.victims[0] as VictimFacts;
  b.p(`Iz dokaza prikupljenih u istrazi proizlazi osnovana sumnja da su okrivljeni izvršili ${e('delo', 'djelo')} na način opisan u dispozitivu. ${g(v1, 'Oštećeni', 'Oštećena')} ${n(c, v1)} je u istrazi ${g(v1, 'saslušan', 'saslušana')} ${v1.pretrialInterviews} ${bcmsPlural(v1.pretrialInterviews, 'put', 'puta', 'puta')}.`);
  victimPosition(c);
  b.gap();
  b.p(`${c.me ? 'DRŽAVNI' : 'JAVNI'} TUŽILAC (potpis)`);
}

function firstInstance(c: Ctx): void {
  const { f, b, e } = c;
  heading(c, f.courts.firstInstance.name, f.numbers.court, f.timeline.firstInstance);
  b.p(`${f.courts.firstInstance.name}, u ${e('veću', 'vijeću')} sastavljenom od sudije kao ${e('predsednika', 'predsjednika')} ${e('veća', 'vijeća')} i sudija porotnika kao članova ${e('veća', 'vijeća')}, uz učešće zapisničara, u krivičnom predmetu protiv okrivljenih, zbog ${e('krivičnog dela', 'krivičnog djela')} trgovina ljudima iz ${articles(f).tip}, po optužnici ${f.courts.prosecution.name.replace(/^Više javno tužilaštvo/, 'Višeg javnog tužilaštva').replace(/^Osnovno državno tužilaštvo/, 'Osnovnog državnog tužilaštva').replace(/^Tužilaštvo/, 'Tužilaštva').replace(/^Specijalno državno tužilaštvo/, 'Specijalnog državnog tužilaštva')} ${f.numbers.prosecution} od ${date(f.timeline.indictment)}, nakon održanog glavnog pretresa, dana ${date(f.timeline.firstInstance)} doneo je i javno objavio`.replace('doneo', e('doneo', 'donio')));
  b.gap();
  b.p('P R E S U D U');
  b.gap();
  f.defendants.forEach((d, i) => {
    b.p(`${i + 1}. ${g(d, 'Okrivljeni', 'Okrivljena')} ${defendantBlock(c, d)}`);
    if (d.firstVerdict === 'acquitted') {
      b.p(`OSLOBAĐA SE OD OPTUŽBE da je izvršio ${offence(c, false)}, jer nije dokazano da je ${g(d, 'okrivljeni', 'okrivljena')} ${e('učinio', 'učinio')} ${e('delo', 'djelo')} za koje je ${g(d, 'optužen', 'optužena')}.`.replace('izvršio', g(d, 'izvršio', 'izvršila')).replace('učinio', g(d, 'učinio', 'učinila')));
    } else {
      const guilty = `KRIV${g(d, '', 'A')} JE što je ${g(d, 'izvršio', 'izvršila')} ${offence(c, d.firstVerdict === 'convicted_lesser')}, pa ${d.firstSuspended ? g(d, 'mu', 'joj') : g(d, 'ga', 'je')} sud na osnovu navedenih propisa `;
      if (d.firstSuspended) {
        b.p(guilty, mark('sentence', `IZRIČE uslovnu osudu kojom se utvrđuje kazna zatvora u trajanju od ${term(c, d.firstMonths)}, koja se neće izvršiti ako ${g(d, 'okrivljeni', 'okrivljena')} u roku od 3 (tri) godine ne učini novo krivično ${e('delo', 'djelo')}`, d.key), '.');
      } else {
        b.p(guilty, mark('sentence', `OSUĐUJE na kaznu zatvora u trajanju od ${term(c, d.firstMonths)}`, d.key),
          d.inCustody ? `, u koju se uračunava ${e('vreme', 'vrijeme')} provedeno u pritvoru od ${date(f.timeline.complaint)}.` : '.');
      }
    }
  });
  if (f.confiscation === 'ordered') b.p(`Od okrivljenih se oduzima imovinska korist u iznosu od ${money(c, f.confiscatedEur)}.`);
  compensation(c);
  b.p(`Okrivljeni su dužni da naknade troškove krivičnog postupka.`);
  b.gap();
  b.p('O b r a z l o ž e nj e');
  b.p(`Optužnicom ${f.numbers.prosecution} od ${date(f.timeline.indictment)} okrivljenima je stavljeno na teret da:`);
  story(c);
  b.p(ije(c, `U svojoj odbrani ${g(f.defendants[0] as DefendantFacts, 'okrivljeni', 'okrivljena')} je negirao izvršenje dela i naveo ${DEFENCE[f.archetype]}.`.replace('negirao', g(f.defendants[0] as DefendantFacts, 'negirao', 'negirala')).replace('naveo', g(f.defendants[0] as DefendantFacts, 'naveo', 'navela')).replace('dela', e('dela', 'djela'))));
  evidence(c);
  const convicted = (f.defendants[0] as DefendantFacts).firstVerdict !== 'acquitted';
  reasoning(c, convicted);
  if (convicted) {
    b.p(mark('qualification', `Ovakvim radnjama okrivljeni su ostvarili sva bitna obeležja ${(f.defendants[0] as DefendantFacts).firstVerdict === 'convicted_lesser' ? offence(c, true) : offence(c, false)}, jer su dokazani radnja, sredstvo i cilj eksploatacije`.replace('obeležja', e('obeležja', 'obilježja')).replace('krivično delo', 'krivičnog dela').replace('krivično djelo', 'krivičnog djela')), '.');
  }
  sentencingReasons(c);
  b.p(`POUKA O PRAVNOM LEKU: Protiv ove presude dozvoljena je žalba ${dative(f.courts.appeal.name)} u roku od 15 dana od dana prijema pismenog otpravka, a preko ovog suda.`.replace('LEKU', e('LEKU', 'LIJEKU')));
  b.p(`${e('Predsednik', 'Predsjednik')} ${e('veća', 'vijeća')} – sudija (potpis)`);
}

const APPEAL_BY_NOM: Readonly<Record<string, readonly [string, string]>> = {
  prosecution: ['javni tužilac', 'državni tužilac'],
  defence: ['branioci okrivljenih', 'branioci okrivljenih'],
  victim: ['punomoćnik oštećene', 'punomoćnik oštećene'],
};

const APPEAL_BY: Readonly<Record<string, readonly [string, string]>> = {
  prosecution: ['javnog tužioca', 'državnog tužioca'],
  defence: ['branilaca okrivljenih', 'branilaca okrivljenih'],
  victim: ['punomoćnika oštećene', 'punomoćnika oštećene'],
};

function appeal(c: Ctx): void {
  const { f, b, e } = c;
  const d = f.defendants[0] as DefendantFacts;
  const by = f.appealBy.map((a) => (APPEAL_BY[a] ?? [a, a])[c.me ? 1 : 0]).join(' i ');
  const single = f.appealBy.length === 1;
  heading(c, f.courts.appeal.name, f.numbers.appeal, f.timeline.appeal);
  b.p(`${f.courts.appeal.name}, u ${e('veću', 'vijeću')} sastavljenom od tri sudije, u krivičnom predmetu protiv okrivljenih, zbog ${e('krivičnog dela', 'krivičnog djela')} trgovina ljudima, odlučujući o ${single ? 'žalbi' : 'žalbama'} ${by} ${single ? 'izjavljenoj' : 'izjavljenim'} protiv presude ${f.courts.firstInstance.name.replace(/^Viši sud/, 'Višeg suda').replace(/^Osnovni sud/, 'Osnovnog suda').replace(', Posebno odeljenje', ', Posebnog odeljenja')} ${f.numbers.court} od ${date(f.timeline.firstInstance)}, na sednici ${e('veća', 'vijeća')} održanoj dana ${date(f.timeline.appeal)}, doneo je`.replace('sednici', e('sednici', 'sjednici')).replace('doneo', e('doneo', 'donio')));
  b.p(`Okrivljeni: ${f.defendants.map((x) => n(c, x)).join(', ')}.`);
  b.gap();
  b.p('P R E S U D U');
  switch (f.appealOutcome) {
    case 'sentence_reduced':
    case 'sentence_increased':
      b.p(`${f.appealOutcome === 'sentence_reduced' ? 'USVAJA SE žalba branioca' : `USVAJA SE žalba ${c.me ? 'državnog' : 'javnog'} tužioca`}, pa se presuda PREINAČUJE u pogledu odluke o kazni, tako što se `, mark('sentence', sentenceText(c, d, 'final', true), d.key), '.');
      break;
    case 'requalified':
      b.p(`USVAJA SE žalba branilaca, pa se presuda PREINAČUJE u pogledu pravne kvalifikacije, tako što se radnje okrivljenih kvalifikuju kao ${offence(c, true)}, a `, mark('sentence', sentenceText(c, d, 'final'), d.key), '.');
      break;
    default:
      b.p(`${single ? 'ODBIJA SE kao neosnovana žalba' : 'ODBIJAJU SE kao neosnovane žalbe'}, a presuda prvostepenog suda se POTVRĐUJE.`);
  }
  b.gap();
  b.p('O b r a z l o ž e nj e');
  const anyConviction = f.defendants.some((x) => x.firstVerdict !== 'acquitted');
  b.p(`Prvostepenom presudom ${d.firstVerdict === 'acquitted' ? `${g(d, 'okrivljeni', 'okrivljena')} ${n(c, d)} je ${g(d, 'oslobođen', 'oslobođena')} od optužbe` : `${g(d, 'okrivljeni', 'okrivljena')} ${n(c, d)} je ${g(d, 'oglašen krivim', 'oglašena krivom')} i ${g(d, 'osuđen', 'osuđena')} na kaznu zatvora u trajanju od ${term(c, d.firstMonths)}`}. Optužbom je okrivljenima bilo stavljeno na teret da:`);
  story(c);
  b.p(`Protiv presude ${single ? 'žalbu je izjavio' : 'žalbe su izjavili'} ${f.appealBy.map((a) => (APPEAL_BY_NOM[a] ?? [a, a])[c.me ? 1 : 0]).join(' i ')}, zbog bitne povrede odredaba krivičnog postupka i pogrešno i nepotpuno utvrđenog činjeničnog stanja${anyConviction ? ', kao i zbog odluke o kazni' : ''}.`);
  const grounds: string[] = [];
  if (f.appealBy.includes('defence')) grounds.push(`Branioci u žalbi navode da je iskaz oštećene strane ${e('protivrečan', 'protivrječan')} i da nije potvrđen drugim dokazima.`);
  if (f.appealBy.includes('prosecution')) {
    grounds.push(anyConviction
      ? `${c.me ? 'Državni' : 'Javni'} tužilac smatra da je izrečena kazna preblaga.`
      : `${c.me ? 'Državni' : 'Javni'} tužilac smatra da je prvostepeni sud pogrešno ${e('ocenio', 'ocijenio')} iskaz oštećene strane.`);
  }
  if (f.appealBy.includes('victim')) grounds.push(`Punomoćnik oštećene traži da se preinači odluka o imovinskopravnom ${e('zahtevu', 'zahtjevu')}.`);
  b.p(grounds.join(' '));
  reasoning(c, d.verdict !== 'acquitted');
  if (f.appealOutcome === 'requalified') {
    b.p(mark('qualification', `Po oceni ovog suda, tokom postupka nije dokazano sredstvo izvršenja, pa je pravilna kvalifikacija kao ${offence(c, true)}`.replace('oceni', e('oceni', 'ocjeni'))), '.');
  } else if (d.verdict !== 'acquitted') {
    b.p(mark('sentence', `Ovaj sud nalazi da je kazna zatvora u trajanju od ${term(c, d.months)} srazmerna težini ${e('dela', 'djela')} i stepenu krivice okrivljenog`.replace('srazmerna', e('srazmerna', 'srazmjerna')), d.key), '.');
  }
  compensation(c);
  b.p(`Iz navedenih razloga ${e('odlučeno', 'odlučeno')} je kao u izreci presude.`);
  b.p(`${e('Predsednik', 'Predsjednik')} ${e('veća', 'vijeća')} – sudija (potpis)`);
}

export function writeBcms(kind: DemoDocumentKind, f: CaseFacts, b: TextBuilder, lang: BcmsLanguage): void {
  const me = lang === 'cnr';
  const c: Ctx = { f, b, lang, me, e: (sr, cnr) => (me ? cnr : sr) };
  switch (kind) {
    case 'criminal_complaint': return complaint(c);
    case 'indictment': return indictment(c);
    case 'appeal_judgment': return appeal(c);
    default: return firstInstance(c);
  }
}
