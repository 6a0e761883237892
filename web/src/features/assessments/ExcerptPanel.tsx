// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import type {
  AssessmentExcerptPart,
  AssessmentExcerptQuery as ExcerptData,
  AssessmentFullFragment,
} from '../../graphql/graphql';
import { inLanguage } from '../guidelines/guideline-text';
import { AssessmentExcerptQuery } from './documents';
import {
  CASE_DRAFT_KEY,
  hasUnsentDraft,
  prefillCase,
  prefillQuestion,
  QUESTION_DRAFT_KEY,
} from './prefill';

const PARTS: readonly AssessmentExcerptPart[] = ['ANSWER', 'NOTE', 'RISK', 'MITIGATIONS'];

/**
 * "Ask about this" / "Share as case": the member ticks questions and parts, sees exactly what
 * will be carried (the API's excerpt, built from the saved assessment and nothing else), then
 * continues to the ask form or the case editor with it as a draft, where screening runs as for
 * anything typed there.
 */
export function ExcerptPanel({ assessment }: { assessment: AssessmentFullFragment }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [questionKeys, setQuestionKeys] = useState<string[]>([]);
  const [parts, setParts] = useState<AssessmentExcerptPart[]>(['ANSWER', 'NOTE']);
  const [withSummary, setWithSummary] = useState(false);
  const [preview, setPreview] = useState<ExcerptData['assessmentExcerpt'] | null>(null);
  const [problem, setProblem] = useState('');
  const language = i18n.language.startsWith('en') ? 'EN' : 'SV';
  // What is previewed is what is carried: any change of choice asks for a new preview.
  const choose =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPreview(null);
    };

  /** The excerpt with its citations labelled as the citation picker labels a section. */
  const labelled = (excerpt: ExcerptData['assessmentExcerpt']) => {
    const en = language === 'EN';
    const { guideline } = assessment;
    return {
      ...excerpt,
      citations: excerpt.citations.map(({ versionId, sectionKey }) => {
        const section = assessment.sections.find((s) => s.sectionKey === sectionKey);
        const heading = (en ? section?.headingEn : section?.headingSv) ?? sectionKey;
        const title = en ? guideline.titleEn : guideline.titleSv;
        return {
          versionId,
          sectionKey,
          label: `${heading} – ${title}, version ${guideline.versionNumber}`,
        };
      }),
    };
  };

  async function showPreview() {
    setProblem('');
    if (!questionKeys.length || !parts.length)
      return setProblem(t('assessments.excerpt.chooseSomething'));
    const result = await client
      .query(
        AssessmentExcerptQuery,
        {
          input: {
            assessmentId: assessment.id,
            questionKeys,
            parts,
            includeCollaborationSummary: withSummary,
          },
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) return setProblem(t(errorMessageKey(toApiProblem(result.error).code)));
    if (result.data) setPreview(result.data.assessmentExcerpt);
  }

  return (
    <section className="assessment-panel" aria-labelledby="assessment-excerpt">
      <h2 id="assessment-excerpt">{t('assessments.excerpt.heading')}</h2>
      <p>{t('assessments.excerpt.intro')}</p>
      {!open ? (
        <Button className="button button--secondary" onPress={() => setOpen(true)}>
          {t('assessments.excerpt.open')}
        </Button>
      ) : (
        <div className="form">
          <CheckboxGroup
            className="field checkbox-group"
            value={questionKeys}
            onChange={choose(setQuestionKeys)}
          >
            <Label className="field__label">{t('assessments.excerpt.questions')}</Label>
            {assessment.sections.flatMap((section) =>
              section.items.map((item) => (
                <Checkbox key={item.questionKey} value={item.questionKey} className="checkbox">
                  {inLanguage(i18n.language, item.textSv, item.textEn)}
                </Checkbox>
              )),
            )}
          </CheckboxGroup>
          <CheckboxGroup
            className="field checkbox-group"
            value={parts}
            onChange={choose((value: string[]) =>
              setParts(PARTS.filter((part) => value.includes(part))),
            )}
          >
            <Label className="field__label">{t('assessments.excerpt.parts')}</Label>
            {PARTS.map((part) => (
              <Checkbox key={part} value={part} className="checkbox">
                {t(`assessments.excerpt.part.${part}`)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <Checkbox className="checkbox" isSelected={withSummary} onChange={choose(setWithSummary)}>
            {t('assessments.excerpt.withSummary')}
          </Checkbox>
          <Text className="field__hint">{t('assessments.excerpt.savedOnly')}</Text>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <p className="actions">
            <Button className="button button--secondary" onPress={() => void showPreview()}>
              {t('assessments.excerpt.preview')}
            </Button>
          </p>
          {preview && (
            <div
              className="excerpt-preview"
              role="region"
              aria-label={t('assessments.excerpt.previewTitle')}
            >
              <h3>{t('assessments.excerpt.previewTitle')}</h3>
              <p>
                <strong>{t('assessments.excerpt.suggestedTitle')}</strong> {preview.title}
              </p>
              <pre className="excerpt-preview__text">{preview.markdown}</pre>
              <p>{t('assessments.excerpt.citations', { count: preview.citations.length })}</p>
              {(hasUnsentDraft(QUESTION_DRAFT_KEY) || hasUnsentDraft(CASE_DRAFT_KEY)) && (
                <p className="hint">{t('assessments.excerpt.replacesDraft')}</p>
              )}
              <p className="actions">
                <Button
                  className="button"
                  onPress={() => {
                    prefillQuestion(labelled(preview), language);
                    void navigate('/questions/new');
                  }}
                >
                  {t('assessments.excerpt.ask')}
                </Button>{' '}
                <Button
                  className="button button--secondary"
                  onPress={() => {
                    prefillCase(labelled(preview), language);
                    void navigate('/cases/new');
                  }}
                >
                  {t('assessments.excerpt.shareAsCase')}
                </Button>
              </p>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
