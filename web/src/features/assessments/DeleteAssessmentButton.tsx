// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmActionButton } from '../../components/ConfirmActionButton';
import { DeleteAssessmentMutation } from './documents';

/** Deletes the assessment for good (the owner), after confirming in a dialog. */
export function DeleteAssessmentButton({ id, onDeleted }: { id: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [, remove] = useMutation(DeleteAssessmentMutation);
  return (
    <ConfirmActionButton
      label={t('assessments.delete.open')}
      title={t('assessments.delete.title')}
      body={t('assessments.delete.body')}
      confirmLabel={t('assessments.delete.confirm')}
      cancelLabel={t('dialog.cancel')}
      action={() => remove({ id })}
      onDone={onDeleted}
    />
  );
}
