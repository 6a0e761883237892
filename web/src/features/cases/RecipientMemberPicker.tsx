// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
  type Key,
} from 'react-aria-components';
import { useQuery } from 'urql';
import { useSession } from '../../app/session';
import { fieldId } from '../../components/Field';
import { RecipientDirectoryQuery } from './documents';

/** The directory asks for at least this much of a name. */
export const MIN_QUERY_LENGTH = 2;
const SEARCH_DELAY_MS = 250;
const RESULTS = 10;

interface Props {
  label: string;
  /** The field's name, for its id (error-summary links); RED recipients by default. */
  name?: string;
  /** Only members of this organisation (sharing an assessment stays inside it, DOMAIN §15). */
  organisationId?: string;
  hint?: string;
  error?: string;
  selected: readonly string[];
  names: Readonly<Record<string, string>>;
  onChange: (ids: string[], names: Record<string, string>) => void;
}

interface Candidate {
  id: string;
  name: string;
  organisation: string;
}

/**
 * The members who may read a RED case (or an assessment, within one organisation): a combo box over the member directory (type part of a
 * name, pick with the arrow keys and Enter), the chosen ones as removable tags. The directory
 * shows active members only and never their e-mail unless they chose to show it.
 */
export function RecipientMemberPicker({
  label,
  name = 'recipientMemberIds',
  organisationId,
  hint,
  error,
  selected,
  names,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const { member } = useSession();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  // Each choice starts a fresh combo box, as in MultiPicker: the list closes, the text clears.
  const [round, setRound] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const handle = setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(handle);
  }, [text]);
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (round > 0 && lost) input.current?.focus();
  }, [round]);
  const tooShort = query.length < MIN_QUERY_LENGTH;
  const [{ data, fetching, error: failed }] = useQuery({
    query: RecipientDirectoryQuery,
    variables: { query, first: RESULTS, organisationId: organisationId ?? null },
    pause: tooShort,
  });
  const candidates: Candidate[] = tooShort
    ? []
    : (data?.memberDirectory.edges ?? [])
        .map(({ node }) => ({
          id: node.id,
          name: node.displayName,
          organisation: node.organisation.name,
        }))
        // The author always reads their own item; the API refuses them as a recipient.
        .filter((c) => c.id !== member?.id && !selected.includes(c.id));
  const emptyText = tooShort
    ? t('cases.recipientMembers.typeMore', { count: MIN_QUERY_LENGTH })
    : fetching || query !== text.trim()
      ? t('cases.recipientMembers.searching')
      : failed
        ? t('cases.recipientMembers.failed')
        : t('cases.picker.noMatch');
  const chosen = selected.map((id) => ({ id, name: names[id] ?? id }));
  const remove = (keys: Set<Key>) => {
    const ids = selected.filter((id) => !keys.has(id));
    onChange(ids, Object.fromEntries(ids.map((id) => [id, names[id] ?? id])));
  };

  return (
    <div className="picker">
      <ComboBox
        className="field"
        id={fieldId(name)}
        key={round}
        items={candidates}
        inputValue={text}
        onInputChange={setText}
        selectedKey={null}
        allowsEmptyCollection
        onSelectionChange={(key) => {
          // Null is React Aria reverting the text (Escape, blur): clear it, or the list re-opens
          // at once and Escape never closes it (as in MultiPicker).
          if (key === null) return setText('');
          const picked = candidates.find((c) => c.id === key);
          if (!picked) return;
          onChange([...selected, picked.id], { ...names, [picked.id]: picked.name });
          setText('');
          setQuery('');
          setRound((n) => n + 1);
        }}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
      >
        <Label className="field__label">{label}</Label>
        {hint && (
          <Text slot="description" className="field__hint">
            {hint}
          </Text>
        )}
        <FieldError className="field__error">{error}</FieldError>
        <div className="picker__control">
          <Input className="field__input" ref={input} />
          <Button className="picker__toggle" aria-label={t('cases.picker.showOptions')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
        <Popover className="popover picker__popover">
          <ListBox<Candidate>
            className="picker__list"
            renderEmptyState={() => <p className="picker__empty">{emptyText}</p>}
          >
            {(candidate) => (
              <ListBoxItem
                id={candidate.id}
                textValue={`${candidate.name}, ${candidate.organisation}`}
                className="picker__option"
              >
                {candidate.name}
                <span className="picker__detail">, {candidate.organisation}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {chosen.length > 0 && (
        <TagGroup
          className="tags"
          aria-label={t('cases.picker.chosen', { label })}
          onRemove={remove}
        >
          <TagList items={chosen} className="tags__list">
            {(person) => (
              <Tag id={person.id} textValue={person.name} className="tag">
                {person.name}
                <Button
                  slot="remove"
                  className="tag__remove"
                  aria-label={t('cases.picker.remove', { name: person.name })}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              </Tag>
            )}
          </TagList>
        </TagGroup>
      )}
    </div>
  );
}
