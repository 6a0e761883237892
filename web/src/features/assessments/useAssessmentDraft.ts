// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import type { SummaryError } from '../../components/ErrorSummary';
import { getFragmentData } from '../../graphql';
import type { AssessmentFullFragment } from '../../graphql/graphql';
import { clearDraft, loadDraft, saveDraft } from '../cases/draft-storage';
import {
  formFromAssessment,
  formProblems,
  hasChanges,
  rebase,
  toUpdateInput,
  type AssessmentDraft,
  type AssessmentForm,
} from './assessment-form';
import { AssessmentFragment, AssessmentQuery, UpdateAssessmentMutation } from './documents';
import { summaryErrors } from './errors';

export const assessmentDraftKey = (id: string) => `samrad.assessment-draft.${id}`;

/**
 * The editor's state: the member's edits over the saved assessment they started from, kept in
 * this tab's storage on every change (like case drafts: sessionStorage), so a failed save, a
 * conflict or a reload loses nothing. Saving sends only what changed since that base; a
 * CONFLICT (a colleague saved meanwhile) loads the newer assessment for the conflict panel and
 * keeps every edit.
 */
export function useAssessmentDraft(server: AssessmentFullFragment) {
  const { t } = useTranslation();
  const client = useClient();
  const key = assessmentDraftKey(server.id);
  const [stored] = useState(() => loadDraft<AssessmentDraft, string>(key));
  const [draft, setDraft] = useState<AssessmentDraft>(() => {
    const form = formFromAssessment(server);
    return stored?.form ?? { mine: form, base: form };
  });
  const [baseVersion, setBaseVersion] = useState(stored?.baseVersion ?? server.updatedAt);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [conflict, setConflict] = useState<AssessmentFullFragment | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation(UpdateAssessmentMutation);

  const keep = (next: AssessmentDraft, version: string) => {
    setDraft(next);
    setBaseVersion(version);
    if (hasChanges(next)) saveDraft(key, { baseVersion: version, form: next });
    else clearDraft(key);
  };

  /** A newer saved assessment (another mutation's answer): the edits move onto it. */
  const adopt = (newer: AssessmentFullFragment) =>
    keep(rebase(draft, formFromAssessment(newer)), newer.updatedAt);

  async function save(current = draft, version = baseVersion): Promise<boolean> {
    if (fetching) return false;
    setSaved(false);
    const problems = formProblems(current.mine);
    if (problems.length) {
      setErrors(problems.map((p) => ({ field: p.field, message: t(p.key, p.values) })));
      return false;
    }
    setErrors([]);
    const result = await update({ input: toUpdateInput(server.id, version, current) });
    if (result.error) {
      if (toApiProblem(result.error).code === 'CONFLICT') await loadConflict();
      else setErrors(summaryErrors(result.error, t));
      return false;
    }
    if (!result.data) return false;
    const fresh = getFragmentData(AssessmentFragment, result.data.updateAssessment);
    const form = formFromAssessment(fresh);
    keep({ mine: form, base: form }, fresh.updatedAt);
    setConflict(null);
    setSaved(true);
    return true;
  }

  async function loadConflict() {
    const result = await client
      .query(AssessmentQuery, { id: server.id }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data?.assessment) return setErrors([{ message: t('errors.NOT_FOUND') }]);
    setConflict(getFragmentData(AssessmentFragment, result.data.assessment));
    setErrors([{ message: t('assessments.conflict.summary') }]);
  }

  return {
    draft,
    restored: stored !== null,
    errors,
    conflict,
    saved,
    busy: fetching,
    dirty: hasChanges(draft),
    /** The server's `updatedAt` the edits are based on (expectedUpdatedAt of the next change). */
    baseVersion,
    change: (mine: AssessmentForm) => {
      setSaved(false);
      keep({ ...draft, mine }, baseVersion);
    },
    adopt,
    save: () => save(),
    /** Keeps the member's edits over the newer saved assessment and saves them onto it. */
    keepMine: async () => {
      if (!conflict) return;
      const merged = rebase(draft, formFromAssessment(conflict));
      keep(merged, conflict.updatedAt);
      await save(merged, conflict.updatedAt);
    },
    /** Drops the edits for the newer saved assessment. */
    takeTheirs: () => {
      if (!conflict) return;
      const form = formFromAssessment(conflict);
      keep({ mine: form, base: form }, conflict.updatedAt);
      setConflict(null);
      setErrors([]);
    },
  };
}
