// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { ErrorState, Loading } from '../../components/States';
import { ExportMyDataMutation, MyDataExportQuery } from './documents';

/** How often the page asks again while an export is being prepared. */
const POLL_MS = 3000;

/**
 * The member's data export: ask for one, see it being prepared, download it once. The
 * download link works only with the member's own token, so the page fetches it with the token
 * and hands the browser the file, rather than linking to it.
 */
export function DataExportSection() {
  const { t, i18n } = useTranslation();
  const { accessToken } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyDataExportQuery });
  const [{ fetching: requesting }, request] = useMutation(ExportMyDataMutation);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [downloading, setDownloading] = useState(false);
  const current = data?.myDataExport ?? null;
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  // While the job runs, look again every few seconds; the status line below announces the change.
  const pending = current?.status === 'PENDING';
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [pending, refetch]);

  async function ask() {
    const result = await request({});
    if (result.error) {
      setMessage({ text: t(errorMessageKey(toApiProblem(result.error).code)), failed: true });
      return;
    }
    setMessage({ text: t('privacy.export.requested'), failed: false });
    refetch({ requestPolicy: 'network-only' });
  }

  async function download(path: string) {
    setDownloading(true);
    try {
      const token = accessToken();
      const response = await fetch(path, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) {
        setMessage({
          text: t(response.status === 410 ? 'privacy.export.gone' : 'privacy.export.failed'),
          failed: true,
        });
        return;
      }
      const file = URL.createObjectURL(await response.blob());
      const anchor = document.createElement('a');
      anchor.href = file;
      anchor.download =
        /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
        'samrad-export.zip';
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(file), 10_000);
      setMessage({ text: t('privacy.export.downloaded'), failed: false });
    } catch {
      setMessage({ text: t('privacy.export.failed'), failed: true });
    } finally {
      setDownloading(false);
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return (
    <section aria-labelledby="export-title" className="account-section">
      <h2 id="export-title">{t('privacy.export.title')}</h2>
      <p>{t('privacy.export.intro')}</p>
      <p>{t('privacy.export.once')}</p>
      {message && (
        <p role={message.failed ? 'alert' : 'status'} className="notice">
          {message.text}
        </p>
      )}
      {fetching && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : (
        <>
          <p role="status" aria-live="polite">
            {!current
              ? t('privacy.export.none')
              : current.status === 'PENDING'
                ? t('privacy.export.pending', { at: format.format(new Date(current.requestedAt)) })
                : current.status === 'READY' && current.downloadPath && current.expiresAt
                  ? t('privacy.export.ready', { until: format.format(new Date(current.expiresAt)) })
                  : current.status === 'DOWNLOADED'
                    ? t('privacy.export.wasDownloaded')
                    : t('privacy.export.expired')}
          </p>
          <div className="dialog__actions">
            {current?.status === 'READY' && current.downloadPath && (
              <Button
                className="button"
                isDisabled={downloading}
                onPress={() => void download(current.downloadPath!)}
              >
                {t('privacy.export.download')}
              </Button>
            )}
            <Button
              className={current?.status === 'READY' ? 'button button--secondary' : 'button'}
              isDisabled={pending || requesting}
              onPress={() => void ask()}
            >
              {t('privacy.export.request')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
