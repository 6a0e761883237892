// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModerationItemQuery } from '../../graphql/graphql';

type Node = NonNullable<ModerationItemQuery['moderationItem']>;
type Finding = NonNullable<NonNullable<Node['case']>['findings']>[number];

/**
 * The text a decision needs (only for items the reviewer may read): the author as the
 * attribution allows, the sanitised body, and the screener's current findings.
 */
export function ItemContent({ item }: { item: Node }) {
  const { t } = useTranslation();
  const content = item.case ?? item.question ?? item.answer;
  if (!content) return null;
  const sections: [string, string | undefined][] = item.case
    ? [
        ['context', item.case.context.html],
        ['whatHappened', item.case.whatHappened.html],
        ['assessment', item.case.assessment?.html],
        ['mitigations', item.case.mitigations?.html],
        ['lessonsLearned', item.case.lessonsLearned?.html],
      ]
    : [['body', (item.question ?? item.answer)?.body.html]];
  const findings = item.case?.findings ?? item.question?.findings ?? null;
  return (
    <section aria-labelledby="content-title">
      <h2 id="content-title">{t('moderation.item.content')}</h2>
      <dl className="facts">
        <dt>{t('cases.page.author')}</dt>
        <dd>{content.authorLabel}</dd>
        {content.moderationNote && (
          <>
            <dt>{t('cases.moderatorNote')}</dt>
            <dd>{content.moderationNote}</dd>
          </>
        )}
        {item.answer && (
          <>
            <dt>{t('moderation.item.answerTo')}</dt>
            <dd>
              <Link to={`/questions/${item.answer.question.id}`}>{item.answer.question.title}</Link>
            </dd>
          </>
        )}
      </dl>
      {item.case && <p className="lead">{item.case.summary}</p>}
      {sections
        .filter(([, html]) => html)
        .map(([field, html]) => (
          <section key={field} aria-labelledby={`content-${field}`}>
            <h3 id={`content-${field}`}>
              {field === 'body' ? t('moderation.item.body') : t(`cases.fields.${field}`)}
            </h3>
            {/* Sanitised by the API (RichText.html). */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: html ?? '' }} />
          </section>
        ))}
      {findings && <Findings findings={findings} />}
    </section>
  );
}

function Findings({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="findings-title">
      <h3 id="findings-title">{t('moderation.findings.title', { count: findings.length })}</h3>
      {findings.length === 0 ? (
        <p>{t('moderation.findings.none')}</p>
      ) : (
        <ul>
          {findings.map((f) => (
            <li key={`${f.field ?? ''}:${f.start}`}>
              <strong>{t(`cases.findingKind.${f.kind}`)}</strong>
              {f.field && <> · {t(`cases.fields.${f.field}`, { defaultValue: f.field })}</>}: ”
              {f.text}”
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
