// Sentences of the synthetic documents, per language, with slots for the personal data the
// generator fills in and labels. Slots: {V1:intro} a known person's full name, {V1} the same
// person in the next of its mention forms (inflected, vocative, possessive, transliterated,
// folded, initials, capitals …), {V1:dob|id|phone|address|email|plate} a known person's
// identifiers as the text writes them, {U:intro}/{U:again} a person the vault does not know
// (after a role word, or {U3:oblique} in the case a genitive role word governs, then mentioned
// again in any form), and unknown data: {jmbg} (valid checksum),
// {jmbgBad} (failed checksum after a citizen-number word), {nid}, {passport}, {phone},
// {landline}, {email}, {iban}, {account}, {case}, {plate}, {dob}, {address}. Text that must
// stay: {eventDate}, {year}, {amount}, {article}, {gazette}, {jmbgKeep}, {word}.

export type CorpusLanguage = 'mk' | 'sr-Latn' | 'sr-Cyrl' | 'sq' | 'cnr' | 'en';

const MK = [
  'СИНТЕТИЧКИ ПОДАТОЦИ\nОСНОВЕН КРИВИЧЕН СУД СКОПЈЕ\n{case}\n',
  'Судот, постапувајќи по обвинението од {eventDate} година, ја одржа главната расправа во {year} година.\n',
  'Обвинетиот {D1:intro}, роден на {D1:dob} година, со живеалиште на {D1:address}, ЕМБГ {D1:id}, тел. {D1:phone}.\n',
  'Обвинетиот {D2:intro}, роден на {dob} година, со живеалиште на {address}, ЕМБГ {jmbg}, моб. {phone}.\n',
  'Оштетената {V1:intro}, родена на {V1:dob}, со живеалиште на {V1:address}, тел. {V1:phone}, е-пошта {V1:email}.\n',
  'Оштетената {V2:intro}, ЕМБГ {V2:id}, изјави дека {D1} ја вработил во барот, а {D2} ѝ го одзел пасошот.\n',
  'Сведокот {U:intro} изјави дека {V1} била доведена во објектот на {eventDate} година. Според {U:again}, {D1} ја заклучувал.\n',
  'Сведокот {W1:intro} потврди дека {V2} и {V1} работеле секоја вечер, а {W1} ги видел парите.\n',
  '{D1} возел возило со регистарски таблички {D1:plate}, а {D2} возилото {plate}.\n',
  'Парите биле уплатени на сметка {iban} и на жиро-сметка {account}, а пораките биле испратени од {email}.\n',
  'Во записникот е наведен ЕМБГ {jmbgBad} за сведокот, а бројот {jmbgKeep} е број на пратката.\n',
  'Од тел. {landline} се јавувал {D2}; {V2} рекла: „{D1}, пушти ме!“ {V1} го препознала и {D2}.\n',
  'Обвинетиот {U2:intro} од Куманово, роден на {dob}, живеел на {address}. {U2:again} не се појави.\n',
  'Со тоа обвинетите го сториле кривичното дело по {article} од КЗ („Службен весник на РМ“ {gazette}), за износ од {amount} денари.\n',
  '{word} Предметот е заведен под {case}. {V1}, {V2}, {D1} и {D2} беа присутни.\n',
  'Бранителот на обвинетиот {U3:oblique} побара одлагање, но {U3:again} не дојде на рочиштето.\n',
  'Сведочката {U4:intro}, родена во Скопје на {dob}, тел. {phone}, изјави дека {U4:again} не го познава {D1}.\n',
];

