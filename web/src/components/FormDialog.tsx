// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ErrorSummary, type SummaryError } from './ErrorSummary';

/**
 * A button that opens a modal form (React Aria: focus moves in and back, Escape and a click
 * outside close it). `children` gets `close`, for the form to close itself once it is done.
 */
export function FormDialog({
  label,
  buttonClassName = 'button',
  children,
}: {
  label: string;
  buttonClassName?: string;
  children: (close: () => void) => ReactNode;
}) {
  return (
    <DialogTrigger>
      <Button className={buttonClassName}>{label}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">{({ close }) => children(close)}</Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/**
 * The form inside a FormDialog, GOV.UK style: its title, an error summary that links to each
 * field, the fields, then the verb that sends it and a way out.
 */
export function DialogForm({
  title,
  intro,
  errors,
  submitLabel,
  onSubmit,
  close,
  children,
}: {
  title: string;
  intro?: string;
  errors: readonly SummaryError[];
  submitLabel: string;
  onSubmit: () => Promise<void>;
  close: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <Heading slot="title">{title}</Heading>
      {intro && <p>{intro}</p>}
      <ErrorSummary errors={errors} />
      <div className="form">{children}</div>
      <p className="dialog__actions">
        <Button type="submit" className="button">
          {submitLabel}
        </Button>
        <Button className="button button--secondary" onPress={close}>
          {t('dialog.cancel')}
        </Button>
      </p>
    </form>
  );
}
