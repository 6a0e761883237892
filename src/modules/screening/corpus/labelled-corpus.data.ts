// SPDX-License-Identifier: EUPL-1.2
import { LABELLED_CORPUS_EN_PART1 } from 'src/modules/screening/corpus/labelled-corpus-en-part1.data';
import { LABELLED_CORPUS_EN_PART2 } from 'src/modules/screening/corpus/labelled-corpus-en-part2.data';
import { LABELLED_CORPUS_SV_PART1 } from 'src/modules/screening/corpus/labelled-corpus-sv-part1.data';
import { LABELLED_CORPUS_SV_PART2 } from 'src/modules/screening/corpus/labelled-corpus-sv-part2.data';
import { LABELLED_CORPUS_COMMON_WORDS } from 'src/modules/screening/corpus/labelled-corpus-common-words.data';
import { LabelledText } from 'src/modules/screening/corpus/labelled-text.type';

/** The whole labelled corpus the screener's precision and recall are measured on. */
export const LABELLED_CORPUS: readonly LabelledText[] = [
  ...LABELLED_CORPUS_SV_PART1,
  ...LABELLED_CORPUS_SV_PART2,
  ...LABELLED_CORPUS_EN_PART1,
  ...LABELLED_CORPUS_EN_PART2,
  ...LABELLED_CORPUS_COMMON_WORDS,
];
