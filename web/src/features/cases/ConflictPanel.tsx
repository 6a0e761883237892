import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { TEXT_FIELDS, type CaseForm } from './case-form';
import type { Conflict } from './useCaseSave';

/**
 * Someone saved the case since the author opened it. Each text that differs is shown twice,
 * the author's own beside the saved one, so they can copy what they need; then either keep
 * their version (saved over the newer one) or take the saved one. Their text is never dropped.
 */
export function ConflictPanel({
  conflict,
  form,
  onKeepMine,
  onTakeServer,
}: {
  conflict: Conflict;
  form: CaseForm;
  onKeepMine: () => void;
  onTakeServer: () => void;
}) {
  const { t } = useTranslation();
  const differing = TEXT_FIELDS.filter((field) => form[field] !== conflict.server[field]);
  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('cases.conflict.title')}</h2>
      <p>{t('cases.conflict.body')}</p>
      {differing.length === 0 && <p>{t('cases.conflict.sameText')}</p>}
      {differing.map((field) => (
        <div key={field} className="conflict__field">
          <h3>{t(`cases.fields.${field}`)}</h3>
          <div className="conflict__columns">
            <div>
              <h4>{t('cases.conflict.mine')}</h4>
              <pre className="conflict__text">{form[field]}</pre>
            </div>
            <div>
              <h4>{t('cases.conflict.theirs')}</h4>
              <pre className="conflict__text">{conflict.server[field]}</pre>
            </div>
          </div>
        </div>
      ))}
      <p className="actions">
        <Button className="button" onPress={onKeepMine}>
          {t('cases.conflict.keepMine')}
        </Button>{' '}
        <Button className="button button--secondary" onPress={onTakeServer}>
          {t('cases.conflict.takeTheirs')}
        </Button>
      </p>
    </section>
  );
}
