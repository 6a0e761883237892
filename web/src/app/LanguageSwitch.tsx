// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { UpdateMyProfileMutation } from '../features/profile/documents';
import { useSession } from './session';

/**
 * Switches between Swedish and English. The button names the other language in that language
 * (with its own `lang`), so it reads right to the people who need it. A member's choice is saved
 * as their `locale`, which e-mail and digests use too.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { member, memberChanged } = useSession();
  const [, updateProfile] = useMutation(UpdateMyProfileMutation);
  const other = i18n.language === 'en' ? 'sv' : 'en';
  async function switchLanguage() {
    await i18n.changeLanguage(other);
    if (!member) return;
    const result = await updateProfile({ input: { locale: other === 'en' ? 'EN' : 'SV' } });
    if (result.data) memberChanged(result.data.updateMyProfile);
  }

  return (
    <Button className="button button--quiet" onPress={() => void switchLanguage()}>
      <span lang={other}>{t('shell.switchLanguage')}</span>
    </Button>
  );
}
