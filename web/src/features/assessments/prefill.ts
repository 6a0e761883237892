// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from '../../graphql/graphql';
import type { ChosenCitation } from '../guidelines/citation-choice';
import { emptyForm, type CaseForm } from '../cases/case-form';
import { draftKey, loadDraft, saveDraft } from '../cases/draft-storage';
import { emptyQuestionForm, type QuestionForm } from '../questions/question-form';

/** The ask form's unsent question in this tab (AskQuestionPage keeps it under this key). */
export const QUESTION_DRAFT_KEY = 'samrad.question-draft.new';
export const CASE_DRAFT_KEY = draftKey(undefined);

export interface Excerpt {
  title: string;
  markdown: string;
  /** The excerpt's citations, labelled as the forms' citation picker shows them. */
  citations: readonly ChosenCitation[];
}

/** Whether starting from an excerpt would replace text already started in that form. */
export function hasUnsentDraft(key: string, storage: Storage = sessionStorage): boolean {
  return loadDraft(key, storage) !== null;
}

/**
 * "Ask about this": the excerpt becomes the ask form's draft, the way the form itself keeps an
 * unsent question, so the form opens with it and screens it like anything typed there. Only
 * the excerpt is carried (title, text and citations), nothing else of the assessment.
 */
export function prefillQuestion(excerpt: Excerpt, language: Locale, storage?: Storage) {
  const form: QuestionForm = {
    ...emptyQuestionForm(language),
    title: excerpt.title,
    body: excerpt.markdown,
    citations: [...excerpt.citations],
  };
  saveDraft(QUESTION_DRAFT_KEY, { baseVersion: null, form }, storage);
}

/**
 * "Share as case": a new case draft with the excerpt as its background, anonymous by default
 * (the author can change it); the case editor screens it as it screens everything.
 */
export function prefillCase(excerpt: Excerpt, language: Locale, storage?: Storage) {
  const form: CaseForm = {
    ...emptyForm(language),
    title: excerpt.title,
    context: excerpt.markdown,
    attribution: 'ANONYMOUS',
    citations: [...excerpt.citations],
  };
  saveDraft(CASE_DRAFT_KEY, { baseVersion: null, form }, storage);
}
