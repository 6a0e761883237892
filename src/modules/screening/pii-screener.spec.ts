// SPDX-License-Identifier: EUPL-1.2
import { DEVELOPMENT_SECRETS } from 'src/config/env.schema';
import { ORGANISATION_DICTIONARY_FIXTURE } from 'src/modules/screening/corpus/organisation-dictionary.fixture';
import { PiiScreener, unresolvedFindings } from 'src/modules/screening/pii-screener';
import { FindingKind } from 'src/modules/screening/screening.types';

const KEY = DEVELOPMENT_SECRETS.SCREENING_FINGERPRINT_KEY;

describe(PiiScreener.name, () => {
  const sut = new PiiScreener(ORGANISATION_DICTIONARY_FIXTURE, KEY);
  const summary = (text: string) => sut.screen(text).map((f) => [f.kind, f.text]);

  it('runs every detector and sorts the findings by start', () => {
    const text =
      'Doktoranden Mohammad Rezaei (890101-9862, 850172-9852) nås på mohammad@example.org ' +
      'eller 070-174 06 05 och forskar på KTH.';
    expect(summary(text)).toEqual([
      [FindingKind.PERSON_NAME, 'Mohammad Rezaei'],
      [FindingKind.PERSONAL_IDENTITY_NUMBER, '890101-9862'],
      [FindingKind.COORDINATION_NUMBER, '850172-9852'],
      [FindingKind.EMAIL, 'mohammad@example.org'],
      [FindingKind.PHONE_NUMBER, '070-174 06 05'],
      [FindingKind.ORGANISATION_NAME, 'KTH'],
    ]);
  });

  it('reports offsets that slice the matched text out of the input', () => {
    const text = 'Åsa på KTH: åsa.öberg@example.se, 08-465 004 17.';
    for (const finding of sut.screen(text)) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    }
  });

  describe('resolves overlaps', () => {
    it('reports a personal identity number that also parses as a phone number once', () => {
      // 070101-9812 is a checksum-valid number for a 2007 birth date and a valid mobile number.
      expect(summary('nummer 070101-9812')).toEqual([
        [FindingKind.PERSONAL_IDENTITY_NUMBER, '070101-9812'],
      ]);
    });

    it('reports an e-mail address, not the name in its local part', () => {
      expect(summary('Anna.Lindqvist@example.se')).toEqual([
        [FindingKind.EMAIL, 'Anna.Lindqvist@example.se'],
      ]);
    });

    it('prefers an organisation name over a person name on the same words', () => {
      expect(summary('kontaktperson Vinnova')).toEqual([
        [FindingKind.ORGANISATION_NAME, 'Vinnova'],
      ]);
    });

    // Issue 11: the authorities that take questions are no finding, and not a person either.
    it('reports an authority that takes questions neither as organisation nor as person', () => {
      expect(summary('kontaktperson Säpo')).toEqual([]);
      expect(summary('Svar från Säkerhetspolisen till Anna Lind på KTH')).toEqual([
        [FindingKind.PERSON_NAME, 'Anna Lind'],
        [FindingKind.ORGANISATION_NAME, 'KTH'],
      ]);
    });

    it('prefers the longer organisation name over a name inside it', () => {
      expect(summary('Linköping University')).toEqual([
        [FindingKind.ORGANISATION_NAME, 'Linköping University'],
      ]);
    });
  });

  it('finds nothing in a clean text', () => {
    expect(sut.screen('Per år tar vi emot 40 doktorander från Kina (dnr 2023/01234).')).toEqual([]);
  });

  it('keeps fingerprints when the text is edited elsewhere', () => {
    const before = sut.screen('Kontakta Anna Lind på KTH.');
    const after = sut.screen('Efter mötet i maj: kontakta gärna Anna Lind, som arbetar på KTH.');
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
    expect(after[0]?.start).not.toBe(before[0]?.start);
  });
});

describe(unresolvedFindings.name, () => {
  const screener = new PiiScreener(ORGANISATION_DICTIONARY_FIXTURE, KEY);
  const sut = unresolvedFindings;

  it('drops acknowledged findings and keeps the rest in order', () => {
    const findings = screener.screen('Anna Lind på KTH, anna@example.org');
    const [name, organisation, address] = findings;
    expect(sut(findings, [organisation!.fingerprint])).toEqual([name, address]);
  });

  it('applies one acknowledgement to every occurrence of the same finding', () => {
    const findings = screener.screen('KTH och KTH:s labb');
    expect(findings).toHaveLength(2);
    expect(sut(findings, [findings[0]!.fingerprint])).toEqual([]);
  });

  it('returns everything when nothing is acknowledged and ignores unknown fingerprints', () => {
    const findings = screener.screen('Anna Lind på KTH');
    expect(sut(findings, [])).toEqual(findings);
    expect(sut(findings, ['0000000000000000'])).toEqual(findings);
  });

  it('lets an acknowledgement survive edits to the text', () => {
    const acknowledged = screener.screen('Anna Lind på KTH').map((f) => f.fingerprint);
    const edited = screener.screen(
      'Jag har pratat med Anna Lind, som jobbar på KTH, och med Erik Berg.',
    );
    expect(sut(edited, acknowledged).map((f) => f.text)).toEqual(['Erik Berg']);
  });

  // Fictional numbers (README): 811218-9876 a printed example, 701063-2391 Skatteverket's.
  it('never lets a personal identity or coordination number through, acknowledged or not', () => {
    const findings = screener.screen('Anna Lind, 811218-9876, samordningsnummer 701063-2391.');
    expect(findings.map((f) => f.kind)).toEqual([
      FindingKind.PERSON_NAME,
      FindingKind.PERSONAL_IDENTITY_NUMBER,
      FindingKind.COORDINATION_NUMBER,
    ]);
    const all = findings.map((f) => f.fingerprint);
    expect(sut(findings, all).map((f) => f.kind)).toEqual([
      FindingKind.PERSONAL_IDENTITY_NUMBER,
      FindingKind.COORDINATION_NUMBER,
    ]);
  });

  it('fingerprints every written form of a number alike, and a centenarian apart', () => {
    const fingerprint = (text: string) => screener.screen(text)[0]?.fingerprint;
    const forms = ['811218-9876', '19811218-9876', '198112189876', '8112189876'].map(fingerprint);
    expect(new Set(forms).size).toBe(1);
    const centenarian = ['811218+9876', '18811218-9876', '188112189876'].map(fingerprint);
    expect(new Set(centenarian).size).toBe(1);
    expect(centenarian[0]).not.toBe(forms[0]);
  });
});
