// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
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
  Radio,
  RadioGroup,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../app/errors';
import { graphql } from '../graphql';
import type { ContentType, FlagReason } from '../graphql/graphql';

export const FlagContentMutation = graphql(`
  mutation FlagContent($input: FlagContentInput!) {
    flagContent(input: $input) {
      contentHidden
    }
  }
`);

export const FLAG_REASONS: readonly FlagReason[] = [
  'PERSONAL_DATA',
  'SENSITIVE',
  'OFF_TOPIC',
  'INCORRECT',
  'ABUSIVE',
  'OTHER',
];

/**
 * "Report": any reader tells the moderators what is wrong with a case, question or answer
 * (DOMAIN §8.2). The reporter is never shown to anyone. One open report per reader and item:
 * a second one says so instead of failing quietly. Used on case, question and answer pages.
 */
export function FlagButton({
  contentType,
  contentId,
  onFlagged,
}: {
  contentType: ContentType;
  contentId: string;
  /** After a report; `hidden` when it took the item down pending review. */
  onFlagged?: (hidden: boolean) => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<string | null>(null);
  return (
    <div className="flag">
      <DialogTrigger>
        <Button className="button button--secondary">{t('flag.open')}</Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal">
            <Dialog className="dialog">
              {({ close }) => (
                <FlagForm
                  contentType={contentType}
                  contentId={contentId}
                  close={close}
                  onDone={(hidden) => {
                    setOutcome(t(hidden ? 'flag.sentHidden' : 'flag.sent'));
                    onFlagged?.(hidden);
                  }}
                />
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
      <p role="status" className="flag__outcome">
        {outcome ?? ''}
      </p>
    </div>
  );
}

function FlagForm({
  contentType,
  contentId,
  close,
  onDone,
}: {
  contentType: ContentType;
  contentId: string;
  close: () => void;
  onDone: (hidden: boolean) => void;
}) {
  const { t } = useTranslation();
  const [, flag] = useMutation(FlagContentMutation);
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [text, setText] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    if (pending) return;
    if (!reason) return setReasonError(t('flag.chooseReason'));
    setReasonError(null);
    setPending(true);
    const result = await flag({
      input: { contentType, contentId, reason, text: text.trim() || null },
    });
    setPending(false);
    if (result.error) {
      const code = toApiProblem(result.error).code;
      return setProblem(code === 'CONFLICT' ? t('flag.already') : t(errorMessageKey(code)));
    }
    onDone(result.data?.flagContent.contentHidden ?? false);
    close();
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Heading slot="title">{t('flag.title')}</Heading>
      <p>{t('flag.intro')}</p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <RadioGroup
        className="field choice-group"
        value={reason}
        onChange={(value) => setReason(value as FlagReason)}
        isRequired
        isInvalid={Boolean(reasonError)}
        validationBehavior="aria"
      >
        <Label className="field__label">{t('flag.reason')}</Label>
        <FieldError className="field__error">{reasonError}</FieldError>
        {FLAG_REASONS.map((value) => (
          <Radio key={value} value={value} className="radio">
            <span className="radio__label">{t(`flag.reasons.${value}`)}</span>
          </Radio>
        ))}
      </RadioGroup>
      <TextField className="field" value={text} onChange={setText} maxLength={2000}>
        <Label className="field__label">{t('flag.text')}</Label>
        <Text slot="description" className="field__hint">
          {t('flag.textHint')}
        </Text>
        <TextArea className="field__input field__textarea" rows={3} />
      </TextField>
      <p className="dialog__actions">
        <Button type="submit" className="button">
          {t('flag.submit')}
        </Button>
        <Button className="button button--secondary" onPress={close}>
          {t('dialog.cancel')}
        </Button>
      </p>
    </form>
  );
}
