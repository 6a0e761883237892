// SPDX-License-Identifier: EUPL-1.2
import type { CitationInput, Locale } from '../../graphql/graphql';

/** As many citations as the API takes on one item. */
export const MAX_CITATIONS = 20;

/** A cited section as an editor holds it: what the API takes, and how to show it as a tag. */
export interface ChosenCitation extends CitationInput {
  label: string;
}

/** One citation per section at a version (the API drops repeats the same way). */
export function citationKey(c: CitationInput): string {
  return `${c.versionId.toLowerCase()}:${c.sectionKey}`;
}

/** The API's input: the version and the section, nothing of the label. */
export function toCitationInputs(chosen: readonly ChosenCitation[]): CitationInput[] {
  return chosen.map(({ versionId, sectionKey }) => ({ versionId, sectionKey }));
}

/** What an editor needs of a saved citation (the `CitationLink` fragment has it). */
interface SavedCitation {
  versionId: string;
  sectionKey: string;
  versionNumber: number;
  titleSv: string;
  titleEn: string;
  headingSv: string;
  headingEn: string;
}

/**
 * The saved citations as an editor holds them, labelled as the picker labels a new one
 * ("section – guideline, version N", the same in both languages) in the item's language: a form
 * is filled where the interface language is not at hand.
 */
export function chosenFromSaved(
  saved: readonly SavedCitation[],
  language: Locale,
): ChosenCitation[] {
  const en = language === 'EN';
  return saved.map((c) => ({
    versionId: c.versionId,
    sectionKey: c.sectionKey,
    label: `${en ? c.headingEn : c.headingSv} – ${en ? c.titleEn : c.titleSv}, version ${c.versionNumber}`,
  }));
}
