// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ToggleButton } from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { getFragmentData, type FragmentType } from '../../graphql';
import type { QuestionStatus } from '../../graphql/graphql';
import { AnswerEditor } from './AnswerEditor';
import { canAccept, canVote, takesAnswers } from './answer-rules';
import { AcceptAnswerMutation, AnswerFieldsFragment, VoteAnswerMutation } from './documents';
import { FlagButton } from '../../components/FlagButton';
import { CitationList } from '../guidelines/CitationList';

interface AnswerItemProps {
  data: FragmentType<typeof AnswerFieldsFragment>;
  question: { id: string; status: QuestionStatus; viewerIsAuthor: boolean };
  /** Announces what an action did (the page's live region). */
  announce: (message: string) => void;
}

/**
 * One answer: an official one is marked with its authority and the note that the advice is not
 * binding; helpful votes, accepting (the asker), and editing one's own.
 */
export function AnswerItem({ data, question, announce }: AnswerItemProps) {
  const { t } = useTranslation();
  const answer = getFragmentData(AnswerFieldsFragment, data);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState('');
  const [, vote] = useMutation(VoteAnswerMutation);
  const [, accept] = useMutation(AcceptAnswerMutation);
  const titleId = `answer-${answer.id}-title`;
  const organisation = answer.organisation?.name ?? '';
  const fail = (error: Parameters<typeof toApiProblem>[0]) =>
    setProblem(t(errorMessageKey(toApiProblem(error).code)));

  return (
    <article
      className={`answer${answer.official ? ' answer--official' : ''}${answer.accepted ? ' answer--accepted' : ''}`}
      aria-labelledby={titleId}
    >
      <h3 className="answer__title" id={titleId}>
        {answer.official
          ? t('questions.answer.official', { organisation })
          : t('questions.answer.by', { author: answer.authorLabel })}
      </h3>
      {answer.official && (
        <p className="answer__byline">{t('questions.answer.by', { author: answer.authorLabel })}</p>
      )}
      {answer.accepted && <p className="answer__accepted">{t('questions.answer.accepted')}</p>}
      {answer.status !== 'PUBLISHED' && (
        <p className="status">{t(`questions.answer.status.${answer.status}`)}</p>
      )}
      {answer.moderationNote && (
        <p className="answer__note">
          <strong>{t('cases.moderatorNote')}</strong> {answer.moderationNote}
        </p>
      )}
      {editing ? (
        <AnswerEditor
          questionId={question.id}
          answer={answer}
          onDone={(message) => {
            setEditing(false);
            announce(message);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        // Sanitised by the API (RichText.html): no scripts, styles or images.
        <div className="prose" dangerouslySetInnerHTML={{ __html: answer.body.html }} />
      )}
      {!editing && <CitationList citations={answer.citations} headingLevel={4} />}
      {answer.official && answer.officialNote && (
        <p className="answer__official-note" role="note">
          {answer.officialNote}
        </p>
      )}
      <p className="answer__helpful">
        {t('questions.answer.helpful', { count: answer.helpfulCount })}
      </p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {!editing && (
        <p className="actions">
          {canVote(answer) && (
            <ToggleButton
              className="button button--secondary"
              isSelected={answer.viewerHasVoted}
              onChange={(helpful) => {
                void vote({ input: { answerId: answer.id, helpful } }).then((result) => {
                  if (result.error) return fail(result.error);
                  setProblem('');
                  announce(helpful ? t('questions.answer.voted') : t('questions.answer.unvoted'));
                });
              }}
            >
              {t('questions.answer.vote')}
            </ToggleButton>
          )}{' '}
          {canAccept(question, answer) && (
            <Button
              className="button"
              onPress={() => {
                void accept({ input: { answerId: answer.id } }).then((result) => {
                  if (result.error) return fail(result.error);
                  setProblem('');
                  announce(t('questions.answer.acceptedNow'));
                });
              }}
            >
              {t('questions.answer.accept')}
            </Button>
          )}{' '}
          {answer.viewerIsAuthor && takesAnswers(question.status) && (
            <Button className="button button--plain" onPress={() => setEditing(true)}>
              {t('questions.answer.edit')}
            </Button>
          )}
          {!answer.viewerIsAuthor && <FlagButton contentType="ANSWER" contentId={answer.id} />}
        </p>
      )}
    </article>
  );
}
