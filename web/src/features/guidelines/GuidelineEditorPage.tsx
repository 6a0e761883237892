// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, fieldProblemText, toApiProblem, type ApiProblem } from '../../app/errors';
import { guidelineFieldLabel } from './guideline-field-label';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { ErrorState, Loading } from '../../components/States';
import type { GuidelineKind } from '../../graphql/graphql';
import {
  CreateGuidelineMutation,
  GuidelineDraftQuery,
  PublishGuidelineVersionMutation,
  StartGuidelineDraftMutation,
  UpdateGuidelineDraftMutation,
} from './documents';
import { emptySection, SectionFields, type SectionDraft } from './SectionFields';
import './guidelines.css';

const KINDS: readonly GuidelineKind[] = ['NATIONAL_GUIDELINE', 'CHECKLIST', 'AUTHORITY_GUIDANCE'];

interface Form {
  slug: string;
  kind: GuidelineKind;
  titleSv: string;
  titleEn: string;
  changeNoteSv: string;
  changeNoteEn: string;
  sections: SectionDraft[];
}

const EMPTY: Form = {
  slug: '',
  kind: 'NATIONAL_GUIDELINE',
  titleSv: '',
  titleEn: '',
  changeNoteSv: '',
  changeNoteEn: '',
  sections: [emptySection()],
};

/**
 * Editors: a new guideline (`/guidelines/new`), or the draft of an existing one
 * (`/guidelines/:ref/edit`: start one from the newest version, edit every section, save, and
 * publish after confirming that a published version can never change).
 */
