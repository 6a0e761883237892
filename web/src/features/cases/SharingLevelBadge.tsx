// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import type { SharingLevel } from '../../graphql/graphql';

/**
 * The sharing level as a labelled badge: its name in words (never colour alone) and, when asked,
 * who may read the case in plain language.
 */
export function SharingLevelBadge({
  level,
  explain = false,
}: {
  level: SharingLevel;
  explain?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span className="level">
      <span className={`level__badge level__badge--${level.toLowerCase()}`}>
        {t('cases.levelBadge', { level: t(`cases.level.${level}`) })}
      </span>
      {explain && <span className="level__explain"> {t(`cases.levelExplain.${level}`)}</span>}
    </span>
  );
}
