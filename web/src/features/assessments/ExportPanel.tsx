// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useClient } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { AssessmentExportQuery } from './documents';

/** Starts a download of a text the page already holds (a Blob URL: no second request). */
function download(filename: string, mediaType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The download has started from the URL; it is not needed afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The assessment as a document for the organisation's own decision file: Markdown to download,
 * or the print-ready HTML on a page of its own that opens the browser's print dialog (where
 * "Save as PDF" is). That page is a route of this client, not a Blob URL: a Blob document
 * inherits the client's Content-Security-Policy, which refuses the export's inline styles.
 */
export function ExportPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');

  async function downloadMarkdown() {
    setProblem('');
    const result = await client
      .query(AssessmentExportQuery, { id, format: 'MARKDOWN' }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) return setProblem(t(errorMessageKey(toApiProblem(result.error).code)));
    if (!result.data) return;
    const file = result.data.assessmentExport;
    download(file.filename, file.mediaType, file.content);
    setStatus(t('assessments.export.downloaded', { filename: file.filename }));
  }

  return (
    <section className="assessment-panel" aria-labelledby="assessment-export">
      <h2 id="assessment-export">{t('assessments.export.heading')}</h2>
      <p>{t('assessments.export.intro')}</p>
      <p className="notice live" role="status">
        {status}
      </p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <p className="actions">
        <Button className="button button--secondary" onPress={() => void downloadMarkdown()}>
          {t('assessments.export.markdown')}
        </Button>{' '}
        <a
          className="button button--secondary"
          href={`/assessments/${id}/print`}
          target="_blank"
          rel="noopener"
        >
          {t('assessments.export.print')}
          <span className="visually-hidden"> {t('assessments.export.newWindow')}</span>
        </a>
      </p>
    </section>
  );
}
