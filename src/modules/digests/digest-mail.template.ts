// SPDX-License-Identifier: EUPL-1.2
import { DIGEST_TIME_ZONE, type DigestWindow } from 'src/modules/digests/digest-period';
import type { DigestItem, DigestItemKind } from 'src/modules/digests/digests.repository';
import type { OutgoingMail } from 'src/modules/mail/mail-transport';
import { Locale } from 'src/modules/members/locale.enum';
import {
  publicLink,
  unsubscribeLink,
} from 'src/modules/notifications/email/notification-mail.template';
import { escapeHtml } from 'src/common/escape-html';

export interface DigestMailModel {
  to: string;
  locale: Locale;
  window: DigestWindow;
  items: readonly DigestItem[];
  /** PUBLIC_URL: the base of every link. */
  publicUrl: string;
  unsubscribeToken: string;
}

const PREFERENCES_PATH = 'settings/notifications';

/** An entry of a section: new cases, new questions, answers, updated cases. */
interface Entry {
  title: string;
  lines: string[];
  url: string;
}

/**
 * Entries shown with their text; the rest of a large digest is listed by title and link.
 * Gmail cuts messages over 102 KB and hides the rest behind a link — unsubscribe footer
 * included — and a hundred full entries are not read anyway. About 25 entries of ordinary
 * length keep a digest well under that, in both parts.
 */
export const DIGEST_FULL_ENTRIES = 25;

const TEXT = {
  SV: {
    subject: { DAILY: 'din dagliga sammanfattning', WEEKLY: 'din veckosammanfattning' },
    week: 'vecka',
    intro: (since: string) => `Nytt i det du följer sedan ${since}.`,
    brief: (n: number) => `De första ${n} visas i sin helhet, de övriga med rubrik och länk.`,
    sections: {
      CASE: 'Nya fall',
      QUESTION: 'Nya frågor',
      ANSWER: 'Nya svar på frågor du följer',
      CASE_UPDATE: 'Uppdaterade fall du följer',
      GUIDELINE_VERSION: 'Nya versioner av riktlinjer du följer',
    } satisfies Record<DigestItemKind, string>,
    answers: (n: number) => (n === 1 ? '1 nytt svar' : `${n} nya svar`),
    restricted: (n: number) =>
      n === 1
        ? '1 begränsat inlägg – logga in för att läsa'
        : `${n} begränsade inlägg – logga in för att läsa`,
    signIn: 'Logga in i Samråd',
    why: 'Du får den här sammanfattningen eftersom du följer ämnen, länder, frågor eller fall i Samråd.',
    change: 'Ändra vad du får med e-post i dina aviseringsinställningar:',
    changeLink: 'Ändra dina aviseringsinställningar',
    stop: 'Sluta få sammanfattningar (ett klick):',
    stopLink: 'Sluta få sammanfattningar',
    open: 'Öppna',
  },
  EN: {
    subject: { DAILY: 'your daily digest', WEEKLY: 'your weekly digest' },
    week: 'week',
    intro: (since: string) => `New in what you follow since ${since}.`,
    brief: (n: number) => `The first ${n} are shown in full, the others by title and link.`,
    sections: {
      CASE: 'New cases',
      QUESTION: 'New questions',
      ANSWER: 'New answers to questions you follow',
      CASE_UPDATE: 'Updated cases you follow',
      GUIDELINE_VERSION: 'New versions of guidelines you follow',
    } satisfies Record<DigestItemKind, string>,
    answers: (n: number) => (n === 1 ? '1 new answer' : `${n} new answers`),
    restricted: (n: number) =>
      n === 1
        ? '1 restricted item — sign in to read it'
        : `${n} restricted items — sign in to read them`,
    signIn: 'Sign in to Samråd',
    why: 'You get this digest because you follow topics, countries, questions or cases in Samråd.',
    change: 'Choose what you get by e-mail in your notification settings:',
    changeLink: 'Change your notification settings',
    stop: 'Stop digests (one click):',
    stopLink: 'Stop digests',
    open: 'Open',
  },
};

/** Made once: a formatter is costly to build, and a run renders thousands of digests. */
const WINDOW_START_FORMAT: Record<Locale, Intl.DateTimeFormat> = {
  [Locale.SV]: startFormat('sv-SE'),
  [Locale.EN]: startFormat('en-GB'),
};

function startFormat(tag: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(tag, {
    timeZone: DIGEST_TIME_ZONE,
    dateStyle: 'long',
    timeStyle: 'short',
  });
}

const SECTION_ORDER: readonly DigestItemKind[] = [
  'GUIDELINE_VERSION',
  'CASE',
  'QUESTION',
  'ANSWER',
  'CASE_UPDATE',
];

const LINK_PATH: Record<DigestItem['linkType'], string> = {
  CASE: 'cases',
  QUESTION: 'questions',
  GUIDELINE: 'guidelines',
};

