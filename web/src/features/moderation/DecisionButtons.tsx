// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import { ReasonDialog } from '../../components/ReasonDialog';
import type {
  CloseReason,
  ModerationAction,
  ModerationSummaryFragment,
} from '../../graphql/graphql';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { decisionsFor, MIN_REASON_LENGTH, reasonGoesToAuthor } from './decisions';
import { ModerateMutation } from './documents';

// DUPLICATE needs the original question's id; it is left to the question pages, which know it.
const CLOSE_REASONS: readonly CloseReason[] = ['OFF_TOPIC', 'OUT_OF_SCOPE', 'RESOLVED'];

/**
 * The decisions that fit the item, each in a dialog that asks for the reason (the author reads
 * it for changes and rejections; the audit log keeps it). After a decision the reviewer is back
 * at the queue, which says what was decided.
 */
export function DecisionButtons({
  item,
  title,
}: {
  item: ModerationSummaryFragment;
  title: string;
}) {
  const { t } = useTranslation();
  const actions = decisionsFor(item);
  if (actions.length === 0) return <p>{t('moderation.decide.none')}</p>;
  return (
    <div className="dialog__actions">
      {actions.map((action) => (
        <Decision key={action} item={item} action={action} title={title} />
      ))}
    </div>
  );
}

function Decision({
  item,
  action,
  title,
}: {
  item: ModerationSummaryFragment;
  action: ModerationAction;
  title: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [, moderate] = useMutation(ModerateMutation);
  const [closeReason, setCloseReason] = useState<CloseReason | ''>('');
  const [closeError, setCloseError] = useState<string | undefined>();
  // On a flagged item that is still visible, RESTORE leaves it up and dismisses the flags.
  const variant = action === 'RESTORE' && !item.hidden ? 'DISMISS' : action;
  return (
    <ReasonDialog
      trigger={t(`moderation.action.${variant}`)}
      triggerClassName={
        action === 'REJECT' || action === 'HIDE' || action === 'ARCHIVE'
          ? 'button button--warning'
          : 'button'
      }
      title={t('moderation.decide.dialogTitle', { action: t(`moderation.action.${variant}`) })}
      description={<p>{t(`moderation.actionExplain.${variant}`)}</p>}
      reasonLabel={t('moderation.decide.reason')}
      reasonHint={t(
        reasonGoesToAuthor(action)
          ? 'moderation.decide.reasonToAuthor'
          : 'moderation.decide.reasonAudited',
        { min: MIN_REASON_LENGTH },
      )}
      minLength={MIN_REASON_LENGTH}
      submitLabel={t(`moderation.action.${variant}`)}
      validate={() => {
        if (action !== 'CLOSE' || closeReason) return null;
        const message = t('moderation.decide.chooseCloseReason');
        setCloseError(message);
        return message;
      }}
      onSubmit={async (reason) => {
        const result = await moderate({
          input: {
            action,
            contentType: item.contentType,
            contentId: item.contentId,
            reason,
            closeReason: action === 'CLOSE' && closeReason ? closeReason : null,
          },
        });
        if (result.error) return toApiProblem(result.error);
        await navigate('/moderation', {
          state: {
            decided: t('moderation.decide.done', {
              action: t(`moderation.action.${variant}`),
              title,
            }),
          },
        });
        return null;
      }}
    >
      {action === 'CLOSE' && (
        <ChoiceGroup
          name="closeReason"
          label={t('moderation.decide.closeReason')}
          value={closeReason}
          error={closeError}
          options={CLOSE_REASONS.map((value) => ({
            value,
            label: t(`moderation.closeReason.${value}`),
          }))}
          onChange={(value) => {
            setCloseReason(value);
            setCloseError(undefined);
          }}
        />
      )}
    </ReasonDialog>
  );
}
