// Kosovo (codebook id "xk"): municipalities in its seven districts, under their Albanian names
// with the Serbian ones as aliases, because judgments from both sides name the same places.
import type { CountryPlaces } from './country-places';

export const XK_PLACES: CountryPlaces = {
  country: 'xk',
  regions: {
    'Prishtina district': [
      'Prishtinë|Prishtina|Priština', 'Podujevë|Podujeva|Podujevo', 'Obiliq|Obilić', 'Fushë Kosovë|Kosovo Polje',
      'Lipjan|Lipljan', 'Drenas|Gllogoc|Glogovac', 'Graçanicë|Gračanica', 'Novobërdë|Novo Brdo',
    ],
    'Mitrovica district': [
      'Mitrovicë|Mitrovica|Kosovska Mitrovica', 'Vushtrri|Vučitrn', 'Skenderaj|Srbica', 'Zveçan|Zvečan', 'Zubin Potok',
      'Leposaviq|Leposavić',
    ],
    'Peja district': ['Pejë|Peja|Peć', 'Istog|Istok', 'Klinë|Klina'],
    'Gjakova district': ['Gjakovë|Gjakova|Đakovica', 'Deçan|Dečani', 'Rahovec|Orahovac', 'Junik'],
    'Prizren district': ['Prizren|Prizreni', 'Dragash|Dragaš', 'Suharekë|Suva Reka', 'Mamushë|Mamuša', 'Malishevë|Mališevo'],
    'Ferizaj district': ['Ferizaj|Uroševac', 'Kaçanik|Kačanik', 'Shtime|Štimlje', 'Shtërpcë|Štrpce', 'Hani i Elezit|Đeneral Janković'],
    'Gjilan district': ['Gjilan|Gnjilane', 'Kamenicë|Kosovska Kamenica', 'Viti|Vitina', 'Ranillug|Ranilug', 'Partesh|Parteš', 'Kllokot|Klokot'],
  },
};
