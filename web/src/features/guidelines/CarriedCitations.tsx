// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { CitationInput } from '../../graphql/graphql';

/**
 * The guideline sections a new question or case will cite, carried from a self-assessment's
 * excerpt: said in words (they are sent with the text) and removable.
 */
export function CarriedCitations({
  citations,
  onRemove,
}: {
  citations: readonly CitationInput[] | undefined;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  if (!citations?.length) return null;
  return (
    <div className="notice" role="note">
      <p>
        {t('citations.carried', { count: citations.length })}{' '}
        <span className="hint">{citations.map((citation) => citation.sectionKey).join(', ')}</span>
      </p>
      <Button className="button button--secondary" onPress={onRemove}>
        {t('citations.removeCarried')}
      </Button>
    </div>
  );
}
