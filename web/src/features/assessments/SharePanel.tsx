// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useSession } from '../../app/session';
import { DialogForm, FormDialog } from '../../components/FormDialog';
import type { SummaryError } from '../../components/ErrorSummary';
import { getFragmentData } from '../../graphql';
import type { AssessmentFullFragment } from '../../graphql/graphql';
import { RecipientMemberPicker } from '../cases/RecipientMemberPicker';
import { AssessmentFragment, ShareAssessmentMutation } from './documents';
import { summaryErrors } from './errors';

/**
 * Who can read the assessment (the owner and the colleagues it is shared with, nobody else) and,
 * for the owner, a dialog to change the colleagues: the member directory, restricted to the
 * owner's own organisation.
 */
export function SharePanel({
  assessment,
  onChanged,
}: {
  assessment: AssessmentFullFragment;
  onChanged: (assessment: AssessmentFullFragment) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="assessment-panel" aria-labelledby="assessment-access">
      <h2 id="assessment-access">{t('assessments.share.heading')}</h2>
      <p>{t('assessments.share.owner', { name: assessment.owner.displayName })}</p>
      {assessment.sharedWith.length === 0 ? (
        <p>{t('assessments.share.nobody')}</p>
      ) : (
        <>
          <p id="assessment-readers">{t('assessments.share.readers')}</p>
          <ul aria-labelledby="assessment-readers">
            {assessment.sharedWith.map((member) => (
              <li key={member.id}>{member.displayName}</li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">{t('assessments.whoReads')}</p>
      {assessment.viewerIsOwner && <ShareDialog assessment={assessment} onChanged={onChanged} />}
    </section>
  );
}

function ShareDialog({
  assessment,
  onChanged,
}: {
  assessment: AssessmentFullFragment;
  onChanged: (assessment: AssessmentFullFragment) => void;
}) {
  const { t } = useTranslation();
  const { member } = useSession();
  const initial = () => ({
    ids: assessment.sharedWith.map((m) => m.id),
    names: Object.fromEntries(assessment.sharedWith.map((m) => [m.id, m.displayName])),
  });
  const [chosen, setChosen] = useState(initial);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [{ fetching }, share] = useMutation(ShareAssessmentMutation);
  return (
    <FormDialog label={t('assessments.share.open')} buttonClassName="button button--secondary">
      {(close) => (
        <DialogForm
          title={t('assessments.share.title')}
          intro={t('assessments.share.intro', {
            organisation: member?.organisation?.name ?? '',
          })}
          errors={errors}
          submitLabel={t('assessments.share.submit')}
          close={() => {
            setChosen(initial());
            setErrors([]);
            close();
          }}
          onSubmit={async () => {
            if (fetching) return;
            const result = await share({ input: { id: assessment.id, memberIds: chosen.ids } });
            if (result.error) return setErrors(summaryErrors(result.error, t));
            if (!result.data) return;
            onChanged(getFragmentData(AssessmentFragment, result.data.shareAssessment));
            close();
          }}
        >
          <RecipientMemberPicker
            name="memberIds"
            label={t('assessments.share.colleagues')}
            hint={t('assessments.share.colleaguesHint')}
            organisationId={member?.organisation?.id}
            selected={chosen.ids}
            names={chosen.names}
            onChange={(ids, names) => setChosen({ ids, names })}
            error={errors.find((e) => e.field === 'memberIds')?.message}
          />
        </DialogForm>
      )}
    </FormDialog>
  );
}
