// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../graphql';
import { CaseRevisionsFragment } from './documents';

/** Earlier versions of the case, for its author and moderators (the API gives null to others). */
export function CaseRevisions({ data }: { data: FragmentType<typeof CaseRevisionsFragment> }) {
  const { t, i18n } = useTranslation();
  const { revisions } = getFragmentData(CaseRevisionsFragment, data);
  if (!revisions?.edges.length) return null;
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t('cases.page.revisions', { count: revisions.totalCount })}</h2>
      <ul>
        {revisions.edges.map(({ node: revision }) => (
          <li key={revision.id}>
            {t('cases.page.revision', {
              version: revision.version,
              date: format.format(new Date(revision.createdAt)),
            })}
            {revision.redactedAt && <> – {t('cases.page.revisionRedacted')}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
