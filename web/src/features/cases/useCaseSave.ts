// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, type CombinedError } from 'urql';
import { errorMessageKey, fieldProblemText, toApiProblem } from '../../app/errors';
import type { SummaryError } from '../../components/ErrorSummary';
import { getFragmentData } from '../../graphql';
import { formFromCase, formProblems, toCaseInput, type CaseForm } from './case-form';
import {
  CaseDraftFragment,
  CaseDraftQuery,
  CreateCaseMutation,
  SubmitCaseMutation,
  UpdateCaseMutation,
} from './documents';
import { unresolvedFindings } from '../../components/screening/pii-problem';

/** The server's text when a save met a newer version: shown beside the author's own. */
export interface Conflict {
  server: CaseForm;
  version: number;
}

interface SaveState {
  id: string | undefined;
  form: CaseForm;
  baseVersion: number | null;
  /** After the server accepted the text: its id and new version. */
  onSaved: (id: string, version: number, created: boolean) => void;
}

/**
 * Saving (createCase / updateCase with the expected version) and submitting (submitCase) a case,
 * turning every API error into messages for the form. Nothing typed is touched on a failure.
 */
export function useCaseSave({ id, form, baseVersion, onSaved }: SaveState) {
  const { t } = useTranslation();
  const client = useClient();
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const [, create] = useMutation(CreateCaseMutation);
  const [, update] = useMutation(UpdateCaseMutation);
  const [, submitMutation] = useMutation(SubmitCaseMutation);

  const label = (field: string) => t(`cases.fields.${field}`, { defaultValue: field });

  function report(error: CombinedError) {
    const problem = toApiProblem(error);
    if (problem.code === 'PII_UNRESOLVED') {
      return setErrors(
        unresolvedFindings(error).map((finding) => ({
          field: finding.field,
          message: t('screening.findings.unresolved', {
            field: label(finding.field),
            kind: t(`screening.findingKind.${finding.kind}`),
            from: finding.start + 1,
            to: finding.end,
          }),
        })),
      );
    }
    if (problem.code === 'BAD_USER_INPUT' && problem.fields.length)
      return setErrors(
        problem.fields.map((f) => ({
          field: f.field,
          message: `${label(f.field)}: ${fieldProblemText(t, f)}`,
        })),
      );
    setErrors([{ message: t(errorMessageKey(problem.code)) }]);
  }

  async function loadConflict(caseId: string) {
    const result = await client
      .query(CaseDraftQuery, { id: caseId }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data?.case) return setErrors([{ message: t('errors.CONFLICT') }]);
    const server = getFragmentData(CaseDraftFragment, result.data.case);
    setConflict({ server: formFromCase(server), version: server.version });
    setErrors([{ message: t('cases.conflict.summary') }]);
  }

  /** Saves the form; the case's id and version, or null (errors shown). */
  async function save(
    expectedVersion = baseVersion,
  ): Promise<{ id: string; version: number } | null> {
    const problems = formProblems(form);
    if (problems.length) {
      setErrors(problems.map((p) => ({ field: p.field, message: t(p.key, p.values) })));
      return null;
    }
    const input = toCaseInput(form);
    if (!id) {
      const result = await create({ input });
      if (!result.data) {
        if (result.error) report(result.error);
        return null;
      }
      const saved = getFragmentData(CaseDraftFragment, result.data.createCase);
      onSaved(saved.id, saved.version, true);
      return { id: saved.id, version: saved.version };
    }
    const result = await update({ input: { ...input, id, expectedVersion: expectedVersion ?? 0 } });
    if (!result.data) {
      if (result.error && toApiProblem(result.error).code === 'CONFLICT') await loadConflict(id);
      else if (result.error) report(result.error);
      return null;
    }
    const saved = getFragmentData(CaseDraftFragment, result.data.updateCase);
    setConflict(null);
    onSaved(saved.id, saved.version, false);
    return { id: saved.id, version: saved.version };
  }

  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    if (busy) return null;
    setBusy(true);
    setErrors([]);
    try {
      return await action();
    } finally {
      setBusy(false);
    }
  }

  return {
    errors,
    conflict,
    busy,
    dismissConflict: () => setConflict(null),
    save: (expectedVersion?: number) => run(() => save(expectedVersion)),
    /** Saves, then submits: true when the case went to moderation or its readers. */
    submit: () =>
      run(async () => {
        const saved = await save();
        if (!saved) return false;
        const result = await submitMutation({
          input: { id: saved.id, acknowledgedFindings: form.acknowledged },
        });
        if (result.error) report(result.error);
        return Boolean(result.data);
      }),
  };
}
