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
  useFilter,
  type Key,
} from 'react-aria-components';
import { fieldId } from '../../components/Field';

export interface PickerOption {
  id: string;
  name: string;
}

interface MultiPickerProps {
  /** The form field's name; the input's id is `field-<name>` for the ErrorSummary's links. */
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly PickerOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * Choose several from a long list: a combo box to find and add one at a time (type, arrow keys,
 * Enter), and the chosen ones as tags, each removable with its button or Delete/Backspace.
 */
export function MultiPicker({
  name,
  label,
  hint,
  error,
  options,
  selected,
  onChange,
}: MultiPickerProps) {
  const { t } = useTranslation();
  // Each choice starts a fresh combo box: the list closes, the text clears, focus stays in it.
  const [round, setRound] = useState(0);
  const [query, setQuery] = useState('');
  const { contains } = useFilter({ sensitivity: 'base' });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Only when the old input took focus with it: never pull focus from a field the person moved to.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (round > 0 && lost) input.current?.focus();
  }, [round]);
  const chosen = selected
    .map((id) => options.find((option) => option.id === id))
    .filter((option): option is PickerOption => Boolean(option));
  const remaining = options.filter(
    (option) => !selected.includes(option.id) && contains(option.name, query),
  );
  const remove = (keys: Set<Key>) => onChange(selected.filter((id) => !keys.has(id)));

  return (
    <div className="picker">
      <ComboBox
        className="field"
        id={fieldId(name)}
        items={remaining}
        key={round}
        inputValue={query}
        onInputChange={setQuery}
        selectedKey={null}
        onSelectionChange={(key) => {
          if (key === null) return;
          onChange([...selected, String(key)]);
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
          <ListBox<PickerOption>
            className="picker__list"
            renderEmptyState={() => <p className="picker__empty">{t('cases.picker.noMatch')}</p>}
          >
            {(option) => (
              <ListBoxItem id={option.id} textValue={option.name} className="picker__option">
                {option.name}
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
            {(option) => (
              <Tag id={option.id} textValue={option.name} className="tag">
                {option.name}
                <Button
                  slot="remove"
                  className="tag__remove"
                  aria-label={t('cases.picker.remove', { name: option.name })}
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
