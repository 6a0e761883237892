// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../graphql';
import { SharingLevelBadge } from '../cases/SharingLevelBadge';
import { QuestionSummaryFragment } from './documents';

/** One question in a list: title as the link, who asked as the API labels it, level, status. */
export function QuestionListItem({ data }: { data: FragmentType<typeof QuestionSummaryFragment> }) {
  const { t } = useTranslation();
  const item = getFragmentData(QuestionSummaryFragment, data);
  return (
    <article className="question-item">
      <h3 className="question-item__title">
        <Link to={`/questions/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="question-item__meta">
        <SharingLevelBadge level={item.sharingLevel} />{' '}
        <span className="status">{t(`questions.status.${item.status}`)}</span>{' '}
        <span>{item.authorLabel}</span> ·{' '}
        <span>{t('questions.item.answers', { count: item.answers.totalCount })}</span>
        {item.directedTo.length > 0 && (
          <>
            {' '}
            ·{' '}
            <span>
              {t('questions.item.directedTo', {
                names: item.directedTo.map((o) => o.name).join(', '),
              })}
            </span>
          </>
        )}
      </p>
      {item.topics.length > 0 && (
        <p className="question-item__topics">{item.topics.map((topic) => topic.name).join(', ')}</p>
      )}
    </article>
  );
}
