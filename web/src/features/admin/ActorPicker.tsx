// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useQuery } from 'urql';
import { ActorSearchQuery } from './documents';

/**
 * Chooses whose actions the audit log shows: type part of a name, pick the member (arrow keys
 * and Enter work). Admins find every member through the directory.
 */
export function ActorPicker({
  onChoose,
}: {
  onChoose: (member: { id: string; displayName: string }) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = text.trim();
  const [{ data, fetching }] = useQuery({
    query: ActorSearchQuery,
    variables: { query },
    pause: query.length < 2,
  });
  const items = query.length < 2 ? [] : (data?.memberDirectory.edges.map((e) => e.node) ?? []);
  return (
    <ComboBox
      className="field"
      inputValue={text}
      onInputChange={setText}
      items={items}
      menuTrigger="input"
      // Results arrive after typing: open at once and say what is happening meanwhile.
      allowsEmptyCollection
      onSelectionChange={(key) => {
        const member = items.find((m) => m.id === key);
        if (member) {
          onChoose(member);
          setText('');
        }
      }}
    >
      <Label className="field__label">{t('admin.audit.actor')}</Label>
      <Text slot="description" className="field__hint">
        {t('admin.audit.actorHint')}
      </Text>
      <Input className="field__input" />
      <Popover className="popover">
        <ListBox
          className="menu"
          renderEmptyState={() => (
            <p className="menu__item">
              {query.length < 2
                ? t('admin.audit.actorTypeMore')
                : fetching
                  ? t('state.loading')
                  : t('admin.audit.actorNone')}
            </p>
          )}
        >
          {(member: (typeof items)[number]) => (
            <ListBoxItem id={member.id} className="menu__item" textValue={member.displayName}>
              {member.displayName} ({member.organisation.name})
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
