// SPDX-License-Identifier: EUPL-1.2
import './cases.css';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CitationList } from '../guidelines/CitationList';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { FlagButton } from '../../components/FlagButton';
import { FollowButton } from '../../components/FollowButton';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { CaseRevisions } from './CaseRevisions';
import { CaseQuery } from './documents';
import { isEditable } from './editable';
import { SharingLevelBadge } from './SharingLevelBadge';

/** One case as its reader may see it: the author only as the attribution allows. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error }, refetch] = useQuery({ query: CaseQuery, variables: { id } });
  if (error && !data)
    return (
      <Page title={t('cases.page.unavailable')}>
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </Page>
    );
  if (!data) return <Loading />;
  const item = data.case;
  // None, or not readable: the API gives the same answer for both, and so does this page.
  if (!item)
    return (
      <Page title={t('cases.page.unavailable')}>
        <ErrorState problem={{ code: 'NOT_FOUND', fields: [] }} />
      </Page>
    );
  const sections = [
    ['context', item.context],
    ['whatHappened', item.whatHappened],
    ['assessment', item.assessment],
    ['mitigations', item.mitigations],
    ['lessonsLearned', item.lessonsLearned],
  ] as const;
  const topics = [
    ['RISK_AREA', item.riskAreas],
    ['COLLABORATION_TYPE', item.collaborationTypes],
    ['TECHNOLOGY_AREA', item.technologyAreas],
  ] as const;

  return (
    <Page title={item.title}>
      {item.status === 'PUBLISHED' && (
        <p>
          <FollowButton targetType="CASE" targetId={item.id} name={item.title} />
        </p>
      )}
      <p className="lead">{item.summary}</p>
      <dl className="facts">
        <dt>{t('cases.page.author')}</dt>
        <dd>
          {item.authorLabel}
          <span className="facts__hint"> ({t(`cases.attributionShown.${item.attribution}`)})</span>
        </dd>
        <dt>{t('cases.fields.sharingLevel')}</dt>
        <dd>
          <SharingLevelBadge level={item.sharingLevel} explain />
        </dd>
        {item.viewerIsAuthor && (
          <>
            <dt>{t('cases.page.status')}</dt>
            <dd>{t(`cases.status.${item.status}`)}</dd>
          </>
        )}
        {item.moderationNote && (
          <>
            <dt>{t('cases.moderatorNote')}</dt>
            <dd>{item.moderationNote}</dd>
          </>
        )}
        <dt>{t('cases.fields.outcome')}</dt>
        <dd>{t(`cases.outcome.${item.outcome}`)}</dd>
        <dt>{t('cases.fields.year')}</dt>
        <dd>
          {item.quarter
            ? t('cases.page.yearQuarter', { year: item.year, quarter: item.quarter })
            : item.year}
        </dd>
        {item.countries.length > 0 && (
          <>
            <dt>{t('cases.fields.countries')}</dt>
            <dd>{item.countries.map((c) => c.name).join(', ')}</dd>
          </>
        )}
        {topics
          .filter(([, list]) => list.length > 0)
          .map(([kind, list]) => (
            <Fragment key={kind}>
              <dt>{t(`cases.topicKind.${kind}`)}</dt>
              <dd>{list.map((topic) => topic.name).join(', ')}</dd>
            </Fragment>
          ))}
        {item.recipientOrganisations.length > 0 && (
          <>
            <dt>{t('cases.fields.recipients')}</dt>
            <dd>{item.recipientOrganisations.map((o) => o.name).join(', ')}</dd>
          </>
        )}
        {item.recipientMembers.length > 0 && (
          <>
            <dt>{t('cases.fields.recipientMembers')}</dt>
            <dd>{item.recipientMembers.map((m) => m.displayName).join(', ')}</dd>
          </>
        )}
      </dl>
      {item.viewerIsAuthor && isEditable(item.status) && (
        <p>
          <Link className="button" to={`/cases/${item.id}/edit`}>
            {t('cases.page.edit')}
          </Link>
        </p>
      )}
      {!item.viewerIsAuthor && <FlagButton contentType="CASE" contentId={item.id} />}
      {sections
        .filter(([, text]) => text)
        .map(([field, text]) => (
          <section key={field} aria-labelledby={`section-${field}`}>
            <h2 id={`section-${field}`}>{t(`cases.fields.${field}`)}</h2>
            {/* Sanitised by the API (RichText.html): no scripts, styles or images. */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: text?.html ?? '' }} />
          </section>
        ))}
      <CitationList citations={item.citations} />
      <FollowTopics topics={topics.flatMap(([, list]) => list)} countries={item.countries} />
      <CaseRevisions data={item} />
    </Page>
  );
}

/** Each topic and country of the case, with a way to follow it: where a reader meets them. */
function FollowTopics({
  topics,
  countries,
}: {
  topics: readonly { id: string; name: string }[];
  countries: readonly { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  if (topics.length === 0 && countries.length === 0) return null;
  return (
    <section aria-labelledby="follow-topics">
      <h2 id="follow-topics">{t('follows.topicsTitle')}</h2>
      <ul className="follow-chips">
        {topics.map((topic) => (
          <li key={topic.id} className="follow-chip">
            <span>{topic.name}</span>{' '}
            <FollowButton targetType="TOPIC" targetId={topic.id} name={topic.name} />
          </li>
        ))}
        {countries.map((country) => (
          <li key={country.code} className="follow-chip">
            <span>{country.name}</span>{' '}
            <FollowButton targetType="COUNTRY" targetId={country.code} name={country.name} />
          </li>
        ))}
      </ul>
    </section>
  );
}
