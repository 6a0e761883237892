import type { AskQuestionInput, Attribution, Locale, SharingLevel } from '../../graphql/graphql';

/**
 * Levels an asker can choose here. RED needs named members, which this form cannot pick; a
 * RED question directed to an authority would reach only its experts, so AMBER_STRICT and AMBER
 * cover the restricted cases a person asks for.
 */
export const QUESTION_LEVELS: readonly SharingLevel[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT'];
export const ATTRIBUTIONS: readonly Attribution[] = ['NAMED', 'ORGANISATION', 'ANONYMOUS'];

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
  };
}

/** A field the asker has not answered yet, named as the API names it. */
export interface MissingField {
  field:
    'title' | 'body' | 'topicIds' | 'sharingLevel' | 'attribution' | 'recipientOrganisationIds';
}

/**
 * What must be filled in before the question can go: checked here so the asker hears about all
 * of it at once; the API checks again (and more, e.g. lengths) and its answer is shown too.
 */
export function missingFields(form: QuestionForm): MissingField['field'][] {
  const missing: MissingField['field'][] = [];
  if (!form.title.trim()) missing.push('title');
  if (!form.body.trim()) missing.push('body');
  if (!form.topicIds.length) missing.push('topicIds');
  if (!form.sharingLevel) missing.push('sharingLevel');
  if (!form.attribution) missing.push('attribution');
  if (form.sharingLevel === 'AMBER' && !form.recipientOrganisationIds.length)
    missing.push('recipientOrganisationIds');
  return missing;
}

/** The API's input; call only when missingFields() is empty. */
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
  };
}
