// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import { ReasonDialog } from '../../components/ReasonDialog';
import type { ContentType, RevealAuthorMutation as Revealed } from '../../graphql/graphql';
import { useStepUp } from '../security/StepUpDialog';
import { RevealAuthorMutation } from './documents';

const MIN_REASON = 5;

/**
 * Who wrote it (DOMAIN §3): only with a reason, which the audit log keeps and the author is told
 * of. The answer is shown in the dialog and stays on the page until it is left.
 */
export function RevealAuthorButton({
  contentType,
  contentId,
}: {
  contentType: ContentType;
  contentId: string;
}) {
  const { t } = useTranslation();
  const [, reveal] = useMutation(RevealAuthorMutation);
  // Revealing an author is a step-up action (DOMAIN §1): a fresh second factor, then the reveal.
  const stepUp = useStepUp();
  const [author, setAuthor] = useState<Revealed['revealAuthor'] | null>(null);
  const details = author && (
    <dl className="facts" aria-label={t('moderation.reveal.result')}>
      <dt>{t('moderation.reveal.name')}</dt>
      <dd>{author.displayName}</dd>
      <dt>{t('moderation.reveal.email')}</dt>
      <dd>{author.email}</dd>
      <dt>{t('moderation.reveal.organisation')}</dt>
      <dd>{author.organisation.name}</dd>
    </dl>
  );
  return (
    <div className="reveal">
      {stepUp.dialog}
      <ReasonDialog
        trigger={t('moderation.reveal.open')}
        title={t('moderation.reveal.title')}
        description={<p>{t('moderation.reveal.explain')}</p>}
        reasonLabel={t('moderation.reveal.reason')}
        reasonHint={t('moderation.reveal.reasonHint')}
        minLength={MIN_REASON}
        submitLabel={t('moderation.reveal.submit')}
        showsResult
        result={
          <>
            <p>{t('moderation.reveal.done')}</p>
            {details}
          </>
        }
        onSubmit={async (reason) => {
          const result = await stepUp.run(() =>
            reveal({ input: { contentType, contentId, reason } }),
          );
          if (result.error) return toApiProblem(result.error);
          setAuthor(result.data?.revealAuthor ?? null);
          return null;
        }}
      />
      {author && (
        <section aria-labelledby="revealed-title">
          <h3 id="revealed-title">{t('moderation.reveal.result')}</h3>
          {details}
        </section>
      )}
    </div>
  );
}
