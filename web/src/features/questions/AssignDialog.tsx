// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { ErrorState, Loading } from '../../components/States';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { AssignableExpertsQuery, AssignQuestionMutation } from './documents';

interface AssignDialogProps {
  questionId: string;
  title: string;
  /** The expert it is with now, preselected. */
  currentId?: string;
  onAssigned: (name: string) => void;
}

/** Hands a directed question to a colleague on the triage team, chosen in a dialog. */
export function AssignDialog(props: AssignDialogProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button button--secondary">
        {t('questions.triage.assign')}
        <span className="visually-hidden"> – {props.title}</span>
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => <AssignForm {...props} close={close} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function AssignForm({
  questionId,
  title,
  currentId,
  onAssigned,
  close,
}: AssignDialogProps & { close: () => void }) {
  const { t } = useTranslation();
  // Loaded when the dialog opens: the list is only for the triage team, and only needed here.
  const [{ data, error }, refetch] = useQuery({
    query: AssignableExpertsQuery,
    variables: { id: questionId },
    requestPolicy: 'network-only',
  });
  const [{ fetching }, assign] = useMutation(AssignQuestionMutation);
  const [chosen, setChosen] = useState(currentId ?? '');
  const [problem, setProblem] = useState('');
  const experts = data?.question?.assignableExperts ?? [];

  async function confirm() {
    if (fetching) return;
    if (!chosen) return setProblem(t('questions.assign.choose'));
    const result = await assign({ input: { questionId, memberId: chosen } });
    if (result.error) return setProblem(t(errorMessageKey(toApiProblem(result.error).code)));
    close();
    onAssigned(experts.find((expert) => expert.id === chosen)?.displayName ?? '');
  }

  return (
    <>
      <Heading slot="title">{t('questions.assign.title', { title })}</Heading>
      {error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <Loading />
      ) : experts.length === 0 ? (
        <p className="state state--empty">{t('questions.assign.none')}</p>
      ) : (
        <ChoiceGroup
          name="assignee"
          label={t('questions.assign.colleague')}
          error={problem || undefined}
          value={chosen}
          options={experts.map((expert) => ({ value: expert.id, label: expert.displayName }))}
          onChange={(id) => {
            setChosen(id);
            setProblem('');
          }}
        />
      )}
      <p className="actions">
        {experts.length > 0 && (
          <Button className="button" onPress={() => void confirm()}>
            {t('questions.assign.confirm')}
          </Button>
        )}{' '}
        <Button className="button button--secondary" onPress={close}>
          {t('questions.assign.cancel')}
        </Button>
      </p>
    </>
  );
}
