// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import './questions.css';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { ConflictPanel } from '../../components/ConflictPanel';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { getFragmentData } from '../../graphql';
import type {
  QuestionEditableFragment,
  QuestionVocabularyQuery as Vocabulary,
} from '../../graphql/graphql';
import { IntakeNotice } from '../cases/IntakeNotice';
import {
  QuestionEditableFragment as EditableFragment,
  QuestionEditQuery,
  QuestionVocabularyQuery,
  UpdateQuestionMutation,
} from './documents';
import { summaryErrors } from './form-errors';
import {
  formFromQuestion,
  formProblems,
  isQuestionEditable,
  toAskInput,
  type QuestionForm,
} from './question-form';
import { QuestionFormFields } from './QuestionFormFields';
import { useQuestionDraft } from './useQuestionDraft';

/** The asker's own unsent edits, per question, for this tab only (as case drafts). */
const draftKey = (id: string) => `samrad.question-draft.${id}`;

/**
 * `/questions/:id/edit`: the asker edits their question with the same fields and screening as
 * asking. A rejected question is asked again by editing it; a save that meets a newer version
 * shows both texts instead of losing what was typed.
 */
export function EditQuestionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [vocabulary, refetchVocabulary] = useQuery({ query: QuestionVocabularyQuery });
  const [question, refetchQuestion] = useQuery({
    query: QuestionEditQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const title = t('questions.edit.title');
  const error = vocabulary.error ?? question.error;
  if (error)
    return (
      <Page title={title}>
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => {
            refetchVocabulary({ requestPolicy: 'network-only' });
            refetchQuestion({ requestPolicy: 'network-only' });
          }}
        />
      </Page>
    );
  if (!vocabulary.data || !question.data) return <Loading />;
  const server = question.data.question
    ? getFragmentData(EditableFragment, question.data.question)
    : null;
  // Not found, not readable, someone else's or no longer editable: nothing to edit here.
  if (!server?.viewerIsAuthor || !isQuestionEditable(server.status))
    return (
      <Page title={title}>
        <ErrorState problem={{ code: server ? 'FORBIDDEN' : 'NOT_FOUND', fields: [] }} />
        {server && (
          <p>
            <Link to={`/questions/${server.id}`}>{t('questions.edit.back')}</Link>
          </p>
        )}
      </Page>
    );
  return (
    <Page title={title}>
      <QuestionEditor key={server.id} server={server} vocabulary={vocabulary.data} />
    </Page>
  );
}

/** The saved text a conflicting save met, shown beside the asker's own. */
interface Conflict {
  server: QuestionForm;
  version: number;
}

function QuestionEditor({
  server,
  vocabulary,
}: {
  server: QuestionEditableFragment;
  vocabulary: Vocabulary;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useClient();
  const draft = useQuestionDraft(
    draftKey(server.id),
    () => formFromQuestion(server),
    server.version,
  );
  const { form } = draft;
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [{ fetching }, updateQuestion] = useMutation(UpdateQuestionMutation);
  const busy = useRef(false);
  const label = (field: string) => t(`questions.fields.${field}`, { defaultValue: field });
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const rejected = server.status === 'REJECTED';

  async function loadConflict() {
    const result = await client
      .query(QuestionEditQuery, { id: server.id }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data?.question) return setErrors([{ message: t('errors.CONFLICT') }]);
    const saved = getFragmentData(EditableFragment, result.data.question);
    setConflict({ server: formFromQuestion(saved), version: saved.version });
    setErrors([{ message: t('questions.conflict.summary') }]);
  }

  async function save(expectedVersion: number) {
    if (busy.current || fetching) return;
    const problems = formProblems(form);
    if (problems.length)
      return setErrors(
        problems.map(({ field, reason }) => ({ field, message: t(`questions.missing.${reason}`) })),
      );
    busy.current = true;
    setErrors([]);
    const result = await updateQuestion({
      input: { ...toAskInput(form), id: server.id, expectedVersion },
    });
    busy.current = false;
    if (result.error && toApiProblem(result.error).code === 'CONFLICT') return loadConflict();
    if (result.error) return setErrors(summaryErrors(result.error, t, label));
    if (!result.data) return;
    draft.clear();
    void navigate(`/questions/${server.id}`, {
      state: { edited: result.data.updateQuestion.status },
    });
  }

  return (
    <>
      {server.moderationNote && (
        <div className="notice" role="note">
          <strong>{t('cases.moderatorNote')}</strong> {server.moderationNote}
        </div>
      )}
      {rejected && <p className="notice">{t('questions.edit.rejectedIntro')}</p>}
      <IntakeNotice />
      {draft.restored && (
        <p className="notice" role="status">
          {t('questions.ask.restored')}
        </p>
      )}
      <ErrorSummary errors={errors} />
      {conflict && (
        <ConflictPanel
          title={t('questions.conflict.title')}
          body={t('questions.conflict.body')}
          texts={(['title', 'body'] as const).map((field) => ({
            name: field,
            label: label(field),
            mine: form[field],
            theirs: conflict.server[field],
          }))}
          onKeepMine={() => {
            draft.rebase(conflict.version);
            setConflict(null);
            void save(conflict.version);
          }}
          onTakeServer={() => {
            draft.reset(conflict.server, conflict.version);
            setConflict(null);
            setErrors([]);
          }}
        />
      )}
      <form
        className="form form--wide"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void save(draft.baseVersion ?? server.version);
        }}
      >
        <QuestionFormFields
          form={form}
          update={draft.update}
          vocabulary={vocabulary}
          fieldError={errorFor}
        />
        <div className="actions">
          <Button type="submit" className="button" isDisabled={fetching}>
            {rejected ? t('questions.edit.resubmit') : t('questions.edit.save')}
          </Button>{' '}
          <Link to={`/questions/${server.id}`}>{t('questions.edit.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