const SR = [
  'SINTETIČKI PODACI\nVIŠI SUD U BEOGRADU\n{case}\n',
  'Sud je, postupajući po optužnici od {eventDate} godine, održao glavni pretres {year}. godine.\n',
  'Okrivljeni {D1:intro}, rođen {D1:dob} godine, sa prebivalištem u {D1:address}, JMBG {D1:id}, tel. {D1:phone}.\n',
  'Okrivljeni {D2:intro}, rođen {dob} godine, sa prebivalištem na adresi {address}, JMBG {jmbg}, mob. {phone}.\n',
  'Oštećena {V1:intro}, rođena {V1:dob}, sa adresom {V1:address}, telefon {V1:phone}, e-mail {V1:email}.\n',
  'Oštećena {V2:intro}, JMBG {V2:id}, izjavila je da ju je {D1} zaposlio u kafani, a da joj je {D2} oduzeo pasoš.\n',
  'Svedok {U:intro} je izjavio da je {V1} dovedena u objekat {eventDate} godine. Prema rečima {U:again}, {D1} ju je zaključavao.\n',
  'Svedok {W1:intro} je potvrdio da su {V2} i {V1} radile svake večeri, a {W1} je video novac.\n',
  '{D1} je upravljao vozilom registarskih oznaka {D1:plate}, a {D2} vozilom {plate}.\n',
  'Novac je uplaćen na račun {iban} i na tekući račun {account}, a poruke su slate sa {email}.\n',
  'U zapisniku je naveden JMBG {jmbgBad} svedoka, a broj {jmbgKeep} je broj pošiljke.\n',
  'Sa tel. {landline} zvao je {D2}; {V2} je rekla: „{D1}, pusti me!“ {V1} je prepoznala i {D2}.\n',
  'Okrivljeni {U2:intro} iz Niša, rođen {dob}, živeo je u {address}. {U2:again} se nije pojavio.\n',
  'Time su okrivljeni izvršili krivično delo iz {article} KZ („Sl. glasnik RS“, {gazette}), u iznosu od {amount} dinara.\n',
  '{word} Predmet je zaveden pod brojem {case}. {V1}, {V2}, {D1} i {D2} su bili prisutni.\n',
  'Branilac okrivljenog {U3:oblique} tražio je odlaganje, ali {U3:again} nije došao na ročište.\n',
  'Svedokinja {U4:intro}, rođena u Smederevu dana {dob}, tel. {phone}, izjavila je da {U4:again} ne poznaje {D1}.\n',
];

const CNR = [
  'SINTETIČKI PODACI\nVIŠI SUD U PODGORICI\n{case}\n',
  'Sud je, postupajući po optužnici od {eventDate} godine, održao glavni pretres {year}. godine.\n',
  'Okrivljeni {D1:intro}, rođen {D1:dob} godine, sa prebivalištem u {D1:address}, JMBG {D1:id}, tel. {D1:phone}.\n',
  'Okrivljeni {D2:intro}, rođen {dob} godine, sa prebivalištem na adresi {address}, JMBG {jmbg}, mob. {phone}.\n',
  'Oštećena {V1:intro}, rođena {V1:dob}, sa adresom {V1:address}, telefon {V1:phone}, e-mail {V1:email}.\n',
  'Oštećena {V2:intro}, JMBG {V2:id}, izjavila je da ju je {D1} zaposlio u kafiću, a da joj je {D2} oduzeo pasoš.\n',
  'Svjedok {U:intro} je izjavio da je {V1} dovedena u objekat {eventDate} godine. Prema riječima {U:again}, {D1} ju je zaključavao.\n',
  'Svjedok {W1:intro} je potvrdio da su {V2} i {V1} radile svake večeri, a {W1} je vidio novac.\n',
  '{D1} je upravljao vozilom registarskih oznaka {D1:plate}, a {D2} vozilom {plate}.\n',
  'Novac je uplaćen na račun {iban} i na žiro račun {account}, a poruke su slate sa {email}.\n',
  'U zapisniku je naveden JMBG {jmbgBad} svjedoka, a broj {jmbgKeep} je broj pošiljke.\n',
  'Sa tel. {landline} zvao je {D2}; {V2} je rekla: „{D1}, pusti me!“ {V1} je prepoznala i {D2}.\n',
  'Okrivljeni {U2:intro} iz Nikšića, rođen {dob}, živio je u {address}. {U2:again} se nije pojavio.\n',
  'Time su okrivljeni izvršili krivično djelo iz {article} KZ („Sl. list CG“, {gazette}), u iznosu od {amount} eura.\n',
  '{word} Predmet je zaveden pod brojem {case}. {V1}, {V2}, {D1} i {D2} su bili prisutni.\n',
  'Branilac okrivljenog {U3:oblique} tražio je odlaganje, ali {U3:again} nije došao na ročište.\n',
  'Svjedokinja {U4:intro}, rođena u Baru dana {dob}, tel. {phone}, izjavila je da {U4:again} ne poznaje {D1}.\n',
];

