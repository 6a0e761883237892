// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { useNavigate, useSearchParams } from 'react-router';

/** The search box on every page; submits to /search?q=… (the search page reads `q`). */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const urlQuery = params.get('q') ?? '';
  const [query, setQuery] = useState(urlQuery);
  // A search opened some other way (a "did you mean" link, back/forward) shows its words here.
  const [shownFor, setShownFor] = useState(urlQuery);
  if (shownFor !== urlQuery) {
    setShownFor(urlQuery);
    setQuery(urlQuery);
  }
  return (
    <form
      role="search"
      className="search-box"
      action="/search"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(`/search?q=${encodeURIComponent(query.trim())}`);
      }}
    >
      <SearchField name="q" value={query} onChange={setQuery} className="search-box__field">
        <Label className="visually-hidden">{t('shell.searchLabel')}</Label>
        <Input className="search-box__input" />
      </SearchField>
      <Button type="submit" className="button">
        {t('shell.searchButton')}
      </Button>
    </form>
  );
}
