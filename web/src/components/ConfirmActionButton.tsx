// SPDX-License-Identifier: EUPL-1.2
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { CombinedError } from 'urql';
import { errorMessageKey, toApiProblem } from '../app/errors';

interface ConfirmActionButtonProps {
  /** The button's text, and its accessible name where the text alone is ambiguous in a list. */
  label: string;
  ariaLabel?: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** The action, once confirmed; an error keeps the dialog open with the API's message. */
  action: () => Promise<{ error?: CombinedError }>;
  onDone: () => void;
}

/**
 * A button for an action that cannot be undone (deleting a draft or an assessment, revoking an
 * invitation): it opens an alert dialog that says what will happen, and acts only when the
 * member confirms. A refusal from the API is shown in the dialog, next to the choice again.
 */
export function ConfirmActionButton(props: ConfirmActionButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function confirm(close: () => void) {
    if (busy) return;
    setBusy(true);
    const result = await props.action().finally(() => setBusy(false));
    if (result.error) return setProblem(t(errorMessageKey(toApiProblem(result.error).code)));
    close();
    props.onDone();
  }
  return (
    <DialogTrigger onOpenChange={() => setProblem(null)}>
      <Button className="button button--warning" aria-label={props.ariaLabel}>
        {props.label}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{props.title}</Heading>
                <p>{props.body}</p>
                {problem && (
                  <p className="field__error" role="alert">
                    {problem}
                  </p>
                )}
                <p className="actions">
                  <Button className="button button--warning" onPress={() => void confirm(close)}>
                    {props.confirmLabel}
                  </Button>{' '}
                  <Button className="button button--secondary" onPress={close}>
                    {props.cancelLabel}
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
