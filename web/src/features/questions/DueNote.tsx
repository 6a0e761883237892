// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { dueState, stockholmToday } from './triage';

/**
 * A directed question's response target in words: overdue questions say so in text (and stand
 * out by a border, never colour alone), as do those due today.
 */
export function DueNote({
  responseDueOn,
  overdue,
}: {
  responseDueOn: string | null | undefined;
  overdue: boolean;
}) {
  const { t, i18n } = useTranslation();
  const state = dueState(responseDueOn, overdue, stockholmToday());
  if (state === 'none' || !responseDueOn) return null;
  const date = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${responseDueOn}T00:00:00Z`));
  return <span className={`due due--${state}`}>{t(`questions.due.${state}`, { date })}</span>;
}
