// SPDX-License-Identifier: EUPL-1.2
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useMutation } from 'urql';
import { errorMessageKey, toApiProblem } from '../../app/errors';
import { useSession, type SessionMember } from '../../app/session';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { Page } from '../../components/Page';
import { UpdateMyProfileMutation } from './documents';

type Locale = SessionMember['locale'];

/** Your name as others see it, and the language of the site and of your e-mail. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { member, memberChanged } = useSession();
  const [displayName, setDisplayName] = useState(member?.displayName ?? '');
  const [locale, setLocale] = useState<Locale>(member?.locale ?? 'SV');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation(UpdateMyProfileMutation);
  if (!member) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fetching) return;
    setSaved(false);
    if (displayName.trim().length < 2) {
      return setErrors([{ field: 'displayName', message: t('join.displayNameMissing') }]);
    }
    const result = await update({ input: { displayName: displayName.trim(), locale } });
    if (result.data) {
      setErrors([]);
      memberChanged(result.data.updateMyProfile);
      return setSaved(true);
    }
    if (!result.error) return;
    const problem = toApiProblem(result.error);
    setErrors(
      problem.code === 'BAD_USER_INPUT' && problem.fields.some((f) => f.field === 'displayName')
        ? [{ field: 'displayName', message: t('join.displayNameRejected') }]
        : [{ message: t(errorMessageKey(problem.code)) }],
    );
  }

  return (
    <Page title={t('profile.title')}>
      {saved && (
        <p className="notice" role="status">
          {t('profile.saved')}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <dl className="facts">
        <dt>{t('profile.email')}</dt>
        <dd>{member.email}</dd>
        <dt>{t('profile.organisation')}</dt>
        <dd>{member.organisation.name}</dd>
      </dl>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          name="displayName"
          autoComplete="name"
          label={t('join.displayName')}
          hint={t('join.displayNameHint')}
          value={displayName}
          onChange={setDisplayName}
          error={errors.find((e) => e.field === 'displayName')?.message}
          isRequired
        />
        <RadioGroup
          className="radio-group"
          value={locale}
          onChange={(value) => setLocale(value === 'EN' ? 'EN' : 'SV')}
        >
          <Label className="field__label">{t('profile.language')}</Label>
          <Radio value="SV" className="radio">
            <span lang="sv">{t('languageName.sv')}</span>
          </Radio>
          <Radio value="EN" className="radio">
            <span lang="en">{t('languageName.en')}</span>
          </Radio>
        </RadioGroup>
        <Button type="submit" className="button">
          {t('profile.save')}
        </Button>
      </form>
    </Page>
  );
}
