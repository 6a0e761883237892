// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { Loading } from '../../components/States';
import { BeginStepUpMutation, StepUpMutation } from './documents';
import { SecondFactorForm } from './SecondFactorForm';
import type { SecondFactorProof } from './second-factor';

interface Challenge {
  challengeToken: string;
  totp: boolean;
  passkeyOptions: Record<string, unknown> | null;
}

/**
 * Asked when the API answers STEP_UP_REQUIRED: the member proves their second factor again, and
 * the action is retried (onConfirmed). Closing it cancels the action.
 */
export function StepUpDialog({
  isOpen,
  onConfirmed,
  onCancel,
}: {
  isOpen: boolean;
  onConfirmed: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen={isOpen}
      onOpenChange={(open) => !open && onCancel()}
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{t('mfa.stepUpTitle')}</Heading>
          <p>{t('mfa.stepUpIntro')}</p>
          <StepUpBody onConfirmed={onConfirmed} />
          <p>
            <Button className="button button--secondary" onPress={onCancel}>
              {t('mfa.cancel')}
            </Button>
          </p>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** Mounted with the open dialog: asks for a fresh challenge, then takes the proof. */
function StepUpBody({ onConfirmed }: { onConfirmed: () => void }) {
  const { t } = useTranslation();
  const [, begin] = useMutation(BeginStepUpMutation);
  const [, stepUp] = useMutation(StepUpMutation);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void begin({}).then((result) => {
      const data = result.data?.beginStepUp;
      if (!data)
        return setProblem(
          t(errorMessageKey(result.error ? toApiProblem(result.error).code : 'NETWORK')),
        );
      setChallenge({
        challengeToken: data.challengeToken,
        totp: data.totp,
        passkeyOptions: (data.passkeyOptions as Record<string, unknown> | null) ?? null,
      });
    });
  }, [begin, t]);

  async function prove(proof: SecondFactorProof): Promise<string | null> {
    if (!challenge) return null;
    const result = await stepUp({ input: { challengeToken: challenge.challengeToken, ...proof } });
    if (result.data) {
      onConfirmed();
      return null;
    }
    const code = result.error ? toApiProblem(result.error).code : 'INTERNAL_SERVER_ERROR';
    return code === 'BAD_USER_INPUT' ? t('mfa.codeRejected') : t(errorMessageKey(code));
  }

  if (problem)
    return (
      <p className="field__error" role="alert">
        {problem}
      </p>
    );
  if (!challenge) return <Loading />;
  return (
    <SecondFactorForm
      totp={challenge.totp}
      passkeyOptions={challenge.passkeyOptions}
      onProof={prove}
      submitLabel={t('mfa.stepUpSubmit')}
    />
  );
}

/**
 * Runs an action; when the API answers STEP_UP_REQUIRED, opens the dialog and, once the second
 * factor is proved, runs it again. Resolves to the action's last result: the retry's, or the
 * refusal when the member cancels. Returns the dialog to render and the wrapper.
 */
export function useStepUp() {
  const [pending, setPending] = useState<((confirmed: boolean) => void) | null>(null);
  const confirmed = () => new Promise<boolean>((resolve) => setPending(() => resolve));
  const run = async <R extends { error?: unknown } | null | undefined>(
    action: () => Promise<R>,
  ): Promise<R> => {
    const result = await action();
    if (!asksForStepUp(result?.error)) return result;
    return (await confirmed()) ? action() : result;
  };
  const settle = (proved: boolean) => {
    pending?.(proved);
    setPending(null);
  };
  const dialog = (
    <StepUpDialog
      isOpen={pending !== null}
      onConfirmed={() => settle(true)}
      onCancel={() => settle(false)}
    />
  );
  return { run, dialog };
}

function asksForStepUp(error: unknown): boolean {
  const code = (error as { graphQLErrors?: { extensions?: { code?: unknown } }[] } | undefined)
    ?.graphQLErrors?.[0]?.extensions?.code;
  return code === 'STEP_UP_REQUIRED';
}
