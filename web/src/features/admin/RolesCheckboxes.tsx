// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import type { Role } from '../../graphql/graphql';

/** The roles an admin grants; MEMBER is every member's and is not a choice. */
export const GRANTABLE_ROLES: readonly Role[] = [
  'EXPERT',
  'ORG_CONTACT',
  'EDITOR',
  'MODERATOR',
  'ADMIN',
];

export function RolesCheckboxes({
  value,
  onChange,
}: {
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      className="field checkbox-group"
      value={value.filter((role) => role !== 'MEMBER')}
      onChange={(next) => onChange(next as Role[])}
    >
      <Label className="field__label">{t('admin.roles.label')}</Label>
      <Text slot="description" className="field__hint">
        {t('admin.roles.hint')}
      </Text>
      {GRANTABLE_ROLES.map((role) => (
        <Checkbox key={role} value={role} className="checkbox">
          {t(`admin.role.${role}`)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
