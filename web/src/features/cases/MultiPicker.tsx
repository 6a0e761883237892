// SPDX-License-Identifier: EUPL-1.2
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListLayout,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
  useFilter,
  Virtualizer,
  type Key,
} from 'react-aria-components';
import { fieldId } from '../../components/Field';
import { matchesAtWordStart } from './picker-match';

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
 * Re-render only when something shown changed: `selected` by its ids (callers derive it from
 * the URL afresh on every render), everything else by identity.
 */
function sameProps(before: MultiPickerProps, after: MultiPickerProps): boolean {
  return (
    (Object.keys(after) as (keyof MultiPickerProps)[]).every(
      (key) => key === 'selected' || before[key] === after[key],
    ) &&
    before.selected.length === after.selected.length &&
    before.selected.every((id, i) => id === after.selected[i])
  );
}

/**
 * The open list renders only the options in view (and a few around them), not every match: the
 * first letter typed matches most of some 250 countries, and rendering them all made each key
 * press in the library's country picker a long task (INP, issue 12). Rows are measured, so a
 * long name may wrap; the estimate is one line of `.picker__option`.
 */
const LIST_LAYOUT = { estimatedRowSize: 38 };

/** The combo box's items while its list is closed and nothing is typed: none to build. */
const NONE: readonly PickerOption[] = [];

/**
 * Choose several from a long list: a combo box to find and add one at a time (type, arrow keys,
 * Enter), and the chosen ones as tags, each removable with its button or Delete/Backspace.
 *
 * Kept cheap for long lists (some 250 countries; issue 12): React Aria builds a combo box's
 * whole collection whenever its items or children change, open or not, so the items are empty
 * while the list is closed and nothing is typed, and the children are memoised. (The filtering
 * follows the text in a deferred render; `allowsEmptyCollection` lets the list open before it.)
 */
export const MultiPicker = memo(function MultiPicker({
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
  const [open, setOpen] = useState(false);
  const { startsWith } = useFilter({ sensitivity: 'base' });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Only when the old input took focus with it: never pull focus from a field the person moved to.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (round > 0 && lost) input.current?.focus();
  }, [round]);
  const chosen = useMemo(
    () =>
      selected
        .map((id) => options.find((option) => option.id === id))
        .filter((option): option is PickerOption => Boolean(option)),
    [options, selected],
  );
  // The list follows the text in a deferred render: a key press paints the typed letter (and the
  // list opening) at once, and the matches, a collection to build and measure, come in a render
  // React may interrupt. Typing "S" took 215–320 ms of processing before the letter appeared
  // (INP, issue 12: the popover, the collection and the virtualizer's first measure); now it
  // takes 20–40. An empty array still lets the toggle button open the list (React Aria opens a
  // combo box with controlled items even when they are empty); opening then fills it.
  const listedText = useDeferredValue(query);
  const listedOpen = useDeferredValue(open);
  // Read by the list's empty state, which is memoised with the rest of the combo box's parts.
  const listIsBehind = useRef(false);
  listIsBehind.current = listedText !== query || listedOpen !== open;
  const remaining = useMemo(
    () =>
      listedOpen || listedText
        ? options.filter(
            (option) =>
              !selected.includes(option.id) &&
              matchesAtWordStart(option.name, listedText, startsWith),
          )
        : NONE,
    [listedOpen, listedText, options, selected, startsWith],
  );
  const remove = (keys: Set<Key>) => onChange(selected.filter((id) => !keys.has(id)));
  const parts = useMemo(
    () => (
      <>
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
          <Virtualizer layout={ListLayout} layoutOptions={LIST_LAYOUT}>
            <ListBox<PickerOption>
              className="picker__list"
              renderEmptyState={() =>
                // Not "no match" for the moment the list opens before its matches are in.
                listIsBehind.current ? null : (
                  <p className="picker__empty">{t('cases.picker.noMatch')}</p>
                )
              }
            >
              {(option) => (
                <ListBoxItem id={option.id} textValue={option.name} className="picker__option">
                  {option.name}
                </ListBoxItem>
              )}
            </ListBox>
          </Virtualizer>
        </Popover>
      </>
    ),
    [label, hint, error, t],
  );

  return (
    <div className="picker">
      <ComboBox
        className="field"
        id={fieldId(name)}
        items={remaining}
        key={round}
        inputValue={query}
        onInputChange={setQuery}
        onOpenChange={setOpen}
        // The list opens before its items are filled (above); without this React Aria closed
        // an empty list at once, and the toggle button looped open and shut (React error 185).
        // It also lets the list say "no match" when nothing matches the typed text.
        allowsEmptyCollection
        selectedKey={null}
        onSelectionChange={(key) => {
          // Null is React Aria reverting the text to "nothing chosen" (Escape, blur): clear it.
          // Left in place, the text differed from what React Aria had just reverted to, and it
          // re-opened the list at once, so Escape never closed it (issue 12).
          if (key === null) return setQuery('');
          onChange([...selected, String(key)]);
          setQuery('');
          setOpen(false);
          setRound((n) => n + 1);
        }}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
      >
        {parts}
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
}, sameProps);
