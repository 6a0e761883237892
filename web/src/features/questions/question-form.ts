// SPDX-License-Identifier: EUPL-1.2
import type {
  AskQuestionInput,
  Attribution,
  Locale,
  QuestionEditableFragment,
  QuestionStatus,
  SharingLevel,
} from '../../graphql/graphql';
import {
  chosenFromSaved,
  toCitationInputs,
  type ChosenCitation,
} from '../guidelines/citation-choice';

/**
 * Levels an asker can choose. RED here means "only the experts of the authority asked" (this
 * form names no members); the API accepts it when the question is directed (DOMAIN §2, §7).
 */
export const QUESTION_LEVELS: readonly SharingLevel[] = [
  'CLEAR',
  'GREEN',
  'AMBER',
  'AMBER_STRICT',
  'RED',
];

/** What the asker has typed and chosen, as the form holds it (and the tab's storage keeps it). */
export interface QuestionForm {
  title: string;
  body: string;
  topicIds: string[];
  countryCodes: string[];
  directedToIds: string[];
  recipientOrganisationIds: string[];
  sharingLevel: SharingLevel | '';
  attribution: Attribution | '';
  language: Locale;
  /** Fingerprints of findings the asker confirmed are not personal data. */
  acknowledged: string[];
  /**
   * Guideline sections cited (DOMAIN §13), with the label their tag shows; absent in a draft kept
   * by an older version of the form.
   */
  citations?: ChosenCitation[];
}

export function emptyQuestionForm(language: Locale): QuestionForm {
  return {
    title: '',
    body: '',
    topicIds: [],
    countryCodes: [],
    directedToIds: [],
    recipientOrganisationIds: [],
    sharingLevel: '',
    attribution: '',
    language,
    acknowledged: [],
    citations: [],
  };
}

/**
 * What the asker may still edit (the API's rule): a pending or live question, and a rejected
 * one, which editing asks again. A closed question is a moderator's to reopen.
 */
export const EDITABLE_STATUSES: readonly QuestionStatus[] = [
  'PENDING_REVIEW',
  'OPEN',
  'ANSWERED',
  'REJECTED',
];

export function isQuestionEditable(status: QuestionStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

/** The form as the saved question fills it (editing, or taking the saved version). */
export function formFromQuestion(question: QuestionEditableFragment): QuestionForm {
  return {
    title: question.title,
    body: question.body.markdown,
    topicIds: question.topics.map((topic) => topic.id),
    countryCodes: question.countries.map((country) => country.code),
    directedToIds: question.directedTo.map((organisation) => organisation.id),
    recipientOrganisationIds: question.recipientOrganisations.map(
      (organisation) => organisation.id,
    ),
    sharingLevel: question.sharingLevel,
    attribution: question.attribution,
    language: question.language,
    acknowledged: [],
    // Labelled in the question's language: the form has no other at hand here.
    citations: chosenFromSaved(question.citations, question.language),
  };
}

/** Something the asker must fix before the question can go: the field, and why (i18n key). */
export interface FormProblem {
  field:
    | 'title'
    | 'body'
    | 'topicIds'
    | 'sharingLevel'
    | 'attribution'
    | 'recipientOrganisationIds'
    | 'directedToIds';
  reason: string;
}

/**
 * What must be filled in, or does not fit together, before the question can go: checked here
 * so the asker hears about all of it at once. The API checks again (and more, e.g. lengths).
 */
export function formProblems(form: QuestionForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const missing = (field: FormProblem['field']) => problems.push({ field, reason: field });
  if (!form.title.trim()) missing('title');
  if (!form.body.trim()) missing('body');
  if (!form.topicIds.length) missing('topicIds');
  if (!form.sharingLevel) missing('sharingLevel');
  if (!form.attribution) missing('attribution');
  const directed = form.directedToIds.length > 0;
  // AMBER needs readers beyond the asker's organisation: chosen ones, or the authority asked.
  if (form.sharingLevel === 'AMBER' && !form.recipientOrganisationIds.length && !directed)
    missing('recipientOrganisationIds');
  if (form.sharingLevel === 'AMBER_STRICT' && directed)
    problems.push({ field: 'directedToIds', reason: 'directedStrict' });
  if (form.sharingLevel === 'RED' && !directed)
    problems.push({ field: 'directedToIds', reason: 'directedRed' });
  return problems;
}

/** The API's input; call only when formProblems() finds nothing. */
export function toAskInput(form: QuestionForm): AskQuestionInput {
  return {
    title: form.title.trim(),
    body: form.body,
    topicIds: form.topicIds,
    countryCodes: form.countryCodes,
    directedToIds: form.directedToIds,
    // Recipients mean something only at AMBER; a level changed afterwards must not carry them.
    recipientOrganisationIds: form.sharingLevel === 'AMBER' ? form.recipientOrganisationIds : [],
    sharingLevel: form.sharingLevel as SharingLevel,
    attribution: form.attribution as Attribution,
    language: form.language,
    acknowledgedFindings: form.acknowledged,
    citations: toCitationInputs(form.citations ?? []),
  };
}
