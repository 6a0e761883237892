// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { EDITOR_ROLES, hasAnyRole } from '../../app/navigation';
import { useSession } from '../../app/session';
import { FollowButton } from '../../components/FollowButton';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { ErrorState, Loading } from '../../components/States';
import { GuidelineQuery, GuidelineVersionQuery, MarkGuidelineReadMutation } from './documents';
import { formatDate, inLanguage } from './guideline-text';
import './guidelines.css';

/**
 * One guideline at a version (the newest unless `?version=` names another): its sections with
 * anchors (#key), a version picker, the sections changed since the version the member last
 * read, a link to the diff, following, and "I have read this version".
 */
export function GuidelinePage() {
  const { t, i18n } = useTranslation();
  const { ref = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { member } = useSession();
  const [{ data, error }, refetch] = useQuery({ query: GuidelineQuery, variables: { ref } });
  const guideline = data?.guideline;
  const requested = Number(params.get('version'));
  const number =
    Number.isInteger(requested) && requested > 0
      ? requested
      : (guideline?.latestVersion?.number ?? 0);
  const [text] = useQuery({
    query: GuidelineVersionQuery,
    variables: { ref, number },
    pause: !guideline || number === 0,
  });
  const [markState, markRead] = useMutation(MarkGuidelineReadMutation);
  const [announcement, setAnnouncement] = useState('');
  const version = text.data?.guideline.version;
  const lang = i18n.language;

  if (error && !data)
    return (
      <Page title={t('guidelines.title')}>
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </Page>
    );
  if (!guideline || (!version && text.fetching) || (!version && !text.error && number > 0))
    return (
      <Page title={t('guidelines.title')}>
        <Loading />
      </Page>
    );
  if (!version)
    return (
      <Page title={t('guidelines.title')}>
        <p role="alert">{t('guidelines.noVersion')}</p>
      </Page>
    );

  const title = inLanguage(lang, version.titleSv, version.titleEn);
  const latest = guideline.latestVersion?.number ?? null;
  const atLatest = latest === version.number;
  // Marks apply to the newest version: what differs from the version last read.
  const changed = new Set(atLatest ? (guideline.changedSinceLastRead ?? []) : []);
  const published = guideline.versions.filter((v) => v.status === 'PUBLISHED');

  return (
    <Page title={title}>
      <p className="guideline-list__meta">
        {t(`guidelines.kind.${guideline.kind}`)} ·{' '}
        {version.status === 'PUBLISHED'
          ? t('guidelines.versionPublished', {
              number: version.number,
              date: formatDate(lang, version.publishedAt),
            })
          : t('guidelines.draftVersion', { number: version.number })}
      </p>
      <div className="guideline-pickers">
        <SelectField
          label={t('guidelines.versionPicker')}
          value={String(version.number)}
          onChange={(value) => void navigate(`/guidelines/${guideline.slug}?version=${value}`)}
          options={guideline.versions.map((v) => ({
            value: String(v.number),
            label:
              v.status === 'PUBLISHED'
                ? t('guidelines.versionOption', {
                    number: v.number,
                    date: formatDate(lang, v.publishedAt),
                  })
                : t('guidelines.draftVersion', { number: v.number }),
          }))}
        />
        {published.length > 1 && (
          <Link
            to={`/guidelines/${guideline.slug}/diff?from=${Math.max(1, version.number - 1)}&to=${version.number}`}
          >
            {t('guidelines.compareLink')}
          </Link>
        )}
        <FollowButton targetType="GUIDELINE" targetId={guideline.id} name={title} />
        {version.status === 'PUBLISHED' && atLatest && (
          <Link className="button button--secondary" to={`/assessments/new?version=${version.id}`}>
            {t('guidelines.startAssessment')}
          </Link>
        )}
        {hasAnyRole(member, EDITOR_ROLES) && (
          <Link className="button button--secondary" to={`/guidelines/${guideline.slug}/edit`}>
            {t('guidelineEditor.editLink')}
          </Link>
        )}
      </div>
      {!atLatest && latest !== null && (
        <p className="guideline-changed">
          <Link to={`/guidelines/${guideline.slug}`}>
            {t('guidelines.newerExists', { number: latest })}
          </Link>
        </p>
      )}
      {atLatest && guideline.lastReadVersionNumber !== null && changed.size > 0 && (
        <div className="guideline-changed-summary">
          <h2>{t('guidelines.changedSinceTitle', { number: guideline.lastReadVersionNumber })}</h2>
          <ul>
            {[...changed].map((key) => {
              const section = version.sections.find((s) => s.key === key);
              return (
                <li key={key}>
                  {section ? (
                    <a href={`#${key}`}>{inLanguage(lang, section.headingSv, section.headingEn)}</a>
                  ) : (
                    t('guidelines.removedSection', { key })
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {inLanguage(lang, version.changeNoteSv, version.changeNoteEn) && (
        <p>
          <strong>{t('guidelines.changeNote')}</strong>{' '}
          {inLanguage(lang, version.changeNoteSv, version.changeNoteEn)}
        </p>
      )}
      <nav aria-labelledby="guideline-toc-title">
        <h2 id="guideline-toc-title">{t('guidelines.contents')}</h2>
        <ol className="guideline-toc">
          {version.sections.map((s) => (
            <li key={s.key}>
              <a href={`#${s.key}`}>{inLanguage(lang, s.headingSv, s.headingEn)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {version.sections.map((s) => (
        <section
          key={s.key}
          id={s.key}
          aria-labelledby={`${s.key}-heading`}
          className={
            changed.has(s.key)
              ? 'guideline-section guideline-section--changed'
              : 'guideline-section'
          }
        >
          <h2 id={`${s.key}-heading`}>{inLanguage(lang, s.headingSv, s.headingEn)}</h2>
          {changed.has(s.key) && <p className="guideline-changed">{t('guidelines.changedMark')}</p>}
          {/* Sanitised by the API (RichText.html): no scripts, styles or images. */}
          <div
            className="prose"
            dangerouslySetInnerHTML={{ __html: inLanguage(lang, s.bodySv, s.bodyEn).html }}
          />
          {s.questions.length > 0 && (
            <>
              <h3 id={`${s.key}-questions`}>{t('guidelines.assessmentQuestions')}</h3>
              <ul aria-labelledby={`${s.key}-questions`}>
                {s.questions.map((q) => (
                  <li key={q.key}>{inLanguage(lang, q.textSv, q.textEn)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {version.status === 'PUBLISHED' && (
        <div className="actions">
          <Button
            className="button"
            onPress={() =>
              void markRead({
                input: { guidelineId: guideline.id, versionNumber: version.number },
              }).then((result) => {
                if (!result.error)
                  setAnnouncement(t('guidelines.markedRead', { number: version.number }));
              })
            }
          >
            {t('guidelines.markRead')}
          </Button>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {markState.error && (
        <p role="alert">{t(errorMessageKey(toApiProblem(markState.error).code))}</p>
      )}
    </Page>
  );
}
