import { LABELLED_CORPUS_EN } from 'src/modules/screening/corpus/labelled-corpus-en.data';
import { LABELLED_CORPUS_SV } from 'src/modules/screening/corpus/labelled-corpus-sv.data';
import { LabelledText } from 'src/modules/screening/corpus/labelled-text.type';

/** The whole labelled corpus the screener's precision and recall are measured on. */
export const LABELLED_CORPUS: readonly LabelledText[] = [...LABELLED_CORPUS_SV, ...LABELLED_CORPUS_EN];
