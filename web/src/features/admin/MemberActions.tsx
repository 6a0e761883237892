// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import { ReasonDialog } from '../../components/ReasonDialog';
import type { AdminMemberFragment, Role } from '../../graphql/graphql';
import { DeleteMemberMutation, SetMemberRolesMutation, SuspendMemberMutation } from './documents';
import { useStepUp } from '../security/StepUpDialog';
import { RolesCheckboxes } from './RolesCheckboxes';

/**
 * What an admin does to one member, each with a reason the audit log keeps: change the roles,
 * suspend (their sessions end) or reactivate, or delete the account (erasure; cannot be undone). `onDone` says what happened, for the live region.
 */
export function MemberActions({
  member,
  onDone,
}: {
  member: AdminMemberFragment;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [, setRoles] = useMutation(SetMemberRolesMutation);
  const [, suspend] = useMutation(SuspendMemberMutation);
  const [, remove] = useMutation(DeleteMemberMutation);
  const [roles, setChosen] = useState<Role[]>(member.roles ?? []);
  // Role changes and suspensions are step-up actions (DOMAIN §1).
  const stepUp = useStepUp();
  const suspended = member.status === 'SUSPENDED';
  if (member.status === 'DELETED') return null;
  return (
    <div className="dialog__actions">
      {stepUp.dialog}
      <ReasonDialog
        trigger={t('admin.members.changeRoles')}
        title={t('admin.members.changeRolesTitle', { name: member.displayName })}
        reasonLabel={t('admin.members.reason')}
        reasonHint={t('admin.members.reasonHint')}
        minLength={3}
        maxLength={500}
        submitLabel={t('admin.members.saveRoles')}
        onSubmit={async (reason) => {
          const result = await stepUp.run(() =>
            setRoles({ input: { memberId: member.id, roles: ['MEMBER', ...roles], reason } }),
          );
          if (result.error) return toApiProblem(result.error);
          onDone(t('admin.members.rolesChanged', { name: member.displayName }));
          return null;
        }}
      >
        <RolesCheckboxes value={roles} onChange={setChosen} />
      </ReasonDialog>
      <ReasonDialog
        trigger={t(suspended ? 'admin.members.reinstate' : 'admin.members.suspend')}
        triggerClassName={suspended ? 'button button--secondary' : 'button button--warning'}
        title={t(suspended ? 'admin.members.reinstateTitle' : 'admin.members.suspendTitle', {
          name: member.displayName,
        })}
        description={
          <p>{t(suspended ? 'admin.members.reinstateExplain' : 'admin.members.suspendExplain')}</p>
        }
        reasonLabel={t('admin.members.reason')}
        reasonHint={t('admin.members.reasonHint')}
        minLength={3}
        maxLength={500}
        submitLabel={t(suspended ? 'admin.members.reinstate' : 'admin.members.suspend')}
        onSubmit={async (reason) => {
          const result = await stepUp.run(() =>
            suspend({ input: { memberId: member.id, suspended: !suspended, reason } }),
          );
          if (result.error) return toApiProblem(result.error);
          onDone(
            t(suspended ? 'admin.members.reinstated' : 'admin.members.suspended', {
              name: member.displayName,
            }),
          );
          return null;
        }}
      />
      <ReasonDialog
        trigger={t('admin.members.delete')}
        triggerClassName="button button--warning"
        title={t('admin.members.deleteTitle', { name: member.displayName })}
        description={<p>{t('admin.members.deleteExplain')}</p>}
        reasonLabel={t('admin.members.reason')}
        reasonHint={t('admin.members.reasonHint')}
        minLength={3}
        maxLength={500}
        submitLabel={t('admin.members.deleteConfirm')}
        onSubmit={async (reason) => {
          const result = await remove({ input: { memberId: member.id, reason } });
          if (result.error) return toApiProblem(result.error);
          onDone(t('admin.members.deleted', { name: member.displayName }));
          return null;
        }}
      />
    </div>
  );
}
