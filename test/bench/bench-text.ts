// SPDX-License-Identifier: EUPL-1.2
import { DEMO_CASES } from 'src/database/seed/demo-cases.data';
import { DEMO_QUESTIONS } from 'src/database/seed/demo-questions.data';

export type BenchLanguage = 'SV' | 'EN';

/** mulberry32: a small seeded generator, so every run builds the same corpus and queries. */
export class Rng {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Picks by weight; `cumulative` is the running sum of the weights. */
  weighted<T>(items: readonly T[], cumulative: Float64Array): T {
    const total = cumulative[cumulative.length - 1] ?? 0;
    const target = this.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo] as T;
  }
}

/** Running sums of Zipf–Mandelbrot weights 1/(rank + q)^s. */
export function zipfCumulative(count: number, s = 1.0, q = 2.7): Float64Array {
  const cumulative = new Float64Array(count);
  let sum = 0;
  for (let rank = 1; rank <= count; rank++) {
    sum += 1 / Math.pow(rank + q, s);
    cumulative[rank - 1] = sum;
  }
  return cumulative;
}

/**
 * One language's raw material: the words of the demo cases and questions ranked by how often
 * the demo texts use them (sampled with a Zipf distribution, so a few words are in nearly every
 * document and most are in few), the demo sentences (real phrases such as "due diligence"),
 * and a long tail of rare terms (Swedish compounds, English proper names) found in a handful of
 * documents each.
 */
export interface Vocabulary {
  language: BenchLanguage;
  /** By rank, most frequent first. */
  words: readonly string[];
  cumulative: Float64Array;
  sentences: readonly string[];
  tail: readonly string[];
}

export function buildVocabularies(rng: Rng): Record<BenchLanguage, Vocabulary> {
  const texts: Record<BenchLanguage, string[]> = { SV: [], EN: [] };
  for (const c of DEMO_CASES)
    texts[c.language].push(
      c.title,
      c.summary,
      c.context,
      c.whatHappened,
      c.assessment ?? '',
      c.mitigations ?? '',
      c.lessonsLearned ?? '',
    );
  for (const q of DEMO_QUESTIONS)
    texts[q.language].push(q.title, q.body, ...q.answers.map((a) => a.body));
  const build = (language: BenchLanguage): Vocabulary => {
    const counts = new Map<string, number>();
    const sentences: string[] = [];
    for (const text of texts[language]) {
      const plain = text.replace(/[*_#>`[\]()]/g, ' ').replace(/^\s*[-\d.]+\s/gm, ' ');
      for (const word of plain.toLowerCase().match(/\p{L}+/gu) ?? [])
        if (word.length > 1 || word === 'i' || word === 'a')
          counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const sentence of plain.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/))
        if (sentence.length >= 30 && sentence.length <= 240) sentences.push(sentence.trim());
    }
    const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
    return {
      language,
      words,
      cumulative: zipfCumulative(words.length),
      sentences,
      tail: language === 'SV' ? swedishCompounds(rng, words) : englishNames(rng),
    };
  };
  return { SV: build('SV'), EN: build('EN') };
}

const TAIL_SIZE = 15_000;

/** Rare Swedish compounds ("exportkontroll" + "licens"), as Swedish builds new words. */
function swedishCompounds(rng: Rng, words: readonly string[]): string[] {
  const parts = words.slice(30, 1500).filter((w) => w.length >= 5 && w.length <= 11);
  const known = new Set(words);
  const tail = new Set<string>();
  while (tail.size < TAIL_SIZE) {
    const first = rng.pick(parts);
    const joint = rng.chance(0.3) && !first.endsWith('s') ? 's' : '';
    const word = `${first}${joint}${rng.pick(parts)}`;
    if (!known.has(word)) tail.add(word);
  }
  return [...tail];
}

