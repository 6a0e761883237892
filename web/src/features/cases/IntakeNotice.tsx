// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { IntakeNoticeQuery } from './documents';

/** DOMAIN §4: what must never be written here, above every editor, in the API's own words. */
export function IntakeNotice() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: IntakeNoticeQuery });
  return (
    <section className="intake-notice" aria-labelledby="intake-title">
      <h2 id="intake-title">{t('cases.editor.intakeTitle')}</h2>
      {data ? (
        <ul>
          {data.intakeNotice.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t('cases.editor.intakeFallback')}</p>
      )}
    </section>
  );
}
