// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationCatalogueEntry } from 'src/modules/organisations/organisation-catalogue.data';
import type { OrganisationDictionary } from 'src/modules/screening/screening.types';

/** What screening needs to know of a member organisation. */
export type ScreenedOrganisation = Pick<
  OrganisationCatalogueEntry,
  'nameSv' | 'nameEn' | 'shortNames' | 'acceptsQuestions'
>;

/**
 * Every name a member organisation goes by (Swedish, English, each short form). The names of the
 * authorities that take questions (Säkerhetspolisen, Inspektionen för strategiska produkter,
 * Försvarsmakten) do not reveal an author: every member writes about asking or reporting to them,
 * and they answer officially under their own name. Flagging them made every author acknowledge a
 * false positive (issue 11). They stay in the dictionary, marked, so that their words are still
 * recognised as an organisation and not read as a person ("kontaktperson Säpo").
 */
export function organisationDictionaryOf(
  organisations: readonly ScreenedOrganisation[],
): OrganisationDictionary {
  return organisations.map((organisation) => ({
    names: [organisation.nameSv, organisation.nameEn, ...organisation.shortNames],
    revealsAuthor: !organisation.acceptsQuestions,
  }));
}
