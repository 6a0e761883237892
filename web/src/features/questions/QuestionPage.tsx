// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import './questions.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { CitationList } from '../guidelines/CitationList';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import type { QuestionStatus } from '../../graphql/graphql';
import { SharingLevelBadge } from '../cases/SharingLevelBadge';
import { NotFoundPage } from '../pages/NotFoundPage';
import { AnswerEditor } from './AnswerEditor';
import { ANSWER_PAGE_SIZE, AnswerList } from './AnswerList';
import { mayAnswerOfficially, takesAnswers } from './answer-rules';
import { DueNote } from './DueNote';
import { QuestionQuery } from './documents';
import { isQuestionEditable } from './question-form';
import { FollowButton } from '../../components/FollowButton';
import { FlagButton } from '../../components/FlagButton';

/** `/questions/:id`: the question, its answers, and the answer editor while it takes answers. */
export function QuestionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigation = useLocation().state as {
    asked?: QuestionStatus;
    edited?: QuestionStatus;
  } | null;
  const asked = navigation?.asked;
  const edited = navigation?.edited;
  const { member } = useSession();
  const [notice, setNotice] = useState('');
  const [{ data, error }, refetch] = useQuery({
    query: QuestionQuery,
    variables: { id, first: ANSWER_PAGE_SIZE },
  });
  if (error && !data)
    return (
      <Page title={t('questions.page.unavailable')}>
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </Page>
    );
  if (!data) return <Loading />;
  const question = data.question;
  // None, or not readable: the API gives the same answer for both, and so does this page.
  if (!question) return <NotFoundPage />;
  const official = mayAnswerOfficially(member?.roles, member?.organisation?.id, question.directedTo)
    ? member?.organisation?.name
    : undefined;

  return (
    <Page title={question.title}>
      {question.status !== 'PENDING_REVIEW' && question.status !== 'REJECTED' && (
        <p>
          <FollowButton targetType="QUESTION" targetId={question.id} name={question.title} />
        </p>
      )}
      <p className="notice live" role="status">
        {notice ||
          (asked === 'PENDING_REVIEW'
            ? t('questions.asked.pending')
            : asked
              ? t('questions.asked.open')
              : edited === 'PENDING_REVIEW'
                ? t('questions.edit.savedPending')
                : edited
                  ? t('questions.edit.saved')
                  : '')}
      </p>
      {question.viewerIsAuthor && isQuestionEditable(question.status) && (
        <p>
          <Link to={`/questions/${question.id}/edit`}>
            {question.status === 'REJECTED'
              ? t('questions.edit.resubmitLink')
              : t('questions.edit.link')}
          </Link>
        </p>
      )}
      <dl className="facts">
        <dt>{t('questions.page.asker')}</dt>
        <dd>
          {question.authorLabel}
          <span className="facts__hint">
            {' '}
            ({t(`cases.attributionShown.${question.attribution}`)})
          </span>
        </dd>
        <dt>{t('questions.fields.sharingLevel')}</dt>
        <dd>
          <SharingLevelBadge level={question.sharingLevel} />{' '}
          <span className="level__explain">
            {t(`questions.levelExplain.${question.sharingLevel}`)}
          </span>
        </dd>
        <dt>{t('questions.page.status')}</dt>
        <dd>{t(`questions.status.${question.status}`)}</dd>
        {question.moderationNote && (
          <>
            <dt>{t('cases.moderatorNote')}</dt>
            <dd>{question.moderationNote}</dd>
          </>
        )}
        {question.directedTo.length > 0 && (
          <>
            <dt>{t('questions.page.directedTo')}</dt>
            <dd>{question.directedTo.map((o) => o.name).join(', ')}</dd>
          </>
        )}
        {question.responseDueOn && (
          <>
            <dt>{t('questions.page.responseDue')}</dt>
            <dd>
              <DueNote responseDueOn={question.responseDueOn} overdue={question.overdue} />
            </dd>
          </>
        )}
        {question.assignedTo && (
          <>
            <dt>{t('questions.page.assignedTo')}</dt>
            <dd>{question.assignedTo.displayName}</dd>
          </>
        )}
        {question.topics.length > 0 && (
          <>
            <dt>{t('questions.fields.topicIds')}</dt>
            <dd>{question.topics.map((topic) => topic.name).join(', ')}</dd>
          </>
        )}
        {question.countries.length > 0 && (
          <>
            <dt>{t('questions.fields.countryCodes')}</dt>
            <dd>{question.countries.map((c) => c.name).join(', ')}</dd>
          </>
        )}
      </dl>
      {/* Sanitised by the API (RichText.html): no scripts, styles or images. */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: question.body.html }} />

      <section aria-labelledby="answers-title">
        <h2 id="answers-title">{t('questions.answers.title')}</h2>
        <AnswerList question={question} announce={setNotice} />
      </section>

      {takesAnswers(question.status) ? (
        <section aria-labelledby="answer-title" id="answer">
          <h2 id="answer-title">{t('questions.editor.title')}</h2>
          <AnswerEditor
            questionId={question.id}
            officialFor={official}
            startOfficial={params.get('official') === '1'}
            onDone={setNotice}
          />
        </section>
      ) : (
        question.status === 'CLOSED' && <p className="notice">{t('questions.page.closed')}</p>
      )}
      {!question.viewerIsAuthor && (
        <p>
          <FlagButton contentType="QUESTION" contentId={question.id} />
        </p>
      )}
      <CitationList citations={question.citations} />
    </Page>
  );
}
