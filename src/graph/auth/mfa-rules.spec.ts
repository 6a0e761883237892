// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { mfaRequired, secondFactorBlock, STEP_UP_WINDOW_MS } from 'src/graph/auth/mfa-rules';

describe('second-factor rules', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  const call = { exempt: false, stepUp: false };

  it('require MFA for the configured roles or when the organisation asks for it', () => {
    const roles = ['MODERATOR', 'ADMIN', 'EXPERT'];
    expect(mfaRequired([Role.MEMBER, Role.MODERATOR], roles, false)).toBe(true);
    expect(mfaRequired([Role.MEMBER], roles, false)).toBe(false);
    expect(mfaRequired([Role.MEMBER], roles, true)).toBe(true);
    expect(mfaRequired([Role.MEMBER, Role.ADMIN], [], false)).toBe(false);
  });

  it('block a required member without a factor, except on exempt calls', () => {
    const mfa = { required: true, enrolled: false, verifiedAt: null };
    expect(secondFactorBlock(mfa, call, now)).toBe('MFA_REQUIRED');
    expect(secondFactorBlock(mfa, { exempt: true, stepUp: false }, now)).toBeNull();
    expect(secondFactorBlock({ ...mfa, enrolled: true }, call, now)).toBeNull();
  });

  it('ask for step-up when the factor was proved longer ago than the window', () => {
    const stepUp = { exempt: false, stepUp: true };
    const fresh = new Date(now.getTime() - STEP_UP_WINDOW_MS + 1000);
    const stale = new Date(now.getTime() - STEP_UP_WINDOW_MS - 1000);
    const enrolled = { required: false, enrolled: true };
    expect(secondFactorBlock({ ...enrolled, verifiedAt: fresh }, stepUp, now)).toBeNull();
    expect(secondFactorBlock({ ...enrolled, verifiedAt: stale }, stepUp, now)).toBe(
      'STEP_UP_REQUIRED',
    );
    expect(secondFactorBlock({ ...enrolled, verifiedAt: null }, stepUp, now)).toBe(
      'STEP_UP_REQUIRED',
    );
    // Without a factor and without the requirement there is nothing to step up with.
    expect(
      secondFactorBlock({ required: false, enrolled: false, verifiedAt: null }, stepUp, now),
    ).toBeNull();
  });
});
