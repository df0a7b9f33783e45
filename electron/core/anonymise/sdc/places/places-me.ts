// Montenegro: the 25 municipalities in the three statistical regions (coastal, central, northern).
import type { CountryPlaces } from './country-places';

export const ME_PLACES: CountryPlaces = {
  country: 'me',
  regions: {
    'Coastal region': ['Bar|Tivari', 'Budva', 'Herceg Novi', 'Kotor', 'Tivat', 'Ulcinj|Ulqin'],
    'Central region': ['Podgorica|Titograd', 'Cetinje', 'Danilovgrad', 'Nikšić', 'Tuzi|Tuz', 'Zeta|Golubovci'],
    'Northern region': [
      'Andrijevica', 'Berane', 'Bijelo Polje', 'Gusinje|Gusi', 'Kolašin', 'Mojkovac', 'Petnjica', 'Plav|Plavë', 'Pljevlja',
      'Plužine', 'Rožaje|Rozhajë', 'Šavnik', 'Žabljak',
    ],
  },
};
