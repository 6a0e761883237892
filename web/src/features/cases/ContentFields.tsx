// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../components/screening/findings';
import type { Attribution, Locale, SharingLevel } from '../../graphql/graphql';
import { ChoiceGroup } from './ChoiceGroup';
import { MultiPicker } from './MultiPicker';

/**
 * The fields the case editor and the question form share (level, attribution, language,
 * countries, AMBER recipients): one place for their options and wording, so a case and a
 * question explain the same choice the same way. Each form keeps its own labels and hints.
 */

const ATTRIBUTIONS: readonly Attribution[] = ['NAMED', 'ORGANISATION', 'ANONYMOUS'];

interface Choice<T> {
  label: string;
  hint?: string;
  error?: string;
  value: T | '';
  onChange: (value: T) => void;
}

/** Who will read it: each level with its plain-language explanation (`explain`). */
export function SharingLevelChoice({
  levels,
  explain,
  ...choice
}: Choice<SharingLevel> & {
  levels: readonly SharingLevel[];
  explain: (level: SharingLevel) => string;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      name="sharingLevel"
      {...choice}
      options={levels.map((value) => ({
        value,
        label: t(`cases.level.${value}`),
        description: explain(value),
      }))}
    />
  );
}

/** How the author is shown: by name, by organisation only, or anonymously. */
export function AttributionChoice(choice: Choice<Attribution>) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      name="attribution"
      {...choice}
      options={ATTRIBUTIONS.map((value) => ({
        value,
        label: t(`cases.attribution.${value}`),
        description: t(`cases.attributionExplain.${value}`),
      }))}
    />
  );
}

export function LanguageChoice(choice: Omit<Choice<Locale>, 'error' | 'hint'>) {
  const { t } = useTranslation();
  return (
    <ChoiceGroup
      name="language"
      {...choice}
      options={[
        { value: 'SV' as const, label: t('cases.language.SV') },
        { value: 'EN' as const, label: t('cases.language.EN') },
      ]}
    />
  );
}

interface Picker {
  label: string;
  hint?: string;
  error?: string;
  selected: string[];
  onChange: (ids: string[]) => void;
}

export function CountriesPicker({
  countries,
  ...picker
}: Picker & { countries: readonly { code: string; name: string }[] }) {
  return (
    <MultiPicker
      name="countryCodes"
      {...picker}
      options={countries.map((c) => ({ id: c.code, name: c.name }))}
    />
  );
}

/** AMBER's readers beyond the author's organisation. */
export function RecipientOrganisationsPicker({
  organisations,
  ...picker
}: Picker & { organisations: readonly { id: string; name: string }[] }) {
  return <MultiPicker name="recipientOrganisationIds" {...picker} options={organisations} />;
}

/** Marks a screening finding as "not personal data" in a form that keeps `acknowledged`. */
export function acknowledging<F extends { acknowledged: string[] }>(
  form: F,
  update: (patch: Partial<F>) => void,
): (finding: Finding) => void {
  return (finding) =>
    update({
      acknowledged: [...new Set([...form.acknowledged, finding.fingerprint])],
    } as Partial<F>);
}
