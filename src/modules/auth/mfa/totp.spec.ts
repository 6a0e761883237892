// SPDX-License-Identifier: EUPL-1.2
import { generateSync } from 'otplib';
import { acceptedTimeStep, newTotpSecret, totpUri } from 'src/modules/auth/mfa/totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-12-06T12:00:10Z');
  const epoch = Math.floor(now.getTime() / 1000);
  const step = Math.floor(epoch / 30);

  it('accepts the current code and tells its time step', () => {
    const code = generateSync({ secret, epoch });
    expect(acceptedTimeStep(secret, code, null, now)).toBe(step);
  });

  it('accepts the previous step (a code typed as it turned over) but not one two steps old', () => {
    expect(acceptedTimeStep(secret, generateSync({ secret, epoch: epoch - 30 }), null, now)).toBe(
      step - 1,
    );
    expect(acceptedTimeStep(secret, generateSync({ secret, epoch: epoch - 90 }), null, now)).toBe(
      null,
    );
  });

  it('refuses a replay: the step last used and any earlier one', () => {
    const code = generateSync({ secret, epoch });
    expect(acceptedTimeStep(secret, code, step, now)).toBeNull();
    expect(acceptedTimeStep(secret, code, step - 1, now)).toBe(step);
  });

  it('refuses malformed codes', () => {
    expect(acceptedTimeStep(secret, '12345', null, now)).toBeNull();
    expect(acceptedTimeStep(secret, 'abcdef', null, now)).toBeNull();
  });

  it('puts issuer and account in the otpauth URI', () => {
    expect(totpUri(secret, 'a@b.se')).toMatch(
      /^otpauth:\/\/totp\/Samr%C3%A5d:a%40b\.se\?secret=[A-Z2-7]+&issuer=Samr%C3%A5d$/,
    );
  });
});
