// SPDX-License-Identifier: EUPL-1.2
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../graphql';
import { inLanguage } from './guideline-text';

export const CitationLinkFragment = graphql(`
  fragment CitationLink on Citation {
    id
    sectionKey
    guidelineSlug
    versionId
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
  headingLevel = 2,
}: {
  citations: readonly FragmentType<typeof CitationLinkFragment>[];
  /** 2 on a case or question page; 3 under an answer, whose own heading is lower. */
  headingLevel?: 2 | 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  // Unique per list: a question page shows the question's and each answer's.
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const items = citations.map((c) => getFragmentData(CitationLinkFragment, c));
  if (items.length === 0) return null;
  const lang = i18n.language;
  return (
    <section aria-labelledby={titleId} className="citations">
      <Heading id={titleId}>{t('citations.title')}</Heading>
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
