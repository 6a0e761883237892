import { OrganisationDictionary } from 'src/modules/screening/screening.types';

/** A small stand-in for the organisations table, with Swedish, English and short names. */
export const ORGANISATION_DICTIONARY_FIXTURE: OrganisationDictionary = [
  { names: ['Kungl. Tekniska högskolan', 'KTH Royal Institute of Technology', 'KTH'] },
  { names: ['Linköpings universitet', 'Linköping University', 'LiU'] },
  { names: ['Karolinska institutet', 'Karolinska Institutet', 'KI'] },
  {
    names: ['Sveriges lantbruksuniversitet', 'Swedish University of Agricultural Sciences', 'SLU'],
  },
  { names: ['Säkerhetspolisen', 'Swedish Security Service', 'Säpo'] },
  {
    names: [
      'Inspektionen för strategiska produkter',
      'Inspectorate of Strategic Products',
      'Swedish Inspectorate of Strategic Products',
      'ISP',
    ],
  },
  { names: ['Uppsala universitet', 'Uppsala University'] },
  { names: ['Lunds universitet', 'Lund University'] },
  { names: ['Försvarsmakten', 'Swedish Armed Forces'] },
  { names: ['Vetenskapsrådet', 'Swedish Research Council', 'VR'] },
  { names: ['Vinnova', "Sweden's Innovation Agency"] },
  {
    names: ['Universitets- och högskolerådet', 'Swedish Council for Higher Education', 'UHR'],
  },
];
