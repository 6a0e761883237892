// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { canAcknowledge, excerpt, position, stillAt, type Finding } from './findings';

interface FindingsListProps {
  /** The field's label, so each list says which text it is about. */
  label: string;
  fieldName: string;
  text: string;
  findings: readonly Finding[];
  acknowledged: readonly string[];
  onRemove: (finding: Finding) => void;
  onAcknowledge: (finding: Finding) => void;
}

/**
 * What the screener found in one field: kind, position, the words around it with the finding
 * marked, and what the author can do (remove it from the text; or confirm it is not personal data,
 * except identity numbers). The summary line is a live region so the count is announced.
 */
export function FindingsList({
  label,
  fieldName,
  text,
  findings,
  acknowledged,
  onRemove,
  onAcknowledge,
}: FindingsListProps) {
  const { t } = useTranslation();
  const open = findings.filter((f) => !acknowledged.includes(f.fingerprint));
  return (
    <div className="findings" id={`findings-${fieldName}`}>
      <p className="findings__status" role="status">
        {findings.length === 0
          ? ''
          : t('screening.findings.count', { count: open.length, field: label })}
      </p>
      {findings.length > 0 && (
        <ul
          className="findings__list"
          aria-label={t('screening.findings.listLabel', { field: label })}
        >
          {findings.map((finding) => {
            const where = position(finding);
            const part = excerpt(text, finding);
            const isAcknowledged = acknowledged.includes(finding.fingerprint);
            return (
              <li key={`${finding.fingerprint}:${finding.start}`} className="finding">
                <p className="finding__what">
                  <strong>{t(`screening.findingKind.${finding.kind}`)}</strong>{' '}
                  {t('screening.findings.position', where)}
                  {isAcknowledged && <> – {t('screening.findings.acknowledged')}</>}
                </p>
                <p className="finding__excerpt">
                  {part.before}
                  <mark>{part.match}</mark>
                  {part.after}
                </p>
                {!isAcknowledged && (
                  <p className="finding__actions">
                    <Button
                      className="button button--secondary"
                      isDisabled={!stillAt(text, finding)}
                      onPress={() => onRemove(finding)}
                    >
                      {t('screening.findings.remove', { text: finding.text })}
                    </Button>{' '}
                    {canAcknowledge(finding.kind) ? (
                      <Button
                        className="button button--plain"
                        onPress={() => onAcknowledge(finding)}
                      >
                        {t('screening.findings.acknowledge', { text: finding.text })}
                      </Button>
                    ) : (
                      <span className="finding__hint">{t('screening.findings.mustRemove')}</span>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
