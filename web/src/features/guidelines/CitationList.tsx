// SPDX-License-Identifier: EUPL-1.2
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { inLanguage } from './guideline-text';

export const CitationLinkFragment = graphql(`
  fragment CitationLink on Citation {
    id
    sectionKey
    guidelineSlug
    versionNumber
    titleSv
    titleEn
    headingSv
    headingEn
    latestVersionNumber
    newerVersionExists
    sectionChangedSince
  }
`);

/**
 * The guideline sections an item cites, each linked at the version cited, and said in words
 * when a newer version exists and whether the section has changed in it.
 */
export function CitationList({
  citations,
}: {
  citations: readonly FragmentType<typeof CitationLinkFragment>[];
}) {
  const { t, i18n } = useTranslation();
  const items = citations.map((c) => getFragmentData(CitationLinkFragment, c));
  if (items.length === 0) return null;
  const lang = i18n.language;
  return (
    <section aria-labelledby="citations-title" className="citations">
      <h2 id="citations-title">{t('citations.title')}</h2>
      <ul>
        {items.map((c) => (
          <li key={c.id}>
            <Link to={`/guidelines/${c.guidelineSlug}?version=${c.versionNumber}#${c.sectionKey}`}>
              {t('citations.link', {
                section: inLanguage(lang, c.headingSv, c.headingEn),
                guideline: inLanguage(lang, c.titleSv, c.titleEn),
                number: c.versionNumber,
              })}
            </Link>
            {c.newerVersionExists && (
              <p className="guideline-changed">
                <Link to={`/guidelines/${c.guidelineSlug}#${c.sectionKey}`}>
                  {t(c.sectionChangedSince ? 'citations.newerChanged' : 'citations.newerSame', {
                    number: c.latestVersionNumber,
                  })}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