const SQ = [
  'TË DHËNA SINTETIKE\nGJYKATA E POSAÇME E SHKALLËS SË PARË\n{case}\n',
  'Gjykata, në shqyrtim të aktakuzës së datës {eventDate}, zhvilloi seancën gjyqësore në vitin {year}.\n',
  'I pandehuri {D1:intro}, i lindur më {D1:dob}, me banim në {D1:address}, numri personal {D1:id}, tel. {D1:phone}.\n',
  'I pandehuri {D2:intro}, i lindur më {dob}, me banim në {address}, numri personal {nid}, cel. {phone}.\n',
  'E dëmtuara {V1:intro}, e lindur më {V1:dob}, me banim në {V1:address}, tel. {V1:phone}, email {V1:email}.\n',
  'E dëmtuara {V2:intro}, numri personal {V2:id}, deklaroi se {D1} e punësoi në lokal, ndërsa {D2} i mori pasaportën.\n',
  'Dëshmitari {U:intro} deklaroi se {V1} u soll në lokal më {eventDate}. Sipas {U:again}, {D1} e mbyllte.\n',
  'Dëshmitari {W1:intro} konfirmoi se {V2} dhe {V1} punonin çdo natë, dhe {W1} pa paratë.\n',
  '{D1} drejtonte automjetin me targa {D1:plate}, ndërsa {D2} automjetin {plate}.\n',
  'Paratë u derdhën në llogarinë {iban} dhe në llogarinë {account}, ndërsa mesazhet u dërguan nga {email}.\n',
  'Në procesverbal shënohet JMBG {jmbgBad} i dëshmitarit, ndërsa numri {jmbgKeep} është numër dërgese.\n',
  'Nga tel. {landline} telefononte {D2}; {V2} tha: „{D1}, më lësho!“ {V1} e njohu edhe {D2}.\n',
  'I pandehuri {U2:intro} nga Durrësi, i lindur më {dob}, banonte në {address}. {U2:again} nuk u paraqit.\n',
  'Me këtë të pandehurit kryen veprën penale sipas {article} të Kodit Penal (Ligji {gazette}), në shumën {amount} lekë.\n',
  '{word} Çështja është regjistruar me {case}. {V1}, {V2}, {D1} dhe {D2} ishin të pranishëm.\n',
  'Mbrojtësi i të pandehurit {U3:oblique} kërkoi shtyrje, por {U3:again} nuk erdhi në seancë.\n',
  'Dëshmitarja {U4:intro}, e lindur në Elbasan më {dob}, tel. {phone}, deklaroi se {U4:again} nuk e njeh {D1}.\n',
];

