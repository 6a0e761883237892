// SPDX-License-Identifier: EUPL-1.2
import { AppConfig } from 'src/config/app-config';
import { AppError } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';
import { ORGANISATION_CATALOGUE } from 'src/modules/organisations/organisation-catalogue.data';
import { organisationDictionaryOf } from 'src/modules/screening/organisation-dictionary';
import { ScreeningService } from 'src/modules/screening/screening.service';
import { FindingKind } from 'src/modules/screening/screening.types';

/** Fictional data only (screening README): a printed example number, PTS's drama range. */
const FIELDS = {
  title: 'Samarbete med KTH om kvantteknik',
  summary: null,
  context: '',
  whatHappened: 'Anna Lindqvist (811218-9876) skrev från anna.lindqvist@example.org.',
  assessment: undefined,
  mitigations: 'Ring 070-174 06 05 vid frågor.',
  lessonsLearned: 'Granska avtal tidigt.',
};

function caught(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('Expected an error');
}

describe(ScreeningService.name, () => {
  const sut = new ScreeningService(
    AppConfig.from(AppConfig.parse({}, { DATABASE_URL: 'postgres://unused@localhost/unused' })),
  );

  it('builds its dictionary from every Swedish, English and short name in the catalogue', () => {
    const dictionary = organisationDictionaryOf(ORGANISATION_CATALOGUE);
    expect(dictionary).toHaveLength(ORGANISATION_CATALOGUE.length);
    expect(
      dictionary.filter((entry) => !entry.revealsAuthor).map((entry) => entry.names[0]),
    ).toEqual(ORGANISATION_CATALOGUE.filter((o) => o.acceptsQuestions).map((o) => o.nameSv));
    expect(dictionary.find((entry) => entry.names.includes('KTH'))?.names).toEqual([
      'Kungl. Tekniska högskolan',
      'KTH Royal Institute of Technology',
      'KTH',
    ]);
    for (const name of ['Chalmers', 'Lunds universitet', 'Vetenskapsrådet', 'UHR']) {
      expect(sut.screen(`Ärendet gäller ${name}.`).map((f) => f.kind)).toEqual([
        FindingKind.ORGANISATION_NAME,
      ]);
    }
  });

  // Naming the authority one asked reveals nothing about the author; every author names them.
  it('reports no authority that takes questions, in any name it goes by', () => {
    const authorities = ORGANISATION_CATALOGUE.filter(
      (organisation) => organisation.acceptsQuestions,
    );
    expect(authorities.map((organisation) => organisation.nameSv).sort()).toEqual([
      'Försvarsmakten',
      'Inspektionen för strategiska produkter',
      'Säkerhetspolisen',
    ]);
    for (const name of authorities.flatMap((a) => [a.nameSv, a.nameEn, ...a.shortNames])) {
      expect(sut.screen(`Vi rådfrågade ${name} om exportkontrollen.`)).toEqual([]);
    }
  });

  describe('screenFields', () => {
    it('tags each finding with its field, in field order and then by offset', () => {
      expect(sut.screenFields(FIELDS).map((f) => [f.field, f.kind, f.text])).toEqual([
        ['title', FindingKind.ORGANISATION_NAME, 'KTH'],
        ['whatHappened', FindingKind.PERSON_NAME, 'Anna Lindqvist'],
        ['whatHappened', FindingKind.PERSONAL_IDENTITY_NUMBER, '811218-9876'],
        ['whatHappened', FindingKind.EMAIL, 'anna.lindqvist@example.org'],
        ['mitigations', FindingKind.PHONE_NUMBER, '070-174 06 05'],
      ]);
    });

    it('reports offsets within the field they were found in', () => {
      for (const finding of sut.screenFields(FIELDS)) {
        const text = FIELDS[finding.field as keyof typeof FIELDS];
        expect(text?.slice(finding.start, finding.end)).toBe(finding.text);
      }
    });

    it('skips empty and missing fields', () => {
      expect(sut.screenFields({ title: '', summary: null, body: undefined })).toEqual([]);
    });
  });

  describe('assertResolved', () => {
    const fingerprints = sut.screenFields(FIELDS).map((f) => f.fingerprint);

    it('passes when every finding is acknowledged and none is an identity number', () => {
      const withoutNumber = {
        ...FIELDS,
        whatHappened: FIELDS.whatHappened.replace(' (811218-9876)', ''),
      };
      const acknowledged = sut.screenFields(withoutNumber).map((f) => f.fingerprint);
      expect(() => sut.assertResolved(withoutNumber, acknowledged)).not.toThrow();
    });

    it('refuses an acknowledged personal identity number, saying it must be removed', () => {
      const error = caught(() => sut.assertResolved(FIELDS, fingerprints)) as AppError;
      expect(error.code).toBe(ErrorCode.PII_UNRESOLVED);
      expect(error.message).toMatch(/identity or coordination number: remove it/u);
      expect(error.extensions).toEqual({
        code: ErrorCode.PII_UNRESOLVED,
        findings: [
          {
            field: 'whatHappened',
            kind: FindingKind.PERSONAL_IDENTITY_NUMBER,
            start: FIELDS.whatHappened.indexOf('811218'),
            end: FIELDS.whatHappened.indexOf('811218') + '811218-9876'.length,
            fingerprint: fingerprints[2],
            acknowledgeable: false,
          },
        ],
      });
    });

    it('passes a clean text with nothing acknowledged', () => {
      expect(() => sut.assertResolved({ body: 'Granska avtal tidigt.' }, [])).not.toThrow();
    });

    it('throws PII_UNRESOLVED listing only the findings not acknowledged', () => {
      const acknowledged = [fingerprints[0]!, fingerprints[1]!];
      const fields = { ...FIELDS, whatHappened: FIELDS.whatHappened.replace(' (811218-9876)', '') };
      const error = caught(() => sut.assertResolved(fields, acknowledged));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(ErrorCode.PII_UNRESOLVED);
      expect((error as AppError).extensions).toEqual({
        code: ErrorCode.PII_UNRESOLVED,
        findings: [
          {
            field: 'whatHappened',
            kind: FindingKind.EMAIL,
            start: fields.whatHappened.indexOf('anna.lindqvist@'),
            end:
              fields.whatHappened.indexOf('anna.lindqvist@') + 'anna.lindqvist@example.org'.length,
            fingerprint: fingerprints[3],
            acknowledgeable: true,
          },
          {
            field: 'mitigations',
            kind: FindingKind.PHONE_NUMBER,
            start: FIELDS.mitigations.indexOf('070'),
            end: FIELDS.mitigations.indexOf('070') + '070-174 06 05'.length,
            fingerprint: fingerprints[4],
            acknowledgeable: true,
          },
        ],
      });
    });

    it('never puts the matched text in the error', () => {
      const error = caught(() => sut.assertResolved(FIELDS, [])) as AppError;
      expect(error.message).toBe(
        'The text contains a personal identity or coordination number: remove it, it cannot be acknowledged',
      );
      const serialised = JSON.stringify(error.extensions);
      expect(serialised).toContain('"kind":"PERSON_NAME"');
      for (const leaked of [
        'anna.lindqvist@example.org',
        'example.org',
        '811218-9876',
        '8112189876',
        '070-174 06 05',
        '0701740605',
        '+46701740605',
        'Anna',
        'Lindqvist',
        'KTH',
      ]) {
        expect(serialised).not.toContain(leaked);
        expect(error.message).not.toContain(leaked);
      }
    });
  });
  describe('every written form of one number has one fingerprint', () => {
    const fingerprintsOf = (forms: readonly string[]) =>
      forms.map((form) => {
        const findings = sut.screenFields({ whatHappened: `Numret ${form} stod i mejlet.` });
        expect({ form, found: findings.map((f) => f.text) }).toEqual({ form, found: [form] });
        return { kind: findings[0]!.kind, fingerprint: findings[0]!.fingerprint };
      });

    it.each([
      [
        'personnummer',
        FindingKind.PERSONAL_IDENTITY_NUMBER,
        ['811218-9876', '19811218-9876', '198112189876', '8112189876', '811218 9876',
          '811218 - 9876', '811218–9876', '19811218 9876'], // prettier-ignore
      ],
      [
        'personnummer aged 100 or more (+)',
        FindingKind.PERSONAL_IDENTITY_NUMBER,
        ['811218+9876', '18811218-9876', '188112189876', '811218 + 9876'],
      ],
      [
        'samordningsnummer',
        FindingKind.COORDINATION_NUMBER,
        ['701063-2391', '19701063-2391', '197010632391', '7010632391', '701063 2391',
          '701063–2391'], // prettier-ignore
      ],
      [
        'samordningsnummer aged 100 or more (+)',
        FindingKind.COORDINATION_NUMBER,
        ['701063+2391', '18701063-2391', '187010632391'],
      ],
    ])('%s', (_name, kind, forms) => {
      const found = fingerprintsOf(forms);
      expect(new Set(found.map((f) => f.kind))).toEqual(new Set([kind]));
      expect(new Set(found.map((f) => f.fingerprint)).size).toBe(1);
    });

    it('gives the + form (born a century earlier) a fingerprint of its own', () => {
      const [dash] = fingerprintsOf(['811218-9876']);
      const [plus] = fingerprintsOf(['811218+9876']);
      expect(plus!.fingerprint).not.toBe(dash!.fingerprint);
      const [coordinationDash] = fingerprintsOf(['701063-2391']);
      const [coordinationPlus] = fingerprintsOf(['701063+2391']);
      expect(coordinationPlus!.fingerprint).not.toBe(coordinationDash!.fingerprint);
    });
  });
});
