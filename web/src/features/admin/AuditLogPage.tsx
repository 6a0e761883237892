// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { PagedTable } from '../../components/PagedTable';
import { useFilterParams } from '../../components/useFilterParams';
import type { AuditLogFilter } from '../../graphql/graphql';
import { ActorPicker } from './ActorPicker';
import { AdminNav } from './AdminNav';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, auditFilterFromParams } from './admin-filters';
import { AuditLogQuery } from './documents';

const PAGE_SIZE = 25;

/**
 * The append-only audit log, newest first: who did what to which target, when and why. The
 * filters live in the address so a view can be shared; "Show more" pages on.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, set] = useFilterParams();
  const filter = auditFilterFromParams(params, AUDIT_ACTIONS);
  const actorName = params.get('actorName');
  return (
    <Page title={t('admin.audit.title')}>
      <AdminNav />
      <form
        className="filter-bar"
        aria-label={t('admin.audit.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('admin.audit.action')}
          value={params.get('action') ?? ''}
          onChange={(value) => set({ action: value })}
          emptyLabel={t('admin.audit.allActions')}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`admin.auditAction.${a}`) }))}
        />
        <SelectField
          label={t('admin.audit.targetType')}
          value={params.get('target') ?? ''}
          onChange={(value) => set({ target: value })}
          emptyLabel={t('admin.audit.allTargets')}
          options={AUDIT_TARGET_TYPES.map((a) => ({
            value: a,
            label: t(`admin.targetType.${a}`),
          }))}
        />
        <DateField
          label={t('admin.audit.from')}
          value={params.get('from') ?? ''}
          onChange={(value) => set({ from: value })}
        />
        <DateField
          label={t('admin.audit.to')}
          value={params.get('to') ?? ''}
          onChange={(value) => set({ to: value })}
        />
        {filter.actorId ? (
          <p>
            {t('admin.audit.onlyActor', { name: actorName ?? filter.actorId })}{' '}
            <Button
              className="button button--secondary"
              onPress={() => set({ actor: '', actorName: '' })}
            >
              {t('admin.audit.clearActor')}
            </Button>
          </p>
        ) : (
          <ActorPicker onChoose={(m) => set({ actor: m.id, actorName: m.displayName })} />
        )}
      </form>
      <AuditEntries key={JSON.stringify(filter)} filter={filter} />
    </Page>
  );
}

function AuditEntries({ filter }: { filter: AuditLogFilter }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  return (
    <PagedTable
      query={AuditLogQuery}
      variables={{ filter }}
      connection={(data) => data.auditLog}
      caption={t('admin.audit.title')}
      columns={[
        t('admin.audit.when'),
        t('admin.audit.actor'),
        t('admin.audit.action'),
        t('admin.audit.target'),
        t('admin.audit.reason'),
      ]}
      count={(count) => t('admin.audit.count', { count })}
      more={t('admin.audit.more')}
      empty={t('admin.audit.empty')}
      pageSize={PAGE_SIZE}
      row={(entry) => (
        <tr key={entry.id}>
          <td>{format.format(new Date(entry.createdAt))}</td>
          <td>
            {entry.actor ? (
              <Link
                to={`?actor=${entry.actor.id}&actorName=${encodeURIComponent(entry.actor.displayName)}`}
                aria-label={t('admin.audit.onlyActorLink', { name: entry.actor.displayName })}
              >
                {entry.actor.displayName}
              </Link>
            ) : (
              t('admin.audit.system')
            )}
          </td>
          <td>{t(`admin.auditAction.${entry.action}`)}</td>
          <td>
            {entry.targetType ? t(`admin.targetType.${entry.targetType}`) : '–'}
            {entry.targetId && (
              <>
                <br />
                <code>{entry.targetId}</code>
              </>
            )}
          </td>
          <td>{entry.reason ?? ''}</td>
        </tr>
      )}
    />
  );
}
