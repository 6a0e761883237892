// SPDX-License-Identifier: EUPL-1.2
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchQuery } from '../../graphql/graphql';
import { SharingLevelBadge } from '../cases/SharingLevelBadge';
import { Highlighted } from './Highlighted';

export type SearchHit = SearchQuery['search']['edges'][number]['node'];

/** One hit: its type, the title as the link, who wrote it as the API labels it, the excerpt. */
export function SearchHitItem({
  hit,
  linkRef,
}: {
  hit: SearchHit;
  linkRef?: Ref<HTMLAnchorElement>;
}) {
  const { t } = useTranslation();
  const { item } = hit;
  const to = item.__typename === 'Case' ? `/cases/${item.id}` : `/questions/${item.id}`;
  return (
    <article className="search-hit">
      <p className="search-hit__type">
        {t(`search.type.${item.__typename === 'Case' ? 'CASE' : 'QUESTION'}`)}
      </p>
      <h3 className="search-hit__title">
        <Link ref={linkRef} to={to}>
          <Highlighted html={hit.titleHighlight} />
        </Link>
      </h3>
      <p className="search-hit__meta">
        <SharingLevelBadge level={item.sharingLevel} /> <span>{item.authorLabel}</span>
        {item.__typename === 'Case' && (
          <>
            {' '}
            · <span>{item.year}</span> · <span>{t(`cases.outcome.${item.outcome}`)}</span>
          </>
        )}
      </p>
      {hit.snippet && (
        <p className="search-hit__snippet">
          <Highlighted html={hit.snippet} />
        </p>
      )}
    </article>
  );
}
