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
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import type { OrganisationMemberFragment as Member } from '../../graphql/graphql';
import { useStepUp } from '../security/StepUpDialog';
import { SuspendMemberMutation } from './documents';

/**
 * Suspends (or reinstates) a member after asking why: the reason goes to the audit log, and a
 * suspended member's sessions end at once on the server.
 */
export function MemberStatusButton({
  member,
  onChanged,
}: {
  member: Member;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const suspend = member.status !== 'SUSPENDED';
  const mode = suspend ? 'suspend' : 'reinstate';
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, change] = useMutation(SuspendMemberMutation);
  // Suspending is a step-up action (DOMAIN §1).
  const stepUp = useStepUp();

  return (
    <>
      {stepUp.dialog}
      <DialogTrigger
        onOpenChange={() => {
          setReason('');
          setError(null);
        }}
      >
        <Button
          className={`button ${suspend ? 'button--warning' : 'button--secondary'}`}
          aria-label={t(`organisation.${mode}.openFor`, { name: member.displayName })}
        >
          {t(`organisation.${mode}.open`)}
        </Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal">
            <Dialog className="dialog">
              {({ close }) => (
                <form
                  noValidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    void (async () => {
                      if (fetching) return;
                      if (reason.trim().length < 3)
                        return setError(t('organisation.reasonMissing'));
                      const result = await stepUp.run(() =>
                        change({
                          input: { memberId: member.id, suspended: suspend, reason: reason.trim() },
                        }),
                      );
                      if (result.error)
                        return setError(t(errorMessageKey(toApiProblem(result.error).code)));
                      close();
                      onChanged(t(`organisation.${mode}.done`, { name: member.displayName }));
                    })();
                  }}
                >
                  <Heading slot="title">
                    {t(`organisation.${mode}.title`, { name: member.displayName })}
                  </Heading>
                  <p>{t(`organisation.${mode}.body`)}</p>
                  <TextField
                    className="field"
                    value={reason}
                    onChange={setReason}
                    isInvalid={Boolean(error)}
                    validationBehavior="aria"
                    isRequired
                  >
                    <Label className="field__label">{t('organisation.reason')}</Label>
                    <Text slot="description" className="field__hint">
                      {t('organisation.reasonHint')}
                    </Text>
                    <FieldError className="field__error">{error}</FieldError>
                    <TextArea className="field__input field__textarea" rows={3} />
                  </TextField>
                  <p className="actions">
                    <Button type="submit" className={`button ${suspend ? 'button--warning' : ''}`}>
                      {t(`organisation.${mode}.confirm`)}
                    </Button>{' '}
                    <Button className="button button--secondary" onPress={close}>
                      {t('organisation.cancel')}
                    </Button>
                  </p>
                </form>
              )}
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </>
  );
}
