import '../cases/cases.css';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { Empty, ErrorState, Loading } from '../../components/States';
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
  const [params, setParams] = useSearchParams();
  const filter = auditFilterFromParams(params, AUDIT_ACTIONS);
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes))
      if (value) next.set(name, value);
      else next.delete(name);
    setParams(next, { replace: true });
  };
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

function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = `date-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function AuditEntries({ filter }: { filter: AuditLogFilter }) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<string[]>([]);
  const [{ data, error }, refetch] = useQuery({
    query: AuditLogQuery,
    variables: { filter, first: PAGE_SIZE, after: null },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data)
    return (
      <ErrorState
        problem={toApiProblem(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!data) return <Loading />;
  const total = data.auditLog.totalCount;
  return (
    <>
      <p role="status">{t('admin.audit.count', { count: total })}</p>
      {total === 0 ? (
        <Empty>{t('admin.audit.empty')}</Empty>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('admin.audit.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.when')}</th>
              <th scope="col">{t('admin.audit.actor')}</th>
              <th scope="col">{t('admin.audit.action')}</th>
              <th scope="col">{t('admin.audit.target')}</th>
              <th scope="col">{t('admin.audit.reason')}</th>
            </tr>
          </thead>
          {[null, ...cursors].map((after, index, all) => (
            <AuditChunk
              key={after ?? 'first'}
              filter={filter}
              after={after}
              isLast={index === all.length - 1}
              onMore={(cursor) => setCursors([...cursors, cursor])}
            />
          ))}
        </table>
      )}
    </>
  );
}

function AuditChunk({
  filter,
  after,
  isLast,
  onMore,
}: {
  filter: AuditLogFilter;
  after: string | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [{ data, error }, refetch] = useQuery({
    query: AuditLogQuery,
    variables: { filter, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const row = (content: ReactNode) => (
    <tbody>
      <tr>
        <td colSpan={5}>{content}</td>
      </tr>
    </tbody>
  );
  if (error && !data)
    return row(
      <ErrorState
        problem={toApiProblem(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />,
    );
  if (!data) return row(<Loading />);
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  const next = data.auditLog.pageInfo.endCursor;
  return (
    <tbody>
      {data.auditLog.edges.map(({ node: entry }) => (
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
      ))}
      {isLast && data.auditLog.pageInfo.hasNextPage && next && (
        <tr>
          <td colSpan={5}>
            <Button className="button button--secondary" onPress={() => onMore(next)}>
              {t('admin.audit.more')}
            </Button>
          </td>
        </tr>
      )}
    </tbody>
  );
}
