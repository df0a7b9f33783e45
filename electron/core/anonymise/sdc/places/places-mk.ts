// North Macedonia: the 80 municipalities (the City of Skopje's ten included) in the eight
// statistical regions (research/anonymisation.md §2: "municipality → 8 statistical regions").
import type { CountryPlaces } from './country-places';

export const MK_PLACES: CountryPlaces = {
  country: 'mk',
  regions: {
    'Skopje region': [
      'Skopje|Shkup|Shkupi', 'Aerodrom', 'Butel', 'Gazi Baba', 'Gjorče Petrov|Đorče Petrov|Djorce Petrov', 'Karpoš',
      'Kisela Voda', 'Saraj', 'Centar', 'Čair|Çair', 'Šuto Orizari', 'Aračinovo|Haraçinë', 'Zelenikovo', 'Ilinden',
      'Petrovec', 'Sopište', 'Studeničani', 'Čučer-Sandevo',
    ],
    'Pelagonia region': ['Bitola|Manastir', 'Demir Hisar', 'Dolneni', 'Krivogaštani', 'Kruševo', 'Mogila', 'Novaci', 'Prilep', 'Resen'],
    'Polog region': [
      'Bogovinje|Bogovinë', 'Brvenica|Bërvenicë', 'Vrapčište|Vrapçisht', 'Gostivar|Gostivari', 'Želino|Zhelinë',
      'Jegunovce|Jegunoc', 'Mavrovo i Rostuše|Mavrovo and Rostuša|Mavrovo-Rostuše', 'Tearce|Tearcë', 'Tetovo|Tetovë',
    ],
    'Northeastern region': ['Kratovo', 'Kriva Palanka', 'Kumanovo|Kumanovë', 'Lipkovo|Likovë', 'Rankovce', 'Staro Nagoričane'],
    'Southwestern region': [
      'Debar', 'Debarca', 'Kičevo|Kërçovë', 'Makedonski Brod', 'Ohrid|Ohër', 'Plasnica', 'Struga|Strugë', 'Centar Župa', 'Vevčani',
    ],
    'Southeastern region': ['Bogdanci', 'Bosilovo', 'Valandovo', 'Vasilevo', 'Gevgelija', 'Dojran', 'Konče', 'Novo Selo', 'Radoviš', 'Strumica'],
    'Eastern region': [
      'Berovo', 'Vinica', 'Delčevo', 'Zrnovci', 'Karbinci', 'Kočani', 'Makedonska Kamenica', 'Pehčevo', 'Probištip',
      'Češinovo-Obleševo', 'Štip',
    ],
    'Vardar region': ['Veles', 'Gradsko', 'Demir Kapija', 'Kavadarci', 'Lozovo', 'Negotino', 'Rosoman', 'Sveti Nikole', 'Čaška'],
  },
};
