// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import './questions.css';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import type { QuestionVocabularyQuery } from '../../graphql/graphql';
import { IntakeNotice } from '../cases/IntakeNotice';
import { CarriedCitations } from '../guidelines/CarriedCitations';
import { AskQuestionMutation, QuestionVocabularyQuery as VocabularyQuery } from './documents';
import { summaryErrors } from './form-errors';
import { emptyQuestionForm, formProblems, toAskInput } from './question-form';
import { QuestionFormFields } from './QuestionFormFields';
import { useQuestionDraft } from './useQuestionDraft';

/** Unsent questions are kept for this tab only, like case drafts (sessionStorage). */
const DRAFT_KEY = 'samrad.question-draft.new';

/** `/questions/new`: asking is submitting (there are no question drafts on the server). */
export function AskQuestionPage() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: VocabularyQuery });
  const title = t('questions.ask.title');
  if (error && !data)
    return (
      <Page title={title}>
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </Page>
    );
  if (!data) return <Loading />;
  return (
    <Page title={title}>
      <AskQuestionForm vocabulary={data} />
    </Page>
  );
}

function AskQuestionForm({ vocabulary }: { vocabulary: QuestionVocabularyQuery }) {
  const { t, i18n } = useTranslation();
  const { member } = useSession();
  const navigate = useNavigate();
  const draft = useQuestionDraft(
    DRAFT_KEY,
    () => emptyQuestionForm(i18n.language === 'en' ? 'EN' : 'SV'),
    null,
  );
  const { form, update } = draft;
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [{ fetching }, ask] = useMutation(AskQuestionMutation);
  const busy = useRef(false);

  const label = (field: string) => t(`questions.fields.${field}`, { defaultValue: field });
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy.current || fetching) return;
    const problems = formProblems(form);
    if (problems.length)
      return setErrors(
        problems.map(({ field, reason }) => ({ field, message: t(`questions.missing.${reason}`) })),
      );
    busy.current = true;
    const result = await ask({ input: toAskInput(form) });
    busy.current = false;
    if (result.error) return setErrors(summaryErrors(result.error, t, label));
    if (!result.data) return;
    draft.clear();
    const { id, status } = result.data.askQuestion;
    void navigate(`/questions/${id}`, { state: { asked: status } });
  }

  return (
    <>
      <IntakeNotice />
      {draft.restored && (
        <p className="notice" role="status">
          {t('questions.ask.restored')}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <form className="form form--wide" noValidate onSubmit={(event) => void onSubmit(event)}>
        <QuestionFormFields
          form={form}
          update={update}
          vocabulary={vocabulary}
          fieldError={errorFor}
        />
        <CarriedCitations citations={form.citations} onRemove={() => update({ citations: [] })} />
        <p className="hint">
          {t('questions.ask.organisationNote', { organisation: member?.organisation?.name ?? '' })}
        </p>
        <div className="actions">
          <Button type="submit" className="button" isDisabled={fetching}>
            {t('questions.ask.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
