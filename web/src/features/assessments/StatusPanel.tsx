// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { DialogForm, FormDialog } from '../../components/FormDialog';
import type { SummaryError } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { getFragmentData } from '../../graphql';
import type { AssessmentDecision, AssessmentFullFragment } from '../../graphql/graphql';
import { formatDate } from '../guidelines/guideline-text';
import { formatLocalDate, todayLocal } from './dates';
import {
  AssessmentFragment,
  DecideAssessmentMutation,
  ReopenAssessmentMutation,
  SetAssessmentReviewDateMutation,
} from './documents';
import { summaryErrors } from './errors';
import { DateInput } from './DateInput';
import { TextAreaField } from './TextAreaField';

const DECISIONS: readonly AssessmentDecision[] = [
  'PROCEED',
  'PROCEED_WITH_MITIGATIONS',
  'DO_NOT_PROCEED',
];

interface Props {
  assessment: AssessmentFullFragment;
  /** The `updatedAt` the member's view is based on (expectedUpdatedAt). */
  baseVersion: string;
  onChanged: (assessment: AssessmentFullFragment) => void;
}

/** Status, decision and review date, and the actions that change them (decide, reopen, date). */
export function StatusPanel({ assessment, baseVersion, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState('');
  const [, reopen] = useMutation(ReopenAssessmentMutation);
  const decided = assessment.status === 'DECIDED';
  return (
    <section className="assessment-panel" aria-labelledby="assessment-status">
      <h2 id="assessment-status">{t('assessments.statusTitle')}</h2>
      <dl className="assessment-facts">
        <div>
          <dt>{t('assessments.statusLabel')}</dt>
          <dd>{t(`assessments.status.${assessment.status}`)}</dd>
        </div>
        {assessment.decision && (
          <div>
            <dt>{t('assessments.decisionLabel')}</dt>
            <dd>
              {t(`assessments.decision.${assessment.decision}`)}
              {assessment.decidedAt && ` (${formatDate(i18n.language, assessment.decidedAt)})`}
            </dd>
          </div>
        )}
        {assessment.decisionReason && (
          <div>
            <dt>{t('assessments.fields.reason')}</dt>
            <dd className="assessment-facts__text">{assessment.decisionReason}</dd>
          </div>
        )}
        <div>
          <dt>{t('assessments.reviewOn')}</dt>
          <dd>
            {assessment.reviewOn
              ? formatLocalDate(i18n.language, assessment.reviewOn)
              : t('assessments.noReviewDate')}
            {assessment.reviewDue && (
              <strong className="badge badge--due"> {t('assessments.reviewDue')}</strong>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('assessments.highestRisk')}</dt>
          <dd>
            {assessment.highestRisk
              ? t(`assessments.risk.${assessment.highestRisk}`)
              : t('assessments.noRisk')}
          </dd>
        </div>
        <div>
          <dt>{t('assessments.openMitigations')}</dt>
          <dd>{assessment.openMitigationCount}</dd>
        </div>
      </dl>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <p className="actions">
        {!decided && (
          <DecideDialog assessment={assessment} baseVersion={baseVersion} onChanged={onChanged} />
        )}
        {decided && (
          <Button
            className="button button--secondary"
            onPress={() =>
              void reopen({ id: assessment.id, expectedUpdatedAt: baseVersion }).then((result) => {
                if (result.error)
                  return setProblem(
                    toApiProblem(result.error).code === 'CONFLICT'
                      ? t('assessments.conflict.status')
                      : t(errorMessageKey(toApiProblem(result.error).code)),
                  );
                setProblem('');
                if (result.data)
                  onChanged(getFragmentData(AssessmentFragment, result.data.reopenAssessment));
              })
            }
          >
            {t('assessments.reopen')}
          </Button>
        )}{' '}
        <ReviewDateDialog assessment={assessment} onChanged={onChanged} />
      </p>
    </section>
  );
}

/**
 * A review date before today, refused before asking the API (which refuses it too, as
 * `IN_PAST`): both dialogs that set one say so beside the field, without a round trip.
 */
function reviewDateInPast(reviewOn: string, t: (key: string) => string): SummaryError | null {
  return reviewOn && reviewOn < todayLocal()
    ? { field: 'reviewOn', message: t('assessments.reviewInPast') }
    : null;
}

function DecideDialog({ assessment, baseVersion, onChanged }: Props) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<AssessmentDecision | ''>('');
  const [reason, setReason] = useState('');
  const [reviewOn, setReviewOn] = useState(assessment.reviewOn ?? '');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [{ fetching }, decide] = useMutation(DecideAssessmentMutation);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <FormDialog label={t('assessments.decide.open')}>
      {(close) => (
        <DialogForm
          title={t('assessments.decide.title')}
          intro={t('assessments.decide.intro')}
          errors={errors}
          submitLabel={t('assessments.decide.submit')}
          close={close}
          onSubmit={async () => {
            if (fetching) return;
            const problems: SummaryError[] = [];
            if (!decision)
              problems.push({ field: 'decision', message: t('assessments.missing.decision') });
            if (!reason.trim())
              problems.push({ field: 'reason', message: t('assessments.missing.reason') });
            const pastReview = reviewDateInPast(reviewOn, t);
            if (pastReview) problems.push(pastReview);
            setErrors(problems);
            if (problems.length || !decision) return;
            const result = await decide({
              input: {
                id: assessment.id,
                expectedUpdatedAt: baseVersion,
                decision,
                reason: reason.trim(),
                reviewOn: reviewOn || null,
              },
            });
            if (result.error) {
              const code = toApiProblem(result.error).code;
              return setErrors(
                code === 'CONFLICT'
                  ? [{ message: t('assessments.conflict.status') }]
                  : code === 'INVALID_STATE'
                    ? [{ message: t('assessments.decide.invalidState') }]
                    : summaryErrors(result.error, t),
              );
            }
            if (!result.data) return;
            onChanged(getFragmentData(AssessmentFragment, result.data.decideAssessment));
            close();
          }}
        >
          <SelectField
            name="decision"
            label={t('assessments.decisionLabel')}
            value={decision}
            emptyLabel={t('assessments.decide.choose')}
            options={DECISIONS.map((value) => ({
              value,
              label: t(`assessments.decision.${value}`),
            }))}
            onChange={(value) => setDecision(DECISIONS.find((d) => d === value) ?? '')}
            error={errorFor('decision')}
          />
          <TextAreaField
            name="reason"
            label={t('assessments.fields.reason')}
            hint={t('assessments.hints.reason')}
            value={reason}
            onChange={setReason}
            error={errorFor('reason')}
            rows={4}
            isRequired
          />
          <DateInput
            name="reviewOn"
            label={t('assessments.reviewOn')}
            hint={t('assessments.hints.reviewOn')}
            value={reviewOn}
            onChange={setReviewOn}
            error={errorFor('reviewOn')}
          />
        </DialogForm>
      )}
    </FormDialog>
  );
}

