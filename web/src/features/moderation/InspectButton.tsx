// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toApiProblem } from '../../app/errors';
import { ReasonDialog } from '../../components/ReasonDialog';
import type {
  ContentType,
  InspectFlaggedContentMutation as Inspected,
} from '../../graphql/graphql';
import { InspectFlaggedContentMutation } from './documents';
import { FlagsList } from './FlagsList';

/**
 * The audited look (DOMAIN §8.3): a reviewer who may not read a flagged item reads its text and
 * the readers' words, never its author, after giving a reason the audit log keeps and the
 * author hears of.
 */
export function InspectButton({
  contentType,
  contentId,
}: {
  contentType: ContentType;
  contentId: string;
}) {
  const { t, i18n } = useTranslation();
  const [, inspect] = useMutation(InspectFlaggedContentMutation);
  const [content, setContent] = useState<Inspected['inspectFlaggedContent'] | null>(null);
  const format = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return (
    <div>
      <ReasonDialog
        trigger={t('moderation.inspect.open')}
        title={t('moderation.inspect.title')}
        description={<p>{t('moderation.inspect.explain')}</p>}
        reasonLabel={t('moderation.inspect.reason')}
        minLength={5}
        submitLabel={t('moderation.inspect.submit')}
        onSubmit={async (reason) => {
          const result = await inspect({ input: { contentType, contentId, reason } });
          if (result.error) return toApiProblem(result.error);
          setContent(result.data?.inspectFlaggedContent ?? null);
          return null;
        }}
      />
      {content && (
        <section aria-labelledby="inspected-title" className="notice">
          <h3 id="inspected-title">{t('moderation.inspect.result')}</h3>
          {content.title && <p className="lead">{content.title}</p>}
          {content.fields.map((field) => (
            <div key={field.name}>
              <h4>{t(`cases.fields.${field.name}`, { defaultValue: field.name })}</h4>
              <p className="conflict__text">{field.text}</p>
            </div>
          ))}
          <FlagsList flags={content.openFlags} format={format} heading="h3" />
        </section>
      )}
    </div>
  );
}
