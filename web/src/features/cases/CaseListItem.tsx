// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../graphql';
import { CaseSummaryFragment } from './documents';
import { SharingLevelBadge } from './SharingLevelBadge';

/** One case in a list: title as the link, who wrote it as the API labels it, level, outcome. */
export function CaseListItem({
  data,
  to,
  showStatus = false,
}: {
  data: FragmentType<typeof CaseSummaryFragment>;
  /** Where the title links; the case page unless given. */
  to?: string;
  showStatus?: boolean;
}) {
  const { t } = useTranslation();
  const item = getFragmentData(CaseSummaryFragment, data);
  return (
    <article className="case-item">
      <h3 className="case-item__title">
        <Link to={to ?? `/cases/${item.id}`}>{item.title}</Link>
      </h3>
      <p className="case-item__meta">
        <SharingLevelBadge level={item.sharingLevel} />{' '}
        {showStatus && <span className="status">{t(`cases.status.${item.status}`)}</span>}{' '}
        <span>{item.authorLabel}</span> · <span>{item.year}</span> ·{' '}
        <span>{t(`cases.outcome.${item.outcome}`)}</span>
        {item.countries.length > 0 && <> · {item.countries.map((c) => c.name).join(', ')}</>}
      </p>
      <p>{item.summary}</p>
      {showStatus && item.moderationNote && (
        <p className="case-item__note">
          <strong>{t('cases.moderatorNote')}</strong> {item.moderationNote}
        </p>
      )}
    </article>
  );
}
