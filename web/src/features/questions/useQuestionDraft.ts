// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { clearDraft, loadDraft, saveDraft } from '../cases/draft-storage';
import type { QuestionForm } from './question-form';

/**
 * The question form's state, kept in this tab's storage on every change (like case drafts), so
 * that nothing typed is lost on a failed send, a conflict or a reload. `baseVersion` is the
 * server version an edit is based on (null when asking).
 */
export function useQuestionDraft(
  key: string,
  initial: () => QuestionForm,
  initialVersion: number | null,
) {
  const [stored] = useState(() => loadDraft<QuestionForm>(key));
  const [form, setForm] = useState<QuestionForm>(() => stored?.form ?? initial());
  const [baseVersion, setBaseVersion] = useState(stored?.baseVersion ?? initialVersion);

  const keep = (next: QuestionForm, version: number | null) => {
    setForm(next);
    setBaseVersion(version);
    saveDraft(key, { baseVersion: version, form: next });
  };
  return {
    form,
    baseVersion,
    /** The form came back from this tab's storage (say so: it is not what the server has). */
    restored: stored !== null,
    update: (patch: Partial<QuestionForm>) => keep({ ...form, ...patch }, baseVersion),
    /** Rebases the typed text on a newer version (keeping it over a conflicting save). */
    rebase: (version: number) => keep(form, version),
    /** Replaces the form with the server's (taking the saved version); nothing left to keep. */
    reset: (next: QuestionForm, version: number) => {
      setForm(next);
      setBaseVersion(version);
      clearDraft(key);
    },
    clear: () => clearDraft(key),
  };
}
