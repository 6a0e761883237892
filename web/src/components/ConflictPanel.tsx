// SPDX-License-Identifier: EUPL-1.2
import './conflict.css';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';

/** One text the author typed beside the one saved meanwhile. */
export interface ConflictingText {
  name: string;
  label: string;
  mine: string;
  theirs: string;
}

/**
 * Someone saved the item since the author opened it (a CONFLICT from the API). Each text that
 * differs is shown twice, the author's own beside the saved one, so they can copy what they
 * need; then either keep their version (saved over the newer one) or take the saved one. Their
 * text is never dropped. Used by the case editor and the question editor.
 */
export function ConflictPanel({
  title,
  body,
  texts,
  onKeepMine,
  onTakeServer,
}: {
  title: string;
  body: string;
  texts: readonly ConflictingText[];
  onKeepMine: () => void;
  onTakeServer: () => void;
}) {
  const { t } = useTranslation();
  const differing = texts.filter((text) => text.mine !== text.theirs);
  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{title}</h2>
      <p>{body}</p>
      {differing.length === 0 && <p>{t('conflict.sameText')}</p>}
      {differing.map((text) => (
        <div key={text.name} className="conflict__field">
          <h3>{text.label}</h3>
          <div className="conflict__columns">
            <div>
              <h4>{t('conflict.mine')}</h4>
              <pre className="conflict__text">{text.mine}</pre>
            </div>
            <div>
              <h4>{t('conflict.theirs')}</h4>
              <pre className="conflict__text">{text.theirs}</pre>
            </div>
          </div>
        </div>
      ))}
      <p className="actions">
        <Button className="button" onPress={onKeepMine}>
          {t('conflict.keepMine')}
        </Button>{' '}
        <Button className="button button--secondary" onPress={onTakeServer}>
          {t('conflict.takeTheirs')}
        </Button>
      </p>
    </section>
  );
}
