// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../components/PagedList';
import type { CaseFilterInput } from '../../graphql/graphql';
import { CaseListItem } from './CaseListItem';
import { CasesQuery } from './documents';

interface CaseListProps {
  filter: CaseFilterInput;
  /** Shown when no case matches. */
  empty: ReactNode;
  /** Links each title here instead of the case page (e.g. the editor for drafts). */
  linkTo?: (id: string) => string;
  showStatus?: boolean;
}

/** Cases the API returns for a filter, a page at a time (see PagedList). */
export function CaseList({ filter, empty, linkTo, showStatus }: CaseListProps) {
  const { t } = useTranslation();
  return (
    <PagedList
      query={CasesQuery}
      variables={{ filter }}
      connection={(data) => data.cases}
      item={(node) => <CaseListItem data={node} to={linkTo?.(node.id)} showStatus={showStatus} />}
      count={(count) => t('cases.list.count', { count })}
      more={t('cases.list.more')}
      empty={empty}
      block="case-list"
    />
  );
}
