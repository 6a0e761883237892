// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams, Link } from 'react-router';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { ErrorState, Loading } from '../../components/States';
import type { DiffPartKind } from '../../graphql/graphql';
import { GuidelineDiffQuery, GuidelineQuery } from './documents';
import { inLanguage } from './guideline-text';
import './guidelines.css';

/**
 * How one version differs from another, section by section. Inserted and deleted words are
 * <ins> and <del>, underlined and struck through, each opened and closed by words a screen
 * reader says ("inserted:", "deleted:"): never colour alone.
 */
export function GuidelineDiffPage() {
  const { t, i18n } = useTranslation();
  const { ref = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [{ data, error }] = useQuery({ query: GuidelineQuery, variables: { ref } });
  const guideline = data?.guideline;
  const latest = guideline?.latestVersion?.number ?? 1;
  const to = Number(params.get('to')) || latest;
  const from = Number(params.get('from')) || Math.max(1, to - 1);
  const [diff] = useQuery({
    query: GuidelineDiffQuery,
    variables: { id: guideline?.id ?? '', from, to },
    pause: !guideline,
  });
  const lang = i18n.language;
  const title = t('guidelines.diffTitle', { from, to });
  const problem = error ?? diff.error;
  const options = (guideline?.versions ?? [])
    .filter((v) => v.status === 'PUBLISHED')
    .map((v) => ({
      value: String(v.number),
      label: t('guidelines.versionNumber', { number: v.number }),
    }));
  const go = (nextFrom: number, nextTo: number) =>
    void navigate(`/guidelines/${ref}/diff?from=${nextFrom}&to=${nextTo}`);

  return (
    <Page title={title}>
      <p>
        <Link to={`/guidelines/${ref}`}>{t('guidelines.backToDocument')}</Link>
      </p>
      {guideline && (
        <div className="guideline-pickers">
          <SelectField
            label={t('guidelines.fromVersion')}
            value={String(from)}
            onChange={(v) => go(Number(v), to)}
            options={options}
          />
          <SelectField
            label={t('guidelines.toVersion')}
            value={String(to)}
            onChange={(v) => go(from, Number(v))}
            options={options}
          />
        </div>
      )}
      {problem && !diff.data ? (
        <ErrorState problem={toApiProblem(problem)} />
      ) : !diff.data ? (
        <Loading />
      ) : (
        diff.data.guidelineDiff.sections.map((section) => (
          <section
            key={section.key}
            aria-labelledby={`diff-${section.key}`}
            className="guideline-section"
          >
            <h2 id={`diff-${section.key}`}>
              {inLanguage(lang, section.headingSv, section.headingEn)}
            </h2>
            <p className="guideline-diff__change">{t(`guidelines.change.${section.change}`)}</p>
            {section.change !== 'UNCHANGED' && (
              <p className="guideline-diff__body">
                {inLanguage(lang, section.bodySvParts, section.bodyEnParts).map((part, index) => (
                  <DiffRun key={index} kind={part.kind} text={part.text} />
                ))}
              </p>
            )}
          </section>
        ))
      )}
    </Page>
  );
}

function DiffRun({ kind, text }: { kind: DiffPartKind; text: string }) {
  const { t } = useTranslation();
  if (kind === 'SAME') return <>{text}</>;
  const Tag = kind === 'INSERTED' ? 'ins' : 'del';
  const name = kind === 'INSERTED' ? 'inserted' : 'deleted';
  return (
    <Tag>
      <span className="visually-hidden">{t(`guidelines.${name}Start`)} </span>
      {text}
      <span className="visually-hidden"> {t(`guidelines.${name}End`)}</span>
    </Tag>
  );
}
