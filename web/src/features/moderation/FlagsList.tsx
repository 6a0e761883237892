// SPDX-License-Identifier: EUPL-1.2
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagReason } from '../../graphql/graphql';

interface Flag {
  reason: FlagReason;
  text?: string | null;
  createdAt: string;
}

/**
 * What readers reported, without who: reason and time, and their own words only where the API
 * gives them (items the reviewer may read, or after the audited look).
 */
export function FlagsList({
  flags,
  format,
  heading = 'h2',
}: {
  flags: readonly Flag[];
  format: (iso: string) => string;
  heading?: 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  const Heading = heading;
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Heading id={id}>{t('moderation.flags.count', { count: flags.length })}</Heading>
      <ul>
        {flags.map((flag, index) => (
          <li key={`${flag.createdAt}:${index}`}>
            <strong>{t(`flag.reasons.${flag.reason}`)}</strong> ·{' '}
            {t('moderation.flags.at', { when: format(flag.createdAt) })}
            {flag.text && <blockquote className="flag__text">{flag.text}</blockquote>}
          </li>
        ))}
      </ul>
    </section>
  );
}
