// Albania: the 61 municipalities (2015 reform) in the 12 counties (qarqe), research/
// anonymisation.md §2: "Albania: municipality → qark (county) → country". Aliases are the
// definite forms judgments use ("Tirana", "Shkodra") and the towns that seat a municipality.
import type { CountryPlaces } from './country-places';

export const AL_PLACES: CountryPlaces = {
  country: 'al',
  regions: {
    'Berat county': ['Berat|Berati', 'Dimal|Ura Vajgurore', 'Kuçovë|Kuçova', 'Poliçan', 'Skrapar|Çorovodë'],
    'Dibër county': ['Dibër|Peshkopi|Peshkopia', 'Bulqizë|Bulqiza', 'Klos', 'Mat|Burrel|Burreli'],
    'Durrës county': ['Durrës|Durrësi|Drač', 'Krujë|Kruja', 'Shijak'],
    'Elbasan county': ['Elbasan|Elbasani', 'Belsh', 'Cërrik', 'Gramsh', 'Librazhd', 'Peqin', 'Prrenjas'],
    'Fier county': ['Fier|Fieri', 'Divjakë', 'Lushnjë|Lushnja', 'Mallakastër|Ballsh', 'Patos', 'Roskovec'],
    'Gjirokastër county': ['Gjirokastër|Gjirokastra', 'Dropull', 'Këlcyrë', 'Libohovë', 'Memaliaj', 'Përmet', 'Tepelenë'],
    'Korçë county': ['Korçë|Korça', 'Devoll|Bilisht', 'Kolonjë|Ersekë', 'Maliq', 'Pogradec|Pogradeci', 'Pustec'],
    'Kukës county': ['Kukës|Kukësi', 'Has|Krumë', 'Tropojë|Bajram Curri'],
    'Lezhë county': ['Lezhë|Lezha', 'Kurbin|Laç', 'Mirditë|Rrëshen'],
    'Shkodër county': ['Shkodër|Shkodra|Skadar', 'Fushë-Arrëz', 'Malësi e Madhe|Koplik', 'Pukë', 'Vau i Dejës'],
    'Tiranë county': ['Tiranë|Tirana|Tirona', 'Kamëz|Kamza', 'Kavajë|Kavaja', 'Rrogozhinë', 'Vorë'],
    'Vlorë county': ['Vlorë|Vlora|Valona', 'Delvinë', 'Finiq', 'Himarë', 'Konispol', 'Sarandë|Saranda', 'Selenicë'],
  },
};
