// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type UseQueryState } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { ReasonDialog } from '../../components/ReasonDialog';
import { SelectField } from '../../components/SelectField';
import { Empty, ErrorState, Loading } from '../../components/States';
import { useFilterParams } from '../../components/useFilterParams';
import type {
  AdminJobQueuesQuery as JobQueuesData,
  AdminQueuedJobsQuery as QueuedJobsData,
} from '../../graphql/graphql';
import { AdminNav } from './AdminNav';
import {
  AdminJobQueuesQuery,
  AdminQueuedJobsQuery,
  DiscardJobMutation,
  RetryJobMutation,
} from './documents';
import { JOB_QUEUES, JOB_STATES, jobFilterFromParams } from './admin-filters';

/** The API answers at most 100; the newest are the ones an operator acts on first. */
const JOBS_SHOWN = 50;

type QueuedJob = QueuedJobsData['queuedJobs'][number];

/**
 * Background jobs as an operator sees them (issue 15): how many each queue holds, then the
 * failed or delayed jobs of one queue with their error, attempts and times, and a way to run a
 * failed job again or discard one for good, each with a reason the audit log keeps. Job data is
 * never shown (the API does not return it).
 */
export function JobsPage() {
  const { t } = useTranslation();
  const [params, set] = useFilterParams();
  const [message, setMessage] = useState('');
  const [summary, refetchSummary] = useQuery({
    query: AdminJobQueuesQuery,
    requestPolicy: 'cache-and-network',
  });
  const { queue, state } = jobFilterFromParams(params, summary.data?.jobQueues);
  const [jobs, refetchJobs] = useQuery({
    query: AdminQueuedJobsQuery,
    variables: { queue, state, first: JOBS_SHOWN },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => {
    refetchSummary({ requestPolicy: 'network-only' });
    refetchJobs({ requestPolicy: 'network-only' });
  };
  const done = (text: string) => {
    setMessage(text);
    refresh();
  };
  return (
    <Page title={t('admin.jobs.title')}>
      <AdminNav />
      <p>{t('admin.jobs.intro')}</p>
      <p className="notice live" role="status">
        {message}
      </p>
      <QueueSummary result={summary} onRetry={refresh} />
      <h2>{t(`admin.jobs.heading.${state}`, { queue: t(`admin.jobs.queueName.${queue}`) })}</h2>
      <form
        className="filter-bar"
        aria-label={t('admin.jobs.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('admin.jobs.queue')}
          value={queue}
          onChange={(value) => set({ queue: value })}
          options={JOB_QUEUES.map((name) => ({
            value: name,
            label: t(`admin.jobs.queueName.${name}`),
          }))}
        />
        <SelectField
          label={t('admin.jobs.state')}
          value={state}
          onChange={(value) => set({ state: value })}
          options={JOB_STATES.map((name) => ({
            value: name,
            label: t(`admin.jobs.stateName.${name}`),
          }))}
        />
      </form>
      {jobs.error && !jobs.data ? (
        <ErrorState problem={toApiProblem(jobs.error)} onRetry={refresh} />
      ) : !jobs.data ? (
        <Loading />
      ) : jobs.data.queuedJobs.length === 0 ? (
        <Empty>
          {t(`admin.jobs.empty.${state}`, { queue: t(`admin.jobs.queueName.${queue}`) })}
        </Empty>
      ) : (
        <JobTable jobs={jobs.data.queuedJobs} onDone={done} />
      )}
    </Page>
  );
}

function QueueSummary({
  result: { data, error },
  onRetry,
}: {
  result: UseQueryState<JobQueuesData>;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (error && !data) return <ErrorState problem={toApiProblem(error)} onRetry={onRetry} />;
  if (!data) return <Loading />;
  return (
    <table className="data-table">
      <caption>{t('admin.jobs.queues')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.jobs.queue')}</th>
          <th scope="col">{t('admin.jobs.count.waiting')}</th>
          <th scope="col">{t('admin.jobs.count.active')}</th>
          <th scope="col">{t('admin.jobs.count.delayed')}</th>
          <th scope="col">{t('admin.jobs.count.failed')}</th>
        </tr>
      </thead>
      <tbody>
        {data.jobQueues.map((q) => (
          <tr key={q.name}>
            <th scope="row">{t(`admin.jobs.queueName.${q.name}`)}</th>
            <td>{q.waiting}</td>
            <td>{q.active}</td>
            <td>{q.delayed}</td>
            <td>{q.failed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function JobTable({ jobs, onDone }: { jobs: QueuedJob[]; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  const when = (value: string | null | undefined) => (value ? format.format(new Date(value)) : '–');
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('admin.jobs.jobs')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.jobs.job')}</th>
          <th scope="col">{t('admin.jobs.attempts')}</th>
          <th scope="col">{t('admin.jobs.error')}</th>
          <th scope="col">{t('admin.jobs.created')}</th>
          <th scope="col">{t('admin.jobs.finishedOrRuns')}</th>
          <th scope="col">{t('admin.members.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <tr key={job.id}>
            <th scope="row">
              {job.name}
              <br />
              <code>{job.id}</code>
            </th>
            <td>{t('admin.jobs.attemptsOf', { made: job.attemptsMade, max: job.maxAttempts })}</td>
            <td>{job.failedReason ?? '–'}</td>
            <td>{when(job.createdAt)}</td>
            <td>{when(job.state === 'DELAYED' ? job.runsAt : job.finishedAt)}</td>
            <td>
              <JobActions job={job} onDone={onDone} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Retry (failed jobs only) and discard, each in a dialog that asks why. */
function JobActions({ job, onDone }: { job: QueuedJob; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [, retry] = useMutation(RetryJobMutation);
  const [, discard] = useMutation(DiscardJobMutation);
  const input = (reason: string) => ({ input: { queue: job.queue, jobId: job.id, reason } });
  const names = { name: job.name, id: job.id };
  return (
    <div className="dialog__actions">
      {job.state === 'FAILED' && (
        <ReasonDialog
          trigger={t('admin.jobs.retry')}
          title={t('admin.jobs.retryTitle', names)}
          description={<p>{t('admin.jobs.retryExplain')}</p>}
          reasonLabel={t('admin.members.reason')}
          reasonHint={t('admin.members.reasonHint')}
          minLength={3}
          maxLength={500}
          submitLabel={t('admin.jobs.retry')}
          onSubmit={async (reason) => {
            const result = await retry(input(reason));
            if (result.error) return toApiProblem(result.error);
            onDone(t('admin.jobs.retried', names));
            return null;
          }}
        />
      )}
      <ReasonDialog
        trigger={t('admin.jobs.discard')}
        triggerClassName="button button--warning"
        title={t('admin.jobs.discardTitle', names)}
        description={<p>{t('admin.jobs.discardExplain')}</p>}
        reasonLabel={t('admin.members.reason')}
        reasonHint={t('admin.members.reasonHint')}
        minLength={3}
        maxLength={500}
        submitLabel={t('admin.jobs.discardConfirm')}
        onSubmit={async (reason) => {
          const result = await discard(input(reason));
          if (result.error) return toApiProblem(result.error);
          onDone(t('admin.jobs.discarded', names));
          return null;
        }}
      />
    </div>
  );
}
