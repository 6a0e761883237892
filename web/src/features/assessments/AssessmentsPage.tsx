// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import './assessments.css';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Page } from '../../components/Page';
import { PagedList } from '../../components/PagedList';
import { SelectField } from '../../components/SelectField';
import { useFilterParams } from '../../components/useFilterParams';
import { getFragmentData, type FragmentType } from '../../graphql';
import type { AssessmentStatus } from '../../graphql/graphql';
import { inLanguage } from '../guidelines/guideline-text';
import { AssessmentSummaryFragment, AssessmentsQuery } from './documents';
import { formatLocalDate } from './dates';

const STATUSES: readonly AssessmentStatus[] = ['DRAFT', 'DECIDED'];

/**
 * "Egenbedömningar": the member's own assessments and those shared with them, newest change
 * first. Nobody else ever sees them (DOMAIN §15), which the empty state says in so many words.
 */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useFilterParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  return (
    <Page title={t('assessments.title')}>
      <p className="notice live" role="status">
        {deleted ? t('assessments.deleted', { title: deleted }) : ''}
      </p>
      <p>{t('assessments.intro')}</p>
      <p>
        <Link className="button" to="/assessments/new">
          {t('assessments.start')}
        </Link>
      </p>
      <div className="filters">
        <SelectField
          label={t('assessments.filterStatus')}
          value={status ?? ''}
          emptyLabel={t('assessments.allStatuses')}
          options={STATUSES.map((value) => ({ value, label: t(`assessments.status.${value}`) }))}
          onChange={(value) => setParams({ status: value })}
        />
      </div>
      <PagedList
        query={AssessmentsQuery}
        variables={{ status }}
        connection={(data) => data.assessments}
        block="assessment-list"
        count={(total) => t('assessments.count', { count: total })}
        more={t('assessments.more')}
        empty={
          <>
            {t('assessments.empty')} {t('assessments.whoReads')}
          </>
        }
        item={(node) => <AssessmentRow assessment={node} />}
      />
    </Page>
  );
}

function AssessmentRow({
  assessment,
}: {
  assessment: FragmentType<typeof AssessmentSummaryFragment>;
}) {
  const { t, i18n } = useTranslation();
  const item = getFragmentData(AssessmentSummaryFragment, assessment);
  const guideline = inLanguage(i18n.language, item.guideline.titleSv, item.guideline.titleEn);
  return (
    <article className="assessment-row">
      <h2 className="assessment-row__title">
        <Link to={`/assessments/${item.id}`}>{item.title}</Link>
      </h2>
      <p className="assessment-row__meta">
        {t('assessments.guidelineVersion', {
          title: guideline,
          number: item.guideline.versionNumber,
        })}
      </p>
      <dl className="assessment-row__facts">
        <div>
          <dt>{t('assessments.statusLabel')}</dt>
          <dd>
            {t(`assessments.status.${item.status}`)}
            {item.decision && ` – ${t(`assessments.decision.${item.decision}`)}`}
          </dd>
        </div>
        {item.reviewOn && (
          <div>
            <dt>{t('assessments.reviewOn')}</dt>
            <dd>
              {formatLocalDate(i18n.language, item.reviewOn)}
              {item.reviewDue && (
                <strong className="badge badge--due"> {t('assessments.reviewDue')}</strong>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('assessments.highestRisk')}</dt>
          <dd>
            {item.highestRisk ? t(`assessments.risk.${item.highestRisk}`) : t('assessments.noRisk')}
          </dd>
        </div>
        <div>
          <dt>{t('assessments.openMitigations')}</dt>
          <dd>{item.openMitigationCount}</dd>
        </div>
        {!item.viewerIsOwner && (
          <div>
            <dt>{t('assessments.access')}</dt>
            <dd>{t('assessments.sharedWithYou')}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
