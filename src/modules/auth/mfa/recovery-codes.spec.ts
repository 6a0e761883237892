// SPDX-License-Identifier: EUPL-1.2
import { newRecoveryCodes, normaliseRecoveryCode } from 'src/modules/auth/mfa/recovery-codes';

describe('recovery codes', () => {
  it('are ten distinct codes of the form XXXXX-XXXXX', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('normalise case, spaces, hyphens and look-alike letters', () => {
    expect(normaliseRecoveryCode('ab1cd-ef2gh')).toBe('AB1CDEF2GH');
    expect(normaliseRecoveryCode(' ab1cd ef2gh ')).toBe('AB1CDEF2GH');
    expect(normaliseRecoveryCode('oilcd-ef2gh')).toBe('011CDEF2GH');
  });

  it('refuse anything of another length or alphabet', () => {
    expect(normaliseRecoveryCode('AB1CD-EF2G')).toBeNull();
    expect(normaliseRecoveryCode('AB1CD-EF2GU')).toBeNull();
    expect(normaliseRecoveryCode('')).toBeNull();
  });
});