// prettier-ignore
const SYLLABLES = [
  'ka', 'lo', 'ver', 'tan', 'mir', 'sol', 'dex', 'ran', 'bel', 'cor', 'tis', 'nor', 'vel', 'quin',
  'tra', 'mon', 'zar', 'pel', 'lux', 'dor', 'fen', 'gar', 'hal', 'kri', 'mer', 'nex', 'ost', 'pra',
];
const SUFFIXES = ['tech', 'tronics', 'systems', 'labs', 'dynamics', 'photonics', 'materials'];

/** Rare English terms: names of fictional partners, projects and programmes. */
function englishNames(rng: Rng): string[] {
  const tail = new Set<string>();
  while (tail.size < TAIL_SIZE) {
    let name = '';
    for (let i = rng.int(2, 3); i > 0; i--) name += rng.pick(SYLLABLES);
    if (rng.chance(0.3)) name += rng.pick(SUFFIXES);
    tail.add(name[0]!.toUpperCase() + name.slice(1));
  }
  return [...tail];
}

/**
 * Text in a document's language, with now and then a sentence in the other one (Swedish case
 * texts quote English terms and the other way round), a real demo sentence, or a rare term.
 */
export class TextGenerator {
  constructor(
    private readonly rng: Rng,
    private readonly vocabularies: Record<BenchLanguage, Vocabulary>,
  ) {}

  /** About `words` words of sentences. */
  text(language: BenchLanguage, words: number): string {
    const sentences: string[] = [];
    let count = 0;
    while (count < words) {
      const sentence = this.sentence(this.rng.chance(0.1) ? other(language) : language);
      sentences.push(sentence);
      count += sentence.split(' ').length;
    }
    return sentences.join(' ');
  }

  /** Paragraphs and now and then a list, as the case forms' Markdown fields hold. */
  markdown(language: BenchLanguage, words: number): string {
    const paragraphs: string[] = [];
    let left = words;
    while (left > 0) {
      const size = Math.min(left, this.rng.int(25, 60));
      left -= size;
      if (this.rng.chance(0.2)) {
        const items = Math.max(2, Math.round(size / 12));
        const per = Math.max(4, Math.round(size / items));
        paragraphs.push(
          Array.from({ length: items }, () => `- ${this.text(language, per)}`).join('\n'),
        );
      } else paragraphs.push(this.text(language, size));
    }
    return paragraphs.join('\n\n');
  }

  /** A title of about `words` words, cut to `maxChars` at a word boundary. */
  title(language: BenchLanguage, words: number, maxChars: number, question = false): string {
    const title = this.words(language, words).replace(/[.,]/g, '');
    const cut = title.length <= maxChars - 1 ? title : title.slice(0, title.lastIndexOf(' ', 180));
    return question ? `${cut}?` : cut;
  }

  /** Text of about `words` words, no longer than `maxChars`. */
  bounded(language: BenchLanguage, words: number, maxChars: number): string {
    const text = this.text(language, words);
    if (text.length <= maxChars) return text;
    return `${text.slice(0, text.lastIndexOf(' ', maxChars - 2))}.`;
  }

  private sentence(language: BenchLanguage): string {
    const vocabulary = this.vocabularies[language];
    if (this.rng.chance(0.15)) return this.rng.pick(vocabulary.sentences);
    return `${this.words(language, this.rng.int(6, 18))}.`;
  }

  private words(language: BenchLanguage, count: number): string {
    const vocabulary = this.vocabularies[language];
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      words.push(this.rng.weighted(vocabulary.words, vocabulary.cumulative));
      if (i > 2 && i < count - 2 && this.rng.chance(0.06)) words[i] += ',';
    }
    if (this.rng.chance(0.12)) words[this.rng.int(0, count - 1)] = this.rng.pick(vocabulary.tail);
    const first = words[0] ?? '';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return words.join(' ');
  }
}

export function other(language: BenchLanguage): BenchLanguage {
  return language === 'SV' ? 'EN' : 'SV';
}