export function GuidelineEditorPage() {
  const { t } = useTranslation();
  const { ref } = useParams();
  const navigate = useNavigate();
  const isNew = !ref;
  const [{ data, error, fetching }, refetch] = useQuery({
    query: GuidelineDraftQuery,
    variables: { ref: ref ?? '' },
    pause: isNew,
    requestPolicy: 'network-only',
  });
  const [form, setForm] = useState<Form>(EMPTY);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState('');
  const [, create] = useMutation(CreateGuidelineMutation);
  const [, start] = useMutation(StartGuidelineDraftMutation);
  const [, update] = useMutation(UpdateGuidelineDraftMutation);
  const [, publish] = useMutation(PublishGuidelineVersionMutation);
  const guideline = data?.guideline;
  const draft = guideline?.draft;
  const [updatedAt, setUpdatedAt] = useState<string>('');

  // A newly loaded draft fills the form (state adjusted while rendering, not in an effect).
  const [loadedId, setLoadedId] = useState<string | null>(null);
  if (draft && draft.id !== loadedId) {
    setLoadedId(draft.id);
    setForm({
      ...EMPTY,
      titleSv: draft.titleSv,
      titleEn: draft.titleEn,
      changeNoteSv: draft.changeNoteSv,
      changeNoteEn: draft.changeNoteEn,
      sections: draft.sections.map((s) => ({
        key: s.key,
        headingSv: s.headingSv,
        headingEn: s.headingEn,
        bodySv: s.bodySv.markdown,
        bodyEn: s.bodyEn.markdown,
        questions: s.questions.map((q) => ({ key: q.key, textSv: q.textSv, textEn: q.textEn })),
      })),
    });
    setUpdatedAt(draft.updatedAt);
  }

  const fieldErrors = Object.fromEntries(
    (problem?.fields ?? []).map((f) => [f.field, fieldProblemText(t, f)]),
  );
  const summary: SummaryError[] = problem
    ? problem.fields.length
      ? problem.fields.map((f) => ({
          field: f.field,
          message: `${guidelineFieldLabel(t, f.field)}: ${fieldProblemText(t, f)}`,
        }))
      : [{ message: t(errorMessageKey(problem.code)) }]
    : [];
  const set = (field: keyof Form) => (value: string) => setForm({ ...form, [field]: value });
  const sections = form.sections.map(
    ({ key, headingSv, headingEn, bodySv, bodyEn, questions }) => ({
      key,
      headingSv,
      headingEn,
      bodySv,
      bodyEn,
      questions,
    }),
  );

  const save = async (): Promise<boolean> => {
    setSaved('');
    if (isNew) {
      const result = await create({
        input: {
          slug: form.slug,
          kind: form.kind,
          titleSv: form.titleSv,
          titleEn: form.titleEn,
          sections,
        },
      });
      if (result.error) return (setProblem(toApiProblem(result.error)), false);
      setProblem(null);
      void navigate(`/guidelines/${result.data!.createGuideline.slug}/edit`);
      return true;
    }
    const result = await update({
      input: {
        versionId: draft!.id,
        expectedUpdatedAt: updatedAt,
        titleSv: form.titleSv,
        titleEn: form.titleEn,
        changeNoteSv: form.changeNoteSv,
        changeNoteEn: form.changeNoteEn,
        sections,
      },
    });
    if (result.error) return (setProblem(toApiProblem(result.error)), false);
    setProblem(null);
    setUpdatedAt(result.data!.updateGuidelineDraft.updatedAt);
    setSaved(t('guidelineEditor.saved'));
    return true;
  };

  if (!isNew && error && !data)
    return (
      <Page title={t('guidelineEditor.editTitle')}>
        <ErrorState problem={toApiProblem(error)} onRetry={() => refetch()} />
      </Page>
    );
  if (!isNew && (!guideline || fetching))
    return (
      <Page title={t('guidelineEditor.editTitle')}>
        <Loading />
      </Page>
    );
  if (!isNew && guideline && !draft)
    return (
      <Page title={t('guidelineEditor.editTitle')}>
        <p>{t('guidelineEditor.noDraft')}</p>
        <Button
          className="button"
          onPress={() =>
            void start({ id: guideline.id }).then((result) =>
              result.error ? setProblem(toApiProblem(result.error)) : refetch(),
            )
          }
        >
          {t('guidelineEditor.startDraft')}
        </Button>
        {problem && <p role="alert">{t(errorMessageKey(problem.code))}</p>}
      </Page>
    );

  return (
    <Page
      title={
        isNew
          ? t('guidelineEditor.newTitle')
          : t('guidelineEditor.draftTitle', { number: draft!.number })
      }
    >
      <form
        className="form form--wide"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ErrorSummary errors={summary} />
        {isNew && (
          <>
            <Field
              name="slug"
              label={t('guidelineEditor.slug')}
              hint={t('guidelineEditor.keyHint')}
              value={form.slug}
              onChange={set('slug')}
              error={fieldErrors.slug}
              isRequired
            />
            <SelectField
              name="kind"
              label={t('guidelineEditor.kind')}
              value={form.kind}
              onChange={(value) => setForm({ ...form, kind: value as GuidelineKind })}
              options={KINDS.map((kind) => ({ value: kind, label: t(`guidelines.kind.${kind}`) }))}
            />
          </>
        )}
        <Field
          name="titleSv"
          label={t('guidelineEditor.titleSv')}
          value={form.titleSv}
          onChange={set('titleSv')}
          error={fieldErrors.titleSv}
          isRequired
        />
        <Field
          name="titleEn"
          label={t('guidelineEditor.titleEn')}
          value={form.titleEn}
          onChange={set('titleEn')}
          error={fieldErrors.titleEn}
          isRequired
        />
        {!isNew && (
          <>
            <Field
              name="changeNoteSv"
              label={t('guidelineEditor.changeNoteSv')}
              value={form.changeNoteSv}
              onChange={set('changeNoteSv')}
              error={fieldErrors.changeNoteSv}
            />
            <Field
              name="changeNoteEn"
              label={t('guidelineEditor.changeNoteEn')}
              value={form.changeNoteEn}
              onChange={set('changeNoteEn')}
              error={fieldErrors.changeNoteEn}
            />
          </>
        )}
        <h2>{t('guidelineEditor.sections')}</h2>
        {form.sections.map((section, index) => (
          <SectionFields
            key={index}
            index={index}
            section={section}
            errors={fieldErrors}
            onChange={(next) =>
              setForm({ ...form, sections: form.sections.map((s, i) => (i === index ? next : s)) })
            }
            onRemove={() =>
              setForm({ ...form, sections: form.sections.filter((_, i) => i !== index) })
            }
          />
        ))}
        <div className="actions">
          <Button
            className="button button--secondary"
            onPress={() => setForm({ ...form, sections: [...form.sections, emptySection()] })}
          >
            {t('guidelineEditor.addSection')}
          </Button>
          <Button className="button" type="submit">
            {isNew ? t('guidelineEditor.create') : t('guidelineEditor.save')}
          </Button>
          {!isNew && draft && (
            <DialogTrigger>
              <Button className="button">{t('guidelineEditor.publish')}</Button>
              <ModalOverlay className="modal-overlay" isDismissable>
                <Modal className="modal">
                  <Dialog className="dialog">
                    {({ close }) => (
                      <>
                        <Heading slot="title">
                          {t('guidelineEditor.publishTitle', { number: draft.number })}
                        </Heading>
                        <p>{t('guidelineEditor.publishWarning')}</p>
                        <div className="actions">
                          <Button
                            className="button"
                            onPress={() =>
                              void save().then(async (ok) => {
                                if (!ok) return close();
                                const result = await publish({ id: draft.id });
                                if (result.error) {
                                  setProblem(toApiProblem(result.error));
                                  return close();
                                }
                                void navigate(
                                  `/guidelines/${guideline?.slug ?? ref}?version=${draft.number}`,
                                );
                              })
                            }
                          >
                            {t('guidelineEditor.publishConfirm')}
                          </Button>
                          <Button className="button button--secondary" onPress={close}>
                            {t('guidelineEditor.cancel')}
                          </Button>
                        </div>
                      </>
                    )}
                  </Dialog>
                </Modal>
              </ModalOverlay>
            </DialogTrigger>
          )}
          {!isNew && guideline && (
            <Link to={`/guidelines/${guideline.slug}`}>{t('guidelines.backToDocument')}</Link>
          )}
        </div>
        <p className="visually-hidden" role="status">
          {saved}
        </p>
      </form>
    </Page>
  );
}
