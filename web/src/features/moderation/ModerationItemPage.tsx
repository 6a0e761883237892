// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { hasAnyRole } from '../../app/navigation';
import { useSession } from '../../app/session';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { getFragmentData } from '../../graphql';
import { SharingLevelBadge } from '../cases/SharingLevelBadge';
import { DecisionButtons } from './DecisionButtons';
import { ModerationItemQuery, ModerationSummaryFragment } from './documents';
import { FlagsList } from './FlagsList';
import { InspectButton } from './InspectButton';
import { ItemContent } from './ItemContent';
import { contentTypeOf } from './item-path';
import { RevealAuthorButton } from './RevealAuthorButton';
import { RevisionsPanel } from './RevisionsPanel';

/**
 * One item in moderation: what it is, its flags, its text and findings where the reviewer may
 * read it, and the decisions that fit. On a flagged item the reviewer may not read, the page
 * shows metadata only and offers RESTORE, HIDE and the audited look (DOMAIN §8.3).
 */
export function ModerationItemPage() {
  const { t, i18n } = useTranslation();
  const { type: segment, id = '' } = useParams();
  const { member } = useSession();
  const contentType = contentTypeOf(segment);
  const [{ data, error }, refetch] = useQuery({
    query: ModerationItemQuery,
    variables: { contentType: contentType ?? 'CASE', contentId: id },
    pause: !contentType,
    requestPolicy: 'cache-and-network',
  });
  const unavailable = (problem: Parameters<typeof ErrorState>[0]['problem']) => (
    <Page title={t('moderation.item.unavailable')}>
      <ErrorState problem={problem} />
      <p>
        <Link to="/moderation">{t('moderation.item.back')}</Link>
      </p>
    </Page>
  );
  if (!contentType) return unavailable({ code: 'NOT_FOUND', fields: [] });
  if (error && !data) return unavailable(toApiProblem(error));
  if (!data) return <Loading />;
  const node = data.moderationItem;
  if (!node) return unavailable({ code: 'NOT_FOUND', fields: [] });
  const item = getFragmentData(ModerationSummaryFragment, node);
  const kind = t(`moderation.contentType.${item.contentType}`);
  const title = item.contentReadable
    ? (item.title ?? kind)
    : t('moderation.metadataOnlyTitle', { kind, level: t(`cases.level.${item.sharingLevel}`) });
  const format = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const isModerator = hasAnyRole(member, ['MODERATOR']);

  return (
    <Page title={title}>
      <p>
        <Link to="/moderation">{t('moderation.item.back')}</Link>
      </p>
      <dl className="facts">
        <dt>{t('moderation.item.type')}</dt>
        <dd>{kind}</dd>
        <dt>{t('cases.fields.sharingLevel')}</dt>
        <dd>
          <SharingLevelBadge level={item.sharingLevel} />
        </dd>
        <dt>{t('moderation.item.status')}</dt>
        <dd>
          {t(`moderation.status.${item.status}`, { defaultValue: item.status })}
          {item.hidden &&
            ` · ${node.hiddenAt ? t('moderation.hiddenSince', { when: format(node.hiddenAt) }) : t('moderation.hidden')}`}
        </dd>
        {item.queueReason && (
          <>
            <dt>{t('moderation.item.why')}</dt>
            <dd>
              {t(`moderation.queueReason.${item.queueReason}`)}
              {item.queuedAt &&
                ` · ${t('moderation.queue.since', { when: format(item.queuedAt) })}`}
            </dd>
          </>
        )}
      </dl>
      {!item.contentReadable && <p className="notice">{t('moderation.metadataOnly')}</p>}

      <section aria-labelledby="decide-title">
        <h2 id="decide-title">{t('moderation.decide.title')}</h2>
        <DecisionButtons item={item} title={title} />
        {item.contentReadable && isModerator && (
          <RevealAuthorButton contentType={item.contentType} contentId={item.contentId} />
        )}
        {!item.contentReadable && item.openFlagCount > 0 && (
          <InspectButton contentType={item.contentType} contentId={item.contentId} />
        )}
      </section>

      {item.openFlagCount > 0 && <FlagsList flags={node.openFlags} format={format} />}

      {item.contentReadable && <ItemContent item={node} />}

      {node.case?.revisions && isModerator && (
        <RevisionsPanel
          caseId={node.case.id}
          revisions={node.case.revisions.edges.map((e) => e.node)}
          format={format}
          onRedacted={reload}
        />
      )}
    </Page>
  );
}
