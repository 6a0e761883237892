// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { proofFromCode, recoveryCodesText } from './second-factor';

describe('proofFromCode', () => {
  it('takes six digits for an app code, spaces allowed', () => {
    expect(proofFromCode('totp', '123 456')).toEqual({ totpCode: '123456' });
    expect(proofFromCode('totp', '12345')).toBeNull();
    expect(proofFromCode('totp', 'abcdef')).toBeNull();
  });

  it('takes ten letters or digits for a recovery code, hyphen optional', () => {
    expect(proofFromCode('recovery', 'ABCDE-12345')).toEqual({ recoveryCode: 'ABCDE12345' });
    expect(proofFromCode('recovery', 'abcde12345')).toEqual({ recoveryCode: 'abcde12345' });
    expect(proofFromCode('recovery', 'ABCDE-1234')).toBeNull();
  });
});

describe('recoveryCodesText', () => {
  it('lists one code a line under a heading', () => {
    expect(recoveryCodesText(['A', 'B'], 'Samråd')).toBe('Samråd\n\nA\nB\n');
  });
});
