// SPDX-License-Identifier: EUPL-1.2
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { ConflictPanel } from '../../components/ConflictPanel';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { Page } from '../../components/Page';
import type { AssessmentFullFragment } from '../../graphql/graphql';
import { clearDraft } from '../cases/draft-storage';
import { inLanguage } from '../guidelines/guideline-text';
import { itemField } from './assessment-form';
import { DeleteAssessmentButton } from './DeleteAssessmentButton';
import { ExcerptPanel } from './ExcerptPanel';
import { ExportPanel } from './ExportPanel';
import { HistoryPanel } from './HistoryPanel';
import { ItemFields } from './ItemFields';
import { SharePanel } from './SharePanel';
import { StatusPanel } from './StatusPanel';
import { TextAreaField } from './TextAreaField';
import { assessmentDraftKey, useAssessmentDraft } from './useAssessmentDraft';

/**
 * The assessment editor: the guideline version's questions section by section, answered by the
 * owner and the colleagues it is shared with; its status and decision, sharing, export, "ask
 * about this" and history around it.
 */
export function AssessmentEditor({ server }: { server: AssessmentFullFragment }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const editor = useAssessmentDraft(server);
  const { mine } = editor.draft;
  const errorFor = (field: string) => editor.errors.find((e) => e.field === field)?.message;
  const guideline = server.guideline;
  const guidelineTitle = inLanguage(i18n.language, guideline.titleSv, guideline.titleEn);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void editor.save();
  }

  const changedNotes = server.sections.flatMap((section) =>
    section.items.map((item) => ({
      name: itemField(item.questionKey, 'note'),
      label: inLanguage(i18n.language, item.textSv, item.textEn),
      mine: mine.items[item.questionKey]?.note ?? '',
      theirs:
        editor.conflict?.sections
          .flatMap((s) => s.items)
          .find((i) => i.questionKey === item.questionKey)?.note ?? '',
    })),
  );

  return (
    <Page title={server.title}>
      <p className="assessment-meta">
        {t('assessments.guidelineVersion', {
          title: guidelineTitle,
          number: guideline.versionNumber,
        })}{' '}
        ·{' '}
        <Link to={`/guidelines/${guideline.guidelineSlug}`}>{t('assessments.readGuideline')}</Link>
      </p>
      <p className="hint">{t('assessments.whoReads')}</p>
      {guideline.newerVersionExists && (
        <div className="notice" role="note">
          {t('assessments.newerVersion', { number: guideline.latestVersionNumber })}{' '}
          <Link to={`/guidelines/${guideline.guidelineSlug}/diff`}>
            {t('assessments.newerVersionDiff')}
          </Link>
        </div>
      )}
      <p className="notice live" role="status">
        {editor.saved
          ? t('assessments.saved')
          : editor.restored && editor.dirty
            ? t('assessments.restored')
            : ''}
      </p>
      <ErrorSummary errors={editor.errors} />
      {editor.conflict && (
        <ConflictPanel
          title={t('assessments.conflict.title')}
          body={t('assessments.conflict.body')}
          texts={[
            {
              name: 'title',
              label: t('assessments.fields.title'),
              mine: mine.title,
              theirs: editor.conflict.title,
            },
            {
              name: 'collaborationSummary',
              label: t('assessments.fields.collaborationSummary'),
              mine: mine.collaborationSummary,
              theirs: editor.conflict.collaborationSummary,
            },
            ...changedNotes,
          ]}
          onKeepMine={() => void editor.keepMine()}
          onTakeServer={editor.takeTheirs}
        />
      )}
      <StatusPanel assessment={server} baseVersion={editor.baseVersion} onChanged={editor.adopt} />
      <SharePanel assessment={server} onChanged={editor.adopt} />

      <form className="form form--wide assessment-form" noValidate onSubmit={onSubmit}>
        <h2>{t('assessments.answersTitle')}</h2>
        <Field
          name="title"
          label={t('assessments.fields.title')}
          value={mine.title}
          onChange={(title) => editor.change({ ...mine, title })}
          error={errorFor('title')}
          isRequired
        />
        <TextAreaField
          name="collaborationSummary"
          label={t('assessments.fields.collaborationSummary')}
          hint={t('assessments.hints.collaborationSummary')}
          value={mine.collaborationSummary}
          onChange={(collaborationSummary) => editor.change({ ...mine, collaborationSummary })}
          error={errorFor('collaborationSummary')}
          rows={4}
        />
        {server.sections.map((section) => {
          const heading = inLanguage(i18n.language, section.headingSv, section.headingEn);
          const headingId = `section-${section.sectionKey}`;
          return (
            <section
              key={section.sectionKey}
              className="assessment-section"
              aria-labelledby={headingId}
            >
              <h3 id={headingId}>{heading}</h3>
              {section.items.map((item) => {
                const form = mine.items[item.questionKey];
                if (!form) return null;
                return (
                  <ItemFields
                    key={item.questionKey}
                    questionKey={item.questionKey}
                    question={inLanguage(i18n.language, item.textSv, item.textEn)}
                    item={form}
                    fieldError={errorFor}
                    onChange={(next) =>
                      editor.change({
                        ...mine,
                        items: { ...mine.items, [item.questionKey]: next },
                      })
                    }
                  />
                );
              })}
            </section>
          );
        })}
        <div className="actions assessment-form__actions">
          <Button type="submit" className="button" isDisabled={editor.busy}>
            {t('assessments.save')}
          </Button>
          {editor.dirty && <span className="hint"> {t('assessments.unsaved')}</span>}
        </div>
      </form>

      <ExportPanel id={server.id} />
      <ExcerptPanel assessment={server} />
      <HistoryPanel id={server.id} />
      {server.viewerIsOwner && (
        <section aria-labelledby="assessment-delete" className="assessment-panel">
          <h2 id="assessment-delete">{t('assessments.delete.heading')}</h2>
          <DeleteAssessmentButton
            id={server.id}
            onDeleted={() => {
              clearDraft(assessmentDraftKey(server.id));
              void navigate('/assessments', { state: { deleted: server.title } });
            }}
          />
        </section>
      )}
    </Page>
  );
}
