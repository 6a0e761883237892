// SPDX-License-Identifier: EUPL-1.2
import '../cases/cases.css';
import './assessments.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { Empty, ErrorState, Loading } from '../../components/States';
import type { AssessableGuidelinesQuery } from '../../graphql/graphql';
import { inLanguage } from '../guidelines/guideline-text';
import { LIMITS } from './assessment-form';
import { AssessableGuidelinesQuery as GuidelinesQuery, StartAssessmentMutation } from './documents';
import { summaryErrors } from './errors';
import { TextAreaField } from './TextAreaField';

/** `/assessments/new`: a guideline version to assess against, a title and the collaboration. */
export function NewAssessmentPage() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: GuidelinesQuery });
  const title = t('assessments.new.title');
  return (
    <Page title={title}>
      <p>{t('assessments.new.intro')}</p>
      <p className="hint">{t('assessments.whoReads')}</p>
      {error && !data ? (
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <Loading />
      ) : (
        <StartForm guidelines={data.guidelines} />
      )}
    </Page>
  );
}

type Guideline = AssessableGuidelinesQuery['guidelines'][number];

/** The version preselected: asked for in the address, else the national guideline's newest. */
function defaultVersion(guidelines: readonly Guideline[], asked: string | null): string {
  const published = guidelines.flatMap((g) => (g.latestVersion ? [g.latestVersion.id] : []));
  if (asked && published.includes(asked)) return asked;
  const national = guidelines.find((g) => g.kind === 'NATIONAL_GUIDELINE' && g.latestVersion);
  return national?.latestVersion?.id ?? published[0] ?? '';
}

function StartForm({ guidelines }: { guidelines: readonly Guideline[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [versionId, setVersionId] = useState(() =>
    defaultVersion(guidelines, params.get('version')),
  );
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [{ fetching }, start] = useMutation(StartAssessmentMutation);
  const options = guidelines.flatMap((g) =>
    g.latestVersion
      ? [
          {
            value: g.latestVersion.id,
            label: t('assessments.guidelineVersion', {
              title: inLanguage(i18n.language, g.latestVersion.titleSv, g.latestVersion.titleEn),
              number: g.latestVersion.number,
            }),
          },
        ]
      : [],
  );
  if (options.length === 0) return <Empty>{t('assessments.new.noGuidelines')}</Empty>;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    const problems: SummaryError[] = [];
    if (!versionId)
      problems.push({ field: 'guidelineVersionId', message: t('assessments.missing.guideline') });
    if (!title.trim()) problems.push({ field: 'title', message: t('assessments.missing.title') });
    else if (title.trim().length > LIMITS.title)
      problems.push({ field: 'title', message: t('assessments.tooLong', { max: LIMITS.title }) });
    if (!summary.trim())
      problems.push({ field: 'collaborationSummary', message: t('assessments.missing.summary') });
    setErrors(problems);
    if (problems.length) return;
    const result = await start({
      input: { guidelineVersionId: versionId, title: title.trim(), collaborationSummary: summary },
    });
    if (result.error) return setErrors(summaryErrors(result.error, t));
    if (result.data) void navigate(`/assessments/${result.data.startAssessment.id}`);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <SelectField
          name="guidelineVersionId"
          label={t('assessments.new.guideline')}
          value={versionId}
          onChange={setVersionId}
          options={options}
          error={errorFor('guidelineVersionId')}
        />
        <Field
          name="title"
          label={t('assessments.fields.title')}
          hint={t('assessments.hints.title')}
          value={title}
          onChange={setTitle}
          error={errorFor('title')}
          isRequired
        />
        <TextAreaField
          name="collaborationSummary"
          label={t('assessments.fields.collaborationSummary')}
          hint={t('assessments.hints.collaborationSummary')}
          value={summary}
          onChange={setSummary}
          error={errorFor('collaborationSummary')}
          rows={4}
          isRequired
        />
        <div className="actions">
          <Button type="submit" className="button" isDisabled={fetching}>
            {t('assessments.new.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