function ReviewDateDialog({
  assessment,
  onChanged,
}: {
  assessment: AssessmentFullFragment;
  onChanged: (assessment: AssessmentFullFragment) => void;
}) {
  const { t } = useTranslation();
  const [reviewOn, setReviewOn] = useState(assessment.reviewOn ?? '');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [{ fetching }, setDate] = useMutation(SetAssessmentReviewDateMutation);
  return (
    <FormDialog label={t('assessments.reviewDate.open')} buttonClassName="button button--secondary">
      {(close) => (
        <DialogForm
          title={t('assessments.reviewDate.title')}
          intro={t('assessments.reviewDate.intro')}
          errors={errors}
          submitLabel={t('assessments.reviewDate.submit')}
          close={close}
          onSubmit={async () => {
            if (fetching) return;
            const pastReview = reviewDateInPast(reviewOn, t);
            if (pastReview) return setErrors([pastReview]);
            setErrors([]);
            const result = await setDate({ id: assessment.id, reviewOn: reviewOn || null });
            if (result.error) return setErrors(summaryErrors(result.error, t));
            if (!result.data) return;
            onChanged(getFragmentData(AssessmentFragment, result.data.setAssessmentReviewDate));
            close();
          }}
        >
          <DateInput
            name="reviewOn"
            label={t('assessments.reviewOn')}
            hint={t('assessments.hints.reviewDateEmpty')}
            value={reviewOn}
            onChange={setReviewOn}
            error={errors.find((e) => e.field === 'reviewOn')?.message}
          />
        </DialogForm>
      )}
    </FormDialog>
  );
}
