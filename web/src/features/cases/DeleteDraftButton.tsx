// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmActionButton } from '../../components/ConfirmActionButton';
import { DeleteCaseMutation } from './documents';

/** Deletes a draft for good, after the author confirms in a dialog. */
export function DeleteDraftButton({ id, onDeleted }: { id: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [, remove] = useMutation(DeleteCaseMutation);
  return (
    <ConfirmActionButton
      label={t('cases.delete.open')}
      title={t('cases.delete.title')}
      body={t('cases.delete.body')}
      confirmLabel={t('cases.delete.confirm')}
      cancelLabel={t('cases.delete.cancel')}
      action={() => remove({ input: { id } })}
      onDone={onDeleted}
    />
  );
}
