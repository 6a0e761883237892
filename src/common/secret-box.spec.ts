// SPDX-License-Identifier: EUPL-1.2
import { SecretBox } from 'src/common/secret-box';

describe('SecretBox', () => {
  const box = new SecretBox('a secret of the deployment');

  it('opens what it sealed', () => {
    const token = 'invitation token ✓ åäö';
    expect(box.open(box.seal(token))).toBe(token);
  });

  it('never shows the plaintext and seals the same text differently each time (fresh IV)', () => {
    const first = box.seal('same text');
    const second = box.seal('same text');
    expect(first).not.toBe(second);
    expect(first).not.toContain('same');
    expect(Buffer.from(first.split('.')[2]!, 'base64url').toString('utf8')).not.toContain('same');
  });

  it('has three base64url parts: a 12-byte IV, a 16-byte tag and the body', () => {
    const parts = box.seal('abc').split('.');
    expect(parts).toHaveLength(3);
    const [iv, tag, body] = parts.map((p) => Buffer.from(p, 'base64url'));
    expect(iv).toHaveLength(12);
    expect(tag).toHaveLength(16);
    expect(body).toHaveLength(3);
  });

  it('does not open with another secret', () => {
    expect(() => new SecretBox('another secret').open(box.seal('abc'))).toThrow();
  });

  it('does not open a sealed text that was changed (authenticated encryption)', () => {
    const [iv, tag, body] = box.seal('pay 100').split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => box.open([iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });

  it.each([['no dots'], ['one.dot'], ['..']])('rejects the malformed %p', (sealed) => {
    expect(() => box.open(sealed)).toThrow(/Malformed sealed secret|Invalid/);
  });

  it('rejects a malformed text by name, before any decryption', () => {
    expect(() => box.open('only.two')).toThrow('Malformed sealed secret');
  });
});
