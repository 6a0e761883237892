// SPDX-License-Identifier: EUPL-1.2
import './print.css';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { AssessmentExportQuery } from './documents';
import { toPrintDocument } from './export-html';

/**
 * `/assessments/:id/print`: the print-ready export (`assessmentExport(HTML)`, in the member's
 * language) on a page of its own, opened in a new window from the editor. It opens the print
 * dialog once the document is shown; the print styles hide the platform's header and footer.
 */
export function PrintAssessmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error }, refetch] = useQuery({
    query: AssessmentExportQuery,
    variables: { id, format: 'HTML' },
    requestPolicy: 'network-only',
  });
  const container = useRef<HTMLDivElement>(null);
  const html = data?.assessmentExport.content;
  const printable = useMemo(() => (html ? toPrintDocument(html) : null), [html]);
  const title = printable?.title || t('assessments.export.printTitle');

  useEffect(() => {
    const target = container.current;
    if (!printable || !target) return;
    // A fragment empties as it is inserted: copy it, so a second run still shows the document.
    target.replaceChildren(printable.body.cloneNode(true));
    if (printable.lang) target.lang = printable.lang;
    // After the browser has laid the document out, so the dialog's preview shows it.
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [printable]);

  if (error && !data)
    return (
      <Page title={t('assessments.export.printTitle')}>
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </Page>
    );
  if (!data) return <Loading />;
  return (
    <Page title={title}>
      <p className="print-page__actions">
        <Button className="button" onPress={() => window.print()}>
          {t('assessments.export.printAgain')}
        </Button>
      </p>
      <div className="print-document" ref={container} />
    </Page>
  );
}