/**
 * A member's digest in their language, text and HTML (DOMAIN §9). CLEAR and GREEN items are
 * shown in full; restricted items only as a count and a sign-in link, since a mailbox is not a
 * place for AMBER or RED text. The items carry no author, so none can appear. The subject names
 * the period only. Headers make it one-click unsubscribable (RFC 8058) and automatic (RFC 3834).
 */
export function renderDigestMail(model: DigestMailModel): OutgoingMail {
  const t = TEXT[model.locale];
  const since = WINDOW_START_FORMAT[model.locale].format(model.window.start);
  const week = /W(\d+)$/.exec(model.window.key)?.[1];
  const subject =
    `Samråd: ${t.subject[model.window.period]}` +
    (model.window.period === 'WEEKLY' && week ? `, ${t.week} ${Number(week)}` : '');

  const homeUrl = publicLink(model.publicUrl, '');
  const sections = SECTION_ORDER.map((kind) => ({
    heading: t.sections[kind],
    entries: entriesOf(model, kind, homeUrl),
  })).filter((s) => s.entries.length > 0);
  const entryCount = sections.reduce((n, s) => n + s.entries.length, 0);
  const brief = entryCount > DIGEST_FULL_ENTRIES;
  sections
    .flatMap((s) => s.entries)
    .slice(DIGEST_FULL_ENTRIES)
    .forEach((entry) => (entry.lines = []));
  const intro = brief ? `${t.intro(since)} ${t.brief(DIGEST_FULL_ENTRIES)}` : t.intro(since);
  const restricted = model.items.filter((i) => i.restricted).length;
  const preferencesUrl = publicLink(model.publicUrl, PREFERENCES_PATH);
  const unsubscribeUrl = unsubscribeLink(model.publicUrl, model.unsubscribeToken);

  const text = [
    subject,
    intro,
    ...sections.map(
      (s) =>
        `${s.heading.toUpperCase()}\n\n` +
        s.entries
          .map((e) => [`* ${e.title}`, ...e.lines.map((l) => `  ${l}`), `  ${e.url}`].join('\n'))
          .join('\n\n'),
    ),
    ...(restricted ? [`${t.restricted(restricted)}:\n${homeUrl}`] : []),
    '--',
    `${t.why}\n${t.change}\n${preferencesUrl}\n${t.stop}\n${unsubscribeUrl}`,
  ].join('\n\n');

  const link = (href: string, body: string) =>
    `<a href="${escapeHtml(href)}">${escapeHtml(body)}</a>`;
  const html = [
    `<!doctype html><html lang="${model.locale === Locale.SV ? 'sv' : 'en'}"><body>`,
    `<h1 style="font-size:large">${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...sections.map(
      (s) =>
        `<h2 style="font-size:medium">${escapeHtml(s.heading)}</h2>` +
        s.entries
          .map((e) =>
            e.lines.length === 0
              ? `<p>${link(e.url, e.title)}</p>`
              : `<h3 style="font-size:medium;margin-bottom:0">${escapeHtml(e.title)}</h3>` +
                e.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('') +
                `<p>${link(e.url, t.open)}</p>`,
          )
          .join(''),
    ),
    ...(restricted ? [`<p><strong>${link(homeUrl, t.restricted(restricted))}</strong></p>`] : []),
    '<hr><p style="font-size:small;color:#555">',
    `${escapeHtml(t.why)}<br>`,
    `${link(preferencesUrl, t.changeLink)} · ${link(unsubscribeUrl, t.stopLink)}`,
    '</p></body></html>',
  ].join('');

  return {
    to: model.to,
    subject,
    text: `${text}\n`,
    html,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    },
  };
}

/**
 * The readable items of one kind; answers are grouped under their question. Links are the
 * home URL (`publicLink`, ending in `/`) plus a path of a fixed word and a UUID, which needs no
 * escaping: a digest has a hundred of them, and parsing each as a URL showed in profiles.
 */
function entriesOf(model: DigestMailModel, kind: DigestItemKind, homeUrl: string): Entry[] {
  const t = TEXT[model.locale];
  const items = model.items.filter((i) => i.kind === kind && !i.restricted);
  const url = (item: DigestItem) => `${homeUrl}${LINK_PATH[item.linkType]}/${item.linkId}`;
  const english = model.locale === Locale.EN;
  if (kind !== 'ANSWER') {
    return items.map((item) => {
      const text = (english && item.textEn) || item.text;
      return {
        title: (english && item.titleEn) || item.title || '',
        lines: text ? [text] : [],
        url: url(item),
      };
    });
  }
  const byQuestion = new Map<string, DigestItem[]>();
  for (const item of items)
    byQuestion.set(item.linkId, [...(byQuestion.get(item.linkId) ?? []), item]);
  return [...byQuestion.values()].map((answers) => ({
    title: `${answers[0]!.title ?? ''} (${t.answers(answers.length)})`,
    lines: answers.map((a) => `– ${a.text ?? ''}`),
    url: url(answers[0]!),
  }));
}
