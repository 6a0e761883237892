// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dialog,
  DialogTrigger,
  FieldError,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { errorMessageKey, type ApiProblem } from '../app/errors';

export interface ReasonDialogProps {
  /** The button that opens the dialog. */
  trigger: string;
  triggerClassName?: string;
  title: string;
  /** What will happen, in plain words, above the form. */
  description?: ReactNode;
  reasonLabel: string;
  reasonHint?: string;
  /** The shortest reason the API accepts. */
  minLength: number;
  maxLength?: number;
  submitLabel: string;
  /** More fields above the reason (e.g. roles); they keep their own state. */
  children?: ReactNode;
  /**
   * Runs the action; a problem keeps the dialog open with the message, null closes it (or
   * shows `result` when given, for actions whose answer the person must read, like a reveal).
   */
  onSubmit: (reason: string) => Promise<ApiProblem | null>;
  /** After a success, show `result` in the dialog instead of closing it (then "Close"). */
  showsResult?: boolean;
  result?: ReactNode;
  /** A problem in the extra fields, checked before the reason is sent. */
  validate?: () => string | null;
}

/**
 * An action that needs a written reason (decisions, reveals, redactions, roles, suspensions):
 * a modal dialog with a labelled, required text area whose error is tied to it, the API's
 * problem said in words, and focus returned to the button when it closes (React Aria).
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const { trigger, triggerClassName = 'button button--secondary' } = props;
  return (
    <DialogTrigger>
      <Button className={triggerClassName}>{trigger}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => <ReasonForm {...props} close={close} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function ReasonForm({
  title,
  description,
  reasonLabel,
  reasonHint,
  minLength,
  maxLength = 2000,
  submitLabel,
  children,
  onSubmit,
  result,
  showsResult = false,
  validate,
  close,
}: ReasonDialogProps & { close: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  // The form (and the button that had focus) is gone once the result shows: keep focus in the
  // dialog, on the one thing left to do.
  useEffect(() => {
    if (done) closeRef.current?.focus();
  }, [done]);

  if (done)
    return (
      <>
        <Heading slot="title">{title}</Heading>
        <div role="status">{result}</div>
        <p className="dialog__actions">
          <Button className="button" onPress={close} ref={closeRef}>
            {t('dialog.close')}
          </Button>
        </p>
      </>
    );

  const submit = async () => {
    if (pending) return;
    const other = validate?.() ?? null;
    const trimmed = reason.trim();
    const short =
      trimmed.length < minLength ? t('dialog.reasonTooShort', { min: minLength }) : null;
    setReasonError(short);
    setProblem(other);
    if (short || other) return;
    setPending(true);
    const failure = await onSubmit(trimmed);
    setPending(false);
    if (failure) {
      const field = failure.fields.find((f) => f.field === 'reason');
      if (field) setReasonError(t('dialog.reasonRejected'));
      return setProblem(t(errorMessageKey(failure.code)));
    }
    if (showsResult) setDone(true);
    else close();
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Heading slot="title">{title}</Heading>
      {description}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {children}
      <TextField
        className="field"
        value={reason}
        onChange={setReason}
        isRequired
        maxLength={maxLength}
        isInvalid={Boolean(reasonError)}
        validationBehavior="aria"
      >
        <Label className="field__label">{reasonLabel}</Label>
        {reasonHint && (
          <Text slot="description" className="field__hint">
            {reasonHint}
          </Text>
        )}
        <FieldError className="field__error">{reasonError}</FieldError>
        <TextArea className="field__input field__textarea" rows={4} />
      </TextField>
      <p className="dialog__actions">
        {/* Not isPending: React Aria's pending announcement outlives the form and fails axe. */}
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
