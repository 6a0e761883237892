// SPDX-License-Identifier: EUPL-1.2
import './cases.css';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toApiProblem } from '../../app/errors';
import { useSession } from '../../app/session';
import { ConflictPanel } from '../../components/ConflictPanel';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { ErrorState, Loading } from '../../components/States';
import { getFragmentData } from '../../graphql';
import type { CaseDraftFragment, CaseVocabularyQuery } from '../../graphql/graphql';
import { emptyForm, formFromCase, TEXT_FIELDS, withDefaults, type CaseForm } from './case-form';
import { CaseEditorFields } from './CaseEditorFields';
import { DeleteDraftButton } from './DeleteDraftButton';
import {
  CaseDraftFragment as DraftFragment,
  CaseDraftQuery,
  CaseVocabularyQuery as VocabularyQuery,
} from './documents';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft-storage';
import { isEditable } from './editable';
import { CarriedCitations } from '../guidelines/CarriedCitations';
import { IntakeNotice } from './IntakeNotice';
import { useCaseSave } from './useCaseSave';

/** `/cases/new` and `/cases/:id/edit`: loads what the editor needs, then the editor itself. */
export function CaseEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [vocabulary, refetchVocabulary] = useQuery({ query: VocabularyQuery });
  const [draft, refetchDraft] = useQuery({
    query: CaseDraftQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const title = id ? t('cases.editor.editTitle') : t('cases.editor.newTitle');
  const error = vocabulary.error ?? draft.error;
  if (error)
    return (
      <Page title={title}>
        <ErrorState
          problem={toApiProblem(error)}
          onRetry={() => {
            refetchVocabulary({ requestPolicy: 'network-only' });
            if (id) refetchDraft({ requestPolicy: 'network-only' });
          }}
        />
      </Page>
    );
  if (!vocabulary.data || (id && !draft.data)) return <Loading />;
  if (id && !draft.data?.case)
    return (
      <Page title={title}>
        <ErrorState problem={{ code: 'NOT_FOUND', fields: [] }} />
      </Page>
    );
  const server = draft.data?.case ? getFragmentData(DraftFragment, draft.data.case) : null;
  return (
    <Page title={title}>
      <CaseEditor key={id ?? 'new'} id={id} server={server} vocabulary={vocabulary.data} />
    </Page>
  );
}

function CaseEditor({
  id,
  server,
  vocabulary,
}: {
  id: string | undefined;
  server: CaseDraftFragment | null;
  vocabulary: CaseVocabularyQuery;
}) {
  const { t, i18n } = useTranslation();
  const { member } = useSession();
  const navigate = useNavigate();
  const key = draftKey(id);
  const [stored] = useState(() => loadDraft<CaseForm>(key));
  const [form, setForm] = useState<CaseForm>(
    () =>
      (stored && withDefaults(stored.form, i18n.language === 'en' ? 'EN' : 'SV')) ??
      (server ? formFromCase(server) : emptyForm(i18n.language === 'en' ? 'EN' : 'SV')),
  );
  const [baseVersion, setBaseVersion] = useState(stored?.baseVersion ?? server?.version ?? null);
  const [notice, setNotice] = useState(stored ? t('cases.editor.restored') : '');
  const submitting = useRef(false);

  const keep = (next: CaseForm, version = baseVersion) =>
    saveDraft(key, { baseVersion: version, form: next });
  const update = (patch: Partial<CaseForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    keep(next);
  };

  const saving = useCaseSave({
    id,
    form,
    baseVersion,
    onSaved: (savedId, version, created) => {
      clearDraft(key);
      setBaseVersion(version);
      setNotice(t('cases.editor.saved'));
      if (created && !submitting.current)
        void navigate(`/cases/${savedId}/edit`, { replace: true });
    },
  });
  const errorFor = (field: string) => saving.errors.find((e) => e.field === field)?.message;
  const status = server?.status ?? 'DRAFT';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    submitting.current = true;
    const done = await saving.submit();
    submitting.current = false;
    if (done) void navigate('/cases/mine', { state: { submitted: form.title } });
  }

  return (
    <>
      {server?.moderationNote && (
        <div className="notice" role="note">
          <strong>{t('cases.moderatorNote')}</strong> {server.moderationNote}
        </div>
      )}
      <IntakeNotice />
      <p className="notice live" role="status">
        {notice}
      </p>
      <ErrorSummary errors={saving.errors} />
      {saving.conflict && (
        <ConflictPanel
          title={t('cases.conflict.title')}
          body={t('cases.conflict.body')}
          texts={TEXT_FIELDS.map((field) => ({
            name: field,
            label: t(`cases.fields.${field}`),
            mine: form[field],
            theirs: saving.conflict?.server[field] ?? '',
          }))}
          onKeepMine={() => {
            const version = saving.conflict?.version ?? baseVersion;
            setBaseVersion(version);
            keep(form, version);
            void saving.save(version ?? undefined);
          }}
          onTakeServer={() => {
            if (!saving.conflict) return;
            setForm(saving.conflict.server);
            setBaseVersion(saving.conflict.version);
            clearDraft(key);
            saving.dismissConflict();
          }}
        />
      )}
      <form className="form form--wide" noValidate onSubmit={(event) => void onSubmit(event)}>
        <CaseEditorFields
          form={form}
          update={update}
          vocabulary={vocabulary}
          fieldError={errorFor}
        />
        <CarriedCitations citations={form.citations} onRemove={() => update({ citations: [] })} />
        <p className="hint">
          {t('cases.editor.organisationNote', { organisation: member?.organisation?.name ?? '' })}
        </p>
        <div className="actions">
          <Button className="button button--secondary" onPress={() => void saving.save()}>
            {t('cases.editor.save')}
          </Button>{' '}
          {isEditable(status) && (
            <Button type="submit" className="button">
              {t('cases.editor.submit')}
            </Button>
          )}{' '}
          {id && status === 'DRAFT' && (
            <DeleteDraftButton
              id={id}
              onDeleted={() => {
                clearDraft(key);
                void navigate('/cases/mine', { state: { deleted: form.title } });
              }}
            />
          )}{' '}
          {id && <Link to={`/cases/${id}`}>{t('cases.editor.preview')}</Link>}
        </div>
      </form>
    </>
  );
}