const EN = [
  'SYNTHETIC TEST DATA\nSummary of the first-instance judgment, case {case}\n',
  'The court, acting on the indictment of {eventDate}, held the main hearing in {year}.\n',
  'The defendant {D1:intro}, born on {D1:dob}, residing at {D1:address}, personal number {D1:id}, phone {D1:phone}.\n',
  'The defendant {D2:intro}, born on {dob}, residing at {address}, citizen number {jmbg}, mobile {phone}.\n',
  'The victim {V1:intro}, born on {V1:dob}, residing at {V1:address}, phone {V1:phone}, e-mail {V1:email}.\n',
  'The victim {V2:intro}, personal number {V2:id}, stated that {D1} hired her in the bar and that {D2} took her passport.\n',
  'The witness {U:intro} stated that {V1} was brought to the bar on {eventDate}. According to {U:again}, {D1} locked her in.\n',
  'The witness {W1:intro} confirmed that {V2} and {V1} worked every night, and {W1} saw the money.\n',
  '{D1} drove the vehicle with plates {D1:plate}, and {D2} the vehicle {plate}.\n',
  'The money was paid into account {iban} and into account {account}, and the messages were sent from {email}.\n',
  'The record gives JMBG {jmbgBad} for the witness, while number {jmbgKeep} is a parcel number.\n',
  'From tel. {landline} {D2} called; {V2} said: "{D1}, let me go!" {V1} also recognised {D2}.\n',
  'The defendant {U2:intro} from Kumanovo, born on {dob}, lived at {address}. {U2:again} did not appear.\n',
  'The defendants thus committed the offence under {article} of the Criminal Code (Official Gazette {gazette}), for an amount of {amount} euros.\n',
  '{word} The case is registered under {case}. {V1}, {V2}, {D1} and {D2} were present.\n',
  'Counsel for the defendant {U3:oblique} asked for an adjournment, but {U3:again} did not attend.\n',
  'The witness {U4:intro} (date of birth: {dob}, phone {phone}) said that {U4:again} did not know {D1}.\n',
];

export const TEMPLATES: Readonly<Record<CorpusLanguage, readonly string[]>> = {
  mk: MK,
  'sr-Latn': SR,
  'sr-Cyrl': SR,
  cnr: CNR,
  sq: SQ,
  en: EN,
};

/** Ordinary text per language for the keep slots. */
export const KEEP: Readonly<Record<'mk' | 'sr' | 'cnr' | 'sq' | 'en', { article: readonly string[]; gazette: readonly string[]; words: readonly string[] }>> = {
  mk: {
    article: ['член 418-а став 1', 'член 418-г став 2', 'член 191 став 1'],
    gazette: ['бр. 37/96', 'бр. 80/99', 'бр. 19/04'],
    words: ['Бојата на ѕидовите беше бела.', 'Пристаништето на Охрид е мало.', 'Во пролет се собраа на плоштадот.'],
  },
  sr: {
    article: ['člana 388 stav 1', 'člana 388 stav 3', 'člana 184 stav 1'],
    gazette: ['br. 85/2005', 'br. 72/2009', 'br. 94/2016'],
    words: ['Boja zidova bila je bela.', 'U luci je bilo mirno, a vesna je pesma o proleću.', 'Nada je rekla da je marija sorta cveća.'],
  },
  cnr: {
    article: ['člana 444 stav 1', 'člana 444 stav 2', 'člana 210 stav 1'],
    gazette: ['br. 70/2003', 'br. 40/2008', 'br. 25/2010'],
    words: ['Boja zidova bila je bijela.', 'U luci je bilo mirno.', 'U pjesmi je vesna riječ za proljeće.'],
  },
  sq: {
    article: ['nenit 110/a', 'nenit 128/b', 'nenit 114'],
    gazette: ['nr. 8/2020', 'nr. 23/2012', 'nr. 144/2013'],
    words: ['Ngjyra e mureve ishte e bardhë.', 'Nga ana e tij nuk pati kundërshtim.', 'Drita e diellit ishte e fortë.'],
  },
  en: {
    article: ['Article 418-a paragraph 1', 'Article 388 paragraph 1', 'Article 110/a'],
    gazette: ['no. 37/96', 'no. 85/2005', 'no. 8/2020'],
    words: ['The colour of the walls was white.', 'Hope is a word; the port was quiet.', 'Note the date in the diary.'],
  },
};
