// SPDX-License-Identifier: EUPL-1.2
import {
  organisationDictionaryOf,
  type ScreenedOrganisation,
} from 'src/modules/screening/organisation-dictionary';

/**
 * A small stand-in for the organisation catalogue, with Swedish, English and short names and
 * which organisations take questions, as in the catalogue.
 */
export const ORGANISATION_CATALOGUE_FIXTURE: readonly ScreenedOrganisation[] = [
  member('Kungl. Tekniska högskolan', 'KTH Royal Institute of Technology', 'KTH'),
  member('Linköpings universitet', 'Linköping University', 'LiU'),
  member('Karolinska institutet', 'Karolinska Institutet', 'KI'),
  member('Sveriges lantbruksuniversitet', 'Swedish University of Agricultural Sciences', 'SLU'),
  authorityTakingQuestions('Säkerhetspolisen', 'Swedish Security Service', 'Säpo'),
  authorityTakingQuestions(
    'Inspektionen för strategiska produkter',
    'Inspectorate of Strategic Products',
    'Swedish Inspectorate of Strategic Products',
    'ISP',
  ),
  member('Uppsala universitet', 'Uppsala University'),
  member('Lunds universitet', 'Lund University'),
  authorityTakingQuestions('Försvarsmakten', 'Swedish Armed Forces'),
  member('Vetenskapsrådet', 'Swedish Research Council', 'VR'),
  member('Vinnova', "Sweden's Innovation Agency"),
  member('Universitets- och högskolerådet', 'Swedish Council for Higher Education', 'UHR'),
];

/** The dictionary the screener gets from the fixture, by the service's own rule. */
export const ORGANISATION_DICTIONARY_FIXTURE = organisationDictionaryOf(
  ORGANISATION_CATALOGUE_FIXTURE,
);

function member(nameSv: string, nameEn: string, ...shortNames: string[]): ScreenedOrganisation {
  return { nameSv, nameEn, shortNames, acceptsQuestions: false };
}

function authorityTakingQuestions(
  nameSv: string,
  nameEn: string,
  ...shortNames: string[]
): ScreenedOrganisation {
  return { nameSv, nameEn, shortNames, acceptsQuestions: true };
}
