// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import { ReasonDialog } from '../../components/ReasonDialog';
import { RedactRevisionMutation } from './documents';

interface Revision {
  id: string;
  version: number;
  createdAt: string;
  redactedAt?: string | null;
  redactionReason?: string | null;
}

/**
 * The case's earlier versions (moderators see them for community levels). A version that held
 * personal data can be redacted: its text is erased for good, with a reason in the audit log.
 */
export function RevisionsPanel({
  caseId,
  revisions,
  format,
  onRedacted,
}: {
  caseId: string;
  revisions: readonly Revision[];
  format: (iso: string) => string;
  onRedacted: () => void;
}) {
  const { t } = useTranslation();
  const [, redact] = useMutation(RedactRevisionMutation);
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t('cases.page.revisions', { count: revisions.length })}</h2>
      <ul>
        {revisions.map((revision) => {
          const label = t('cases.page.revision', {
            version: revision.version,
            date: format(revision.createdAt),
          });
          return (
            <li key={revision.id}>
              {label}
              {revision.redactedAt ? (
                <>
                  {' – '}
                  {t('moderation.redact.done', { reason: revision.redactionReason ?? '' })}
                </>
              ) : (
                <>
                  {' '}
                  <ReasonDialog
                    trigger={t('moderation.redact.open', { version: revision.version })}
                    title={t('moderation.redact.title', { version: revision.version })}
                    description={<p>{t('moderation.redact.explain')}</p>}
                    reasonLabel={t('moderation.redact.reason')}
                    minLength={5}
                    submitLabel={t('moderation.redact.submit')}
                    triggerClassName="button button--warning"
                    onSubmit={async (reason) => {
                      const result = await redact({
                        input: {
                          contentType: 'CASE',
                          contentId: caseId,
                          revisionId: revision.id,
                          reason,
                        },
                      });
                      if (result.error) return toApiProblem(result.error);
                      onRedacted();
                      return null;
                    }}
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
