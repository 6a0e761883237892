// SPDX-License-Identifier: EUPL-1.2
import { DIGEST_FULL_ENTRIES, renderDigestMail } from 'src/modules/digests/digest-mail.template';
import { digestWindow } from 'src/modules/digests/digest-period';
import type { DigestItem } from 'src/modules/digests/digests.repository';
import { Locale } from 'src/modules/members/locale.enum';

const at = new Date('2026-11-29T12:00:00Z');
const item = (overrides: Partial<DigestItem>): DigestItem => ({
  kind: 'CASE',
  id: 'c1',
  linkType: 'CASE',
  linkId: 'c1',
  restricted: false,
  title: 'A title',
  text: 'A summary',
  at,
  ...overrides,
});

describe(renderDigestMail.name, () => {
  const sut = (locale: Locale, items: DigestItem[]) =>
    renderDigestMail({
      to: 'reader@example.org',
      locale,
      window: digestWindow('WEEKLY', new Date('2026-11-30T06:00:00Z')),
      items,
      publicUrl: 'https://samrad.example/app/',
      unsubscribeToken: 'the.token',
    });

  it('shows open items in full, restricted ones only as a count, with links under PUBLIC_URL', () => {
    const mail = sut(Locale.EN, [
      item({ title: 'Tom & <Jerry>', text: 'Full "summary"' }),
      item({
        kind: 'QUESTION',
        id: 'q1',
        linkType: 'QUESTION',
        linkId: 'q1',
        title: 'Q?',
        text: 'Bold body',
      }),
      item({
        kind: 'ANSWER',
        id: 'a1',
        linkType: 'QUESTION',
        linkId: 'q2',
        title: 'Asked',
        text: 'One',
      }),
      item({
        kind: 'ANSWER',
        id: 'a2',
        linkType: 'QUESTION',
        linkId: 'q2',
        title: 'Asked',
        text: 'Two',
      }),
      item({ id: 'r1', linkId: 'r1', restricted: true, title: null, text: null }),
      item({
        kind: 'ANSWER',
        id: 'r2',
        linkType: 'QUESTION',
        linkId: 'r3',
        restricted: true,
        title: null,
        text: null,
      }),
    ]);
    expect(mail.subject).toBe('Samråd: your weekly digest, week 49');
    expect(mail.text).toContain(
      '* Tom & <Jerry>\n  Full "summary"\n  https://samrad.example/app/cases/c1',
    );
    expect(mail.text).toContain('* Q?\n  Bold body\n  https://samrad.example/app/questions/q1');
    expect(mail.text).toContain('* Asked (2 new answers)\n  – One\n  – Two');
    expect(mail.text).toContain(
      '2 restricted items — sign in to read them:\nhttps://samrad.example/app/',
    );
    expect(mail.text).not.toMatch(/r1|r2|r3/);
    expect(mail.html).toContain('Tom &amp; &lt;Jerry&gt;');
    expect(mail.html).toContain('Full &quot;summary&quot;');
    expect(mail.html).not.toContain('<Jerry>');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://samrad.example/app/unsubscribe?token=the.token>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
    });
  });

  it('writes Swedish for Swedish members', () => {
    const mail = sut(Locale.SV, [
      item({}),
      item({ id: 'r', restricted: true, title: null, text: null }),
    ]);
    expect(mail.subject).toBe('Samråd: din veckosammanfattning, vecka 49');
    expect(mail.text).toContain('NYA FALL');
    expect(mail.text).toContain('1 begränsat inlägg – logga in för att läsa');
    expect(mail.text).toContain('Sluta få sammanfattningar (ett klick):');
  });

  it('shows the first entries in full and lists the rest by title, keeping a large digest small', () => {
    const many = Array.from({ length: DIGEST_FULL_ENTRIES + 75 }, (_, n) =>
      item({ id: `c${n}`, linkId: `c${n}`, title: `Case ${n}`, text: `Summary ${n} `.repeat(60) }),
    );
    const mail = sut(Locale.EN, many);
    const last = DIGEST_FULL_ENTRIES - 1;
    expect(mail.text).toContain(`* Case ${last}\n  Summary ${last}`);
    expect(mail.text).toContain(
      `* Case ${DIGEST_FULL_ENTRIES}\n  https://samrad.example/app/cases/c${DIGEST_FULL_ENTRIES}`,
    );
    expect(mail.text).not.toContain(`Summary ${DIGEST_FULL_ENTRIES} `);
    expect(mail.text).toContain(
      `The first ${DIGEST_FULL_ENTRIES} are shown in full, the others by title and link.`,
    );
    expect(mail.html).toContain(
      `<p><a href="https://samrad.example/app/cases/c99">Case 99</a></p>`,
    );
    // Every entry is still there, and both parts stay under Gmail's 102 KB clipping limit.
    expect(mail.text.match(/\/cases\/c\d+/g)).toHaveLength(many.length);
    expect(Buffer.byteLength(mail.text)).toBeLessThan(102_000);
    expect(Buffer.byteLength(mail.html!)).toBeLessThan(102_000);
  });

  it('says nothing of brevity when every entry fits', () => {
    const mail = sut(Locale.SV, [item({})]);
    expect(mail.text).not.toContain('visas i sin helhet');
    expect(mail.text).toContain('A summary');
  });
});
