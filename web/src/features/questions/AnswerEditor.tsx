// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'react-aria-components';
import { useMutation } from 'urql';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { ScreenedTextArea } from '../../components/screening/ScreenedTextArea';
import type { Finding } from '../../components/screening/findings';
import type { AnswerFieldsFragment, Attribution } from '../../graphql/graphql';
import { getFragmentData } from '../../graphql';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { CitationLinkFragment } from '../guidelines/CitationList';
import { CitationPicker } from '../guidelines/CitationPicker';
import {
  chosenFromSaved,
  toCitationInputs,
  type ChosenCitation,
} from '../guidelines/citation-choice';
import { answerAttributions } from './answer-rules';
import { AnswerQuestionMutation, UpdateAnswerMutation } from './documents';
import { summaryErrors } from './form-errors';

interface AnswerEditorProps {
  questionId: string;
  /** The answer being edited; a new answer when absent. */
  answer?: AnswerFieldsFragment;
  /** The viewer's authority, when they may answer for it officially. */
  officialFor?: string;
  /** Start with "answer officially" ticked (coming from the triage queue). */
  startOfficial?: boolean;
  /** After saving: the message to announce. */
  onDone: (message: string) => void;
  onCancel?: () => void;
}

/**
 * Writing or editing an answer, screened for personal data as the author types. An official
 * answer (experts of the authority asked) cannot be anonymous, so that choice disappears.
 */
export function AnswerEditor({
  questionId,
  answer,
  officialFor,
  startOfficial = false,
  onDone,
  onCancel,
}: AnswerEditorProps) {
  const { t, i18n } = useTranslation();
  // Field names are unique per editor, so the error summary links to this editor's inputs.
  const prefix = answer ? `answer-${answer.id}` : 'answer';
  const name = (field: string) => `${prefix}-${field}`;
  const [body, setBody] = useState(answer?.body.markdown ?? '');
  const [official, setOfficial] = useState(
    answer ? answer.official : startOfficial && Boolean(officialFor),
  );
  const [attribution, setAttribution] = useState<Attribution | ''>(answer?.attribution ?? '');
  const [acknowledged, setAcknowledged] = useState<string[]>([]);
  const [citations, setCitations] = useState<ChosenCitation[]>(() =>
    chosenFromSaved(
      (answer?.citations ?? []).map((c) => getFragmentData(CitationLinkFragment, c)),
      i18n.language.startsWith('en') ? 'EN' : 'SV',
    ),
  );
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [created, create] = useMutation(AnswerQuestionMutation);
  const [updated, update] = useMutation(UpdateAnswerMutation);
  const busy = created.fetching || updated.fetching;
  const attributions = answerAttributions(official);
  const label = (field: string) => t(`questions.editor.fields.${field}`, { defaultValue: field });
  const errorFor = (field: string) => errors.find((e) => e.field === name(field))?.message;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const missing: SummaryError[] = [];
    if (!body.trim())
      missing.push({ field: name('body'), message: t('questions.editor.missingBody') });
    if (!attribution || !attributions.includes(attribution))
      missing.push({
        field: name('attribution'),
        message: t('questions.editor.missingAttribution'),
      });
    if (missing.length) return setErrors(missing);
    const chosen = attribution as Attribution;
    const result = answer
      ? await update({
          input: {
            id: answer.id,
            expectedVersion: answer.version,
            body,
            attribution: chosen,
            acknowledgedFindings: acknowledged,
            citations: toCitationInputs(citations),
          },
        })
      : await create({
          input: {
            questionId,
            body,
            attribution: chosen,
            official,
            acknowledgedFindings: acknowledged,
            citations: toCitationInputs(citations),
          },
        });
    if (result.error) return setErrors(summaryErrors(result.error, t, label, name));
    setErrors([]);
    const status =
      result.data && 'answerQuestion' in result.data
        ? result.data.answerQuestion.status
        : result.data && 'updateAnswer' in result.data
          ? result.data.updateAnswer.status
          : null;
    if (!answer) {
      setBody('');
      setAcknowledged([]);
      setCitations([]);
    }
    onDone(
      status === 'PENDING_REVIEW'
        ? t('questions.editor.pending')
        : answer
          ? t('questions.editor.saved')
          : t('questions.editor.published'),
    );
  }

  return (
    <form className="form answer-editor" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary errors={errors} />
      <ScreenedTextArea
        name={name('body')}
        label={t('questions.editor.fields.body')}
        hint={t('questions.editor.bodyHint')}
        error={errorFor('body')}
        value={body}
        onChange={setBody}
        acknowledged={acknowledged}
        onAcknowledge={(finding: Finding) =>
          setAcknowledged((list) => [...new Set([...list, finding.fingerprint])])
        }
        rows={6}
        isRequired
      />
      {officialFor && !answer && (
        <div className="field">
          <Checkbox
            className="checkbox"
            isSelected={official}
            onChange={(next) => {
              setOfficial(next);
              if (next && attribution === 'ANONYMOUS') setAttribution('');
            }}
          >
            {t('questions.editor.official', { organisation: officialFor })}
          </Checkbox>
          <p className="field__hint">{t('questions.editor.officialHint')}</p>
        </div>
      )}
      <ChoiceGroup
        name={name('attribution')}
        label={t('questions.editor.fields.attribution')}
        error={errorFor('attribution')}
        value={attribution}
        options={attributions.map((value) => ({
          value,
          label: t(`cases.attribution.${value}`),
          description: t(`cases.attributionExplain.${value}`),
        }))}
        onChange={setAttribution}
      />
      <CitationPicker name={name('citations')} selected={citations} onChange={setCitations} />
      <div className="actions">
        <Button type="submit" className="button" isDisabled={busy}>
          {answer ? t('questions.editor.save') : t('questions.editor.submit')}
        </Button>{' '}
        {onCancel && (
          <Button className="button button--secondary" onPress={onCancel}>
            {t('questions.editor.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
