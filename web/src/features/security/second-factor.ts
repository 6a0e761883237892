// SPDX-License-Identifier: EUPL-1.2
/** What a member presents as a second factor; the API takes exactly one. */
export type SecondFactorProof =
  { totpCode: string } | { recoveryCode: string } | { passkey: Record<string, unknown> };

export type CodeKind = 'totp' | 'recovery';

/**
 * The proof for a typed code, or null when it cannot be one: an app code is six digits (spaces
 * allowed, as apps show "123 456"); a recovery code is ten letters or digits, hyphen optional.
 */
export function proofFromCode(kind: CodeKind, input: string): SecondFactorProof | null {
  const compact = input.replace(/[\s-]+/g, '');
  if (kind === 'totp') return /^\d{6}$/.test(compact) ? { totpCode: compact } : null;
  return /^[0-9a-z]{10}$/i.test(compact) ? { recoveryCode: compact } : null;
}

/** Recovery codes as a plain-text file the member can save. */
export function recoveryCodesText(codes: readonly string[], heading: string): string {
  return [heading, '', ...codes].join('\n') + '\n';
}
