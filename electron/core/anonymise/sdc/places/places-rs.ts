// Serbia: cities and municipalities in the four statistical regions (NUTS-2 level). Kosovo's
// municipalities are in places-xk.ts, because the codebook codes Kosovo as its own country (xk).
// A municipality missing here falls back to the country level, which protects more, never less.
import type { CountryPlaces } from './country-places';

export const RS_PLACES: CountryPlaces = {
  country: 'rs',
  regions: {
    'Belgrade region': [
      'Beograd|Belgrade', 'Barajevo', 'Voždovac', 'Vračar', 'Grocka', 'Zvezdara', 'Zemun', 'Lazarevac', 'Mladenovac',
      'Novi Beograd|New Belgrade', 'Obrenovac', 'Palilula', 'Rakovica', 'Savski Venac', 'Sopot', 'Stari Grad', 'Surčin', 'Čukarica',
    ],
    'Vojvodina': [
      'Novi Sad', 'Subotica', 'Zrenjanin', 'Pančevo', 'Sombor', 'Kikinda', 'Sremska Mitrovica', 'Vršac', 'Ruma', 'Bačka Palanka',
      'Inđija', 'Stara Pazova', 'Vrbas', 'Bečej', 'Kula', 'Apatin', 'Temerin', 'Senta', 'Kanjiža', 'Ada', 'Bačka Topola', 'Odžaci',
      'Šid', 'Pećinci', 'Irig', 'Beočin', 'Sremski Karlovci', 'Titel', 'Žabalj', 'Srbobran', 'Bač', 'Bački Petrovac', 'Novi Bečej',
      'Nova Crnja', 'Žitište', 'Sečanj', 'Kovin', 'Kovačica', 'Alibunar', 'Bela Crkva', 'Plandište', 'Opovo', 'Čoka',
      'Novi Kneževac', 'Mali Iđoš',
    ],
    'Šumadija and Western Serbia': [
      'Kragujevac', 'Aranđelovac', 'Topola', 'Rača', 'Batočina', 'Knić', 'Lapovo', 'Jagodina', 'Ćuprija', 'Paraćin', 'Svilajnac',
      'Despotovac', 'Rekovac', 'Šabac', 'Loznica', 'Bogatić', 'Vladimirci', 'Koceljeva', 'Krupanj', 'Ljubovija', 'Mali Zvornik',
      'Valjevo', 'Lajkovac', 'Ljig', 'Mionica', 'Osečina', 'Ub', 'Užice', 'Čajetina', 'Arilje', 'Bajina Bašta', 'Kosjerić',
      'Požega', 'Prijepolje', 'Nova Varoš', 'Priboj', 'Sjenica', 'Čačak', 'Gornji Milanovac', 'Ivanjica', 'Lučani', 'Kraljevo',
      'Novi Pazar', 'Tutin', 'Vrnjačka Banja', 'Raška', 'Kruševac', 'Aleksandrovac', 'Brus', 'Varvarin', 'Trstenik', 'Ćićevac',
    ],
    'Southern and Eastern Serbia': [
      'Niš', 'Aleksinac', 'Svrljig', 'Merošina', 'Ražanj', 'Doljevac', 'Gadžin Han', 'Leskovac', 'Bojnik', 'Vlasotince', 'Lebane',
      'Medveđa', 'Crna Trava', 'Vranje', 'Bujanovac', 'Preševo', 'Vladičin Han', 'Surdulica', 'Bosilegrad', 'Trgovište',
      'Prokuplje', 'Blace', 'Kuršumlija', 'Žitorađa', 'Pirot', 'Babušnica', 'Bela Palanka', 'Dimitrovgrad', 'Zaječar',
      'Knjaževac', 'Boljevac', 'Sokobanja', 'Bor', 'Majdanpek', 'Kladovo', 'Negotin', 'Smederevo', 'Smederevska Palanka',
      'Velika Plana', 'Požarevac', 'Veliko Gradište', 'Golubac', 'Malo Crniće', 'Žabari', 'Petrovac na Mlavi', 'Kučevo', 'Žagubica',
    ],
  },
};
