// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import './assessments.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { getFragmentData } from '../../graphql';
import { NotFoundPage } from '../pages/NotFoundPage';
import { AssessmentEditor } from './AssessmentEditor';
import { AssessmentFragment, AssessmentQuery } from './documents';

/**
 * `/assessments/:id`. An assessment the member may not read is answered exactly like one that
 * does not exist (the API returns null for both), so the page is the ordinary not-found page.
 */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error }, refetch] = useQuery({
    query: AssessmentQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data)
    return (
      <Page title={t('assessments.title')}>
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </Page>
    );
  if (!data) return <Loading />;
  if (!data.assessment) return <NotFoundPage />;
  const assessment = getFragmentData(AssessmentFragment, data.assessment);
  return <AssessmentEditor key={assessment.id} server={assessment} />;
}
