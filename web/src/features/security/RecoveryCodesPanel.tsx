// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Heading } from 'react-aria-components';

/** New recovery codes, shown once: the member writes them down or saves them. */
export function RecoveryCodesPanel({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  return (
    <section className="notice" aria-labelledby="recovery-codes-heading" role="status">
      <Heading level={2} id="recovery-codes-heading">
        {t('security.codesTitle')}
      </Heading>
      <p>{t('security.codesIntro')}</p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
