// SPDX-License-Identifier: EUPL-1.2
import { AppError } from 'src/graph/errors/app-error';
import { ErrorCode } from 'src/graph/errors/error-code';
import { CountriesService } from 'src/modules/countries/countries.service';
import { CountryRegion } from 'src/modules/countries/country-region.enum';

function thrownBy(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected an AppError');
}

describe(CountriesService.name, () => {
  const sut = new CountriesService();

  it('finds Sweden with its Swedish and English names in Europe', () => {
    expect(sut.find('SE')).toEqual({
      code: 'SE',
      nameSv: 'Sverige',
      nameEn: 'Sweden',
      region: CountryRegion.EUROPE,
      subregion: 'Northern Europe',
    });
  });

  it('accepts codes in any case', () => {
    expect(sut.find('se')?.code).toBe('SE');
    expect(sut.isValid('fI')).toBe(true);
    expect(sut.requireCodes(['se', 'NO', 'Se'], 'countryCodes')).toEqual(['SE', 'NO']);
  });

  it('resolves many codes at once, aligned with the input', () => {
    expect(sut.byCodes(['no', 'ZZ', 'DK']).map((c) => c?.nameSv ?? null)).toEqual([
      'Norge',
      null,
      'Danmark',
    ]);
  });

  it.each(['XK', 'ZZ', '', 'SWE'])('rejects %j', (code) => {
    expect(sut.isValid(code)).toBe(false);
    const error = thrownBy(() => sut.requireCodes(['SE', code], 'countryCodes'));
    expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toContain(JSON.stringify(code));
    expect(error.extensions.fields).toEqual([
      {
        field: 'countryCodes',
        message: `${JSON.stringify(code)} is not a country code`,
        reason: 'UNKNOWN',
      },
    ]);
  });

  it('names every unknown code in one error', () => {
    const error = thrownBy(() => sut.requireCodes(['XK', 'SE', 'ZZ'], 'countryCodes'));
    expect(error.message).toBe(
      'countryCodes: "XK" is not a country code; countryCodes: "ZZ" is not a country code',
    );
  });

  it('holds the 249 officially assigned ISO 3166-1 codes', () => {
    const codes = sut.all().map((country) => country.code);
    expect(codes).toHaveLength(249);
    expect(new Set(codes).size).toBe(249);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('puts every region to use and names every country in both languages', () => {
    expect(new Set(sut.all().map((country) => country.region))).toEqual(
      new Set(Object.values(CountryRegion)),
    );
    for (const country of sut.all()) {
      expect(country.nameSv.trim()).not.toBe('');
      expect(country.nameEn.trim()).not.toBe('');
    }
  });

  it('filters by region', () => {
    const nordic = sut.list(CountryRegion.EUROPE).map((country) => country.code);
    expect(nordic).toEqual(expect.arrayContaining(['SE', 'NO', 'DK', 'FI', 'IS', 'AX']));
    expect(nordic).not.toContain('CN');
  });

  it('sorts Swedish names with Å, Ä and Ö after Z', () => {
    const names = sut.all('SV').map((country) => country.nameSv);
    const lastZ = Math.max(...names.map((name, i) => (name.startsWith('Z') ? i : -1)));
    expect(lastZ).toBeGreaterThan(0);
    expect(names.indexOf('Åland')).toBeGreaterThan(lastZ);
    expect(names.indexOf('Österrike')).toBeGreaterThan(names.indexOf('Åland'));
    expect(names.at(-1)).toMatch(/^Ö/);
  });

  it('sorts English names with Åland among the A-names', () => {
    const names = sut.all('EN').map((country) => country.nameEn);
    expect(names[0]).toMatch(/^A/);
    expect(names.indexOf('Åland Islands')).toBeLessThan(names.indexOf('Belgium'));
  });
});
