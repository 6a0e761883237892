// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';

/** Previous/next for a Relay connection shown a page at a time. */
export function Pager({
  label,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  label: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav aria-label={label} className="pager">
      <Button className="button button--secondary" isDisabled={!hasPrevious} onPress={onPrevious}>
        {t('organisation.previousPage')}
      </Button>
      <Button className="button button--secondary" isDisabled={!hasNext} onPress={onNext}>
        {t('organisation.nextPage')}
      </Button>
    </nav>
  );
}
