// Public figures whose names a random first-name/surname pairing could reproduce. A training
// vault must never seem to accuse a real, recognisable person (domain.md §6), so any drawn name
// that matches is re-drawn. The list is short on purpose: it covers the pairings our pools can
// actually produce plus the heads of state and government named in the research notes.

import { foldName } from './transliterate';

export const DENIED_FULL_NAMES: readonly string[] = [
  // North Macedonia
  'Zoran Zaev', 'Hristijan Mickoski', 'Stevo Pendarovski', 'Gordana Siljanovska-Davkova',
  'Gjorge Ivanov', 'Nikola Gruevski', 'Branko Crvenkovski', 'Dimitar Kovačevski',
  'Talat Xhaferi', 'Ali Ahmeti', 'Goran Pandev', 'Elena Risteska',
  // Serbia
  'Aleksandar Vučić', 'Ana Brnabić', 'Ivica Dačić', 'Miloš Vučević', 'Tomislav Nikolić',
  'Boris Tadić', 'Zoran Đinđić', 'Vojislav Koštunica', 'Dragan Đilas', 'Nebojša Stefanović',
  'Aleksandar Vulin', 'Siniša Mali', 'Novak Đoković', 'Nikola Jokić', 'Vlade Divac',
  'Dejan Stanković', 'Milan Stanković', 'Dušan Kovačević', 'Ana Ivanović', 'Jelena Janković',
  'Dušan Vlahović', 'Aleksandar Mitrović', 'Stefan Mitrović', 'Nemanja Vidić', 'Nemanja Matić',
  'Dejan Bodiroga', 'Filip Kostić', 'Dragan Stojković',
  // Albania
  'Edi Rama', 'Sali Berisha', 'Ilir Meta', 'Bajram Begaj', 'Lulzim Basha', 'Enver Hoxha',
  'Ramiz Alia', 'Erion Veliaj', 'Ismail Kadare',
  // Montenegro
  'Milo Đukanović', 'Jakov Milatović', 'Dritan Abazović', 'Zdravko Krivokapić',
  'Andrija Mandić', 'Milojko Spajić', 'Filip Vujanović', 'Duško Marković', 'Predrag Mijatović',
  'Stevan Jovetić', 'Nikola Vukčević', 'Nemanja Radulović', 'Vladimir Pavićević',
];

/** Notable surnames dropped from pools entirely (domain.md §6 plus heads of state). */
export const DENIED_SURNAMES: readonly string[] = [
  'Koštunica', 'Karađorđević', 'Tesla', 'Ulemek', 'Zogu', 'Kadare', 'Thaçi', 'Rugova',
  'Vučić', 'Đukanović', 'Zaev', 'Mickoski', 'Pendarovski', 'Berisha', 'Brnabić', 'Gruevski',
  'Milatović', 'Đoković',
];

const deniedFull = new Set(DENIED_FULL_NAMES.map(foldName));
const deniedSurnames = new Set(DENIED_SURNAMES.map(foldName));

/** True when a "Given Surname" pair (any script) is a public figure or a notable family. */
export function isDeniedName(given: string, surname: string): boolean {
  return deniedFull.has(foldName(`${given} ${surname}`)) || deniedSurnames.has(foldName(surname));
}

/** True when a full name string (any script, any spelling) is on the deny-list. */
export function isDeniedFullName(fullName: string): boolean {
  return deniedFull.has(foldName(fullName));
}
