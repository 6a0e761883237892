// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { DeleteAssessmentMutation } from './documents';

/** Deletes the assessment for good (the owner), after confirming in a dialog. */
export function DeleteAssessmentButton({ id, onDeleted }: { id: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [{ fetching }, remove] = useMutation(DeleteAssessmentMutation);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <DialogTrigger>
      <Button className="button button--warning">{t('assessments.delete.open')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('assessments.delete.title')}</Heading>
                <p>{t('assessments.delete.body')}</p>
                {problem && (
                  <p className="field__error" role="alert">
                    {problem}
                  </p>
                )}
                <p className="actions">
                  <Button
                    className="button button--warning"
                    onPress={() => {
                      void (async () => {
                        if (fetching) return;
                        const result = await remove({ id });
                        if (result.error)
                          return setProblem(t(errorMessageKey(toApiProblem(result.error).code)));
                        close();
                        onDeleted();
                      })();
                    }}
                  >
                    {t('assessments.delete.confirm')}
                  </Button>{' '}
                  <Button className="button button--secondary" onPress={close}>
                    {t('dialog.cancel')}
                  </Button>
                </p>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
