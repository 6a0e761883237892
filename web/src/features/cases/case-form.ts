// SPDX-License-Identifier: EUPL-1.2
import type {
  Attribution,
  CaseDraftFragment,
  CaseOutcome,
  CreateCaseInput,
  Locale,
  SharingLevel,
} from '../../graphql/graphql';
import {
  chosenFromSaved,
  toCitationInputs,
  type ChosenCitation,
} from '../guidelines/citation-choice';

/**
 * A form kept in sessionStorage by an older version of the editor lacks newer fields; they
 * start empty rather than undefined.
 */
export function withDefaults(stored: CaseForm, language: Locale): CaseForm {
  return { ...emptyForm(language), ...stored };
}

/** The editor's fields as the author types them (strings for text, ids for choices). */
export interface CaseForm {
  title: string;
  summary: string;
  context: string;
  whatHappened: string;
  lessonsLearned: string;
  outcome: CaseOutcome | '';
  year: string;
  language: Locale;
  attribution: Attribution;
  sharingLevel: SharingLevel;
  riskAreaIds: string[];
  collaborationTypeIds: string[];
  countryCodes: string[];
  recipientOrganisationIds: string[];
  /** RED only: the members who may read it, chosen from the member directory. */
  recipientMemberIds: string[];
  /** The chosen members' names, to show them without asking the directory again. */
  recipientMemberNames: Record<string, string>;
  acknowledged: string[];
  /** Guideline sections cited (DOMAIN §13), with the label their tag shows. */
  citations: ChosenCitation[];
}

/** The text fields screened for personal data, in the order the form shows them. */
export const TEXT_FIELDS = [
  'title',
  'summary',
  'context',
  'whatHappened',
  'lessonsLearned',
] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number];

export const LIMITS = { title: 5, summary: 20, context: 20, whatHappened: 20 } as const;

export function emptyForm(language: Locale): CaseForm {
  return {
    title: '',
    summary: '',
    context: '',
    whatHappened: '',
    lessonsLearned: '',
    outcome: '',
    year: '',
    language,
    attribution: 'ORGANISATION',
    sharingLevel: 'GREEN',
    riskAreaIds: [],
    collaborationTypeIds: [],
    countryCodes: [],
    recipientOrganisationIds: [],
    recipientMemberIds: [],
    recipientMemberNames: {},
    acknowledged: [],
    citations: [],
  };
}

export function formFromCase(item: CaseDraftFragment): CaseForm {
  return {
    title: item.title,
    summary: item.summary,
    context: item.context.markdown,
    whatHappened: item.whatHappened.markdown,
    lessonsLearned: item.lessonsLearned?.markdown ?? '',
    outcome: item.outcome,
    year: String(item.year),
    language: item.language,
    attribution: item.attribution,
    sharingLevel: item.sharingLevel,
    riskAreaIds: item.riskAreas.map((t) => t.id),
    collaborationTypeIds: item.collaborationTypes.map((t) => t.id),
    countryCodes: item.countries.map((c) => c.code),
    recipientOrganisationIds: item.recipientOrganisations.map((o) => o.id),
    recipientMemberIds: item.recipientMembers.map((m) => m.id),
    recipientMemberNames: Object.fromEntries(
      item.recipientMembers.map((m) => [m.id, m.displayName]),
    ),
    acknowledged: item.acknowledgedFindings,
    // Labelled in the case's language: the editor has no other at hand here.
    citations: chosenFromSaved(item.citations, item.language),
  };
}

export type FormProblem = { field: keyof CaseForm; key: string; values?: Record<string, unknown> };

/** What must be fixed before the API will take the draft: the same rules it applies. */
export function formProblems(form: CaseForm): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const field of ['title', 'summary', 'context', 'whatHappened'] as const) {
    const length = form[field].trim().length;
    if (length === 0) problems.push({ field, key: `cases.editor.missing.${field}` });
    else if (length < LIMITS[field])
      problems.push({ field, key: 'cases.editor.tooShort', values: { min: LIMITS[field] } });
  }
  if (!form.outcome) problems.push({ field: 'outcome', key: 'cases.editor.missing.outcome' });
  const year = Number(form.year);
  if (!/^\d{4}$/.test(form.year.trim()) || year > new Date().getFullYear() || year < 1990)
    problems.push({ field: 'year', key: 'cases.editor.badYear' });
  if (!form.riskAreaIds.length)
    problems.push({ field: 'riskAreaIds', key: 'cases.editor.missing.riskAreaIds' });
  if (!form.collaborationTypeIds.length)
    problems.push({
      field: 'collaborationTypeIds',
      key: 'cases.editor.missing.collaborationTypeIds',
    });
  if (form.sharingLevel === 'AMBER' && !form.recipientOrganisationIds.length)
    problems.push({
      field: 'recipientOrganisationIds',
      key: 'cases.editor.missing.recipientOrganisationIds',
    });
  if (form.sharingLevel === 'RED' && !form.recipientMemberIds.length)
    problems.push({
      field: 'recipientMemberIds',
      key: 'cases.editor.missing.recipientMemberIds',
    });
  return problems;
}

/** The API input for the form (checked by formProblems first). */
export function toCaseInput(form: CaseForm): CreateCaseInput {
  return {
    title: form.title.trim(),
    summary: form.summary.trim(),
    context: form.context,
    whatHappened: form.whatHappened,
    lessonsLearned: form.lessonsLearned.trim() ? form.lessonsLearned : null,
    outcome: form.outcome as CaseOutcome,
    year: Number(form.year),
    language: form.language,
    attribution: form.attribution,
    sharingLevel: form.sharingLevel,
    riskAreaIds: form.riskAreaIds,
    collaborationTypeIds: form.collaborationTypeIds,
    countryCodes: form.countryCodes,
    recipientOrganisationIds: form.sharingLevel === 'AMBER' ? form.recipientOrganisationIds : [],
    recipientMemberIds: form.sharingLevel === 'RED' ? form.recipientMemberIds : [],
    acknowledgedFindings: form.acknowledged,
    citations: toCitationInputs(form.citations),
  };
}
