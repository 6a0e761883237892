// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../components/PagedList';
import type { QuestionFilterInput } from '../../graphql/graphql';
import { QuestionsQuery } from './documents';
import { QuestionListItem } from './QuestionListItem';

/** Questions the API returns for a filter, a page at a time (see PagedList). */
export function QuestionList({ filter, empty }: { filter: QuestionFilterInput; empty: ReactNode }) {
  const { t } = useTranslation();
  return (
    <PagedList
      query={QuestionsQuery}
      variables={{ filter }}
      connection={(data) => data.questions}
      item={(node) => <QuestionListItem data={node} />}
      count={(count) => t('questions.list.count', { count })}
      more={t('questions.list.more')}
      empty={empty}
      block="question-list"
    />
  );
}
