// SPDX-License-Identifier: EUPL-1.2
import { DataExportLink } from 'src/modules/data-export/data-export-link';

describe(DataExportLink.name, () => {
  const sut = new DataExportLink('a-test-secret-of-at-least-32-characters!');
  const id = '6f1c2b1e-0f5d-4c53-9a43-8d7d3f1d2a10';
  const expiresAt = new Date('2026-12-08T10:00:00Z');

  function parts(path: string) {
    const url = new URL(path, 'http://api.test');
    return {
      id: url.pathname.split('/').pop()!,
      expires: url.searchParams.get('expires') ?? undefined,
      sig: url.searchParams.get('sig') ?? undefined,
    };
  }

  it('verifies its own link and returns the expiry it was signed with', () => {
    const link = parts(sut.path(id, expiresAt));
    expect(link.id).toBe(id);
    expect(sut.verify(link.id, link.expires, link.sig)).toEqual(expiresAt);
  });

  it('refuses a changed expiry, id or signature, a missing part, and another key', () => {
    const link = parts(sut.path(id, expiresAt));
    const later = String(Number(link.expires) + 3600);
    expect(sut.verify(link.id, later, link.sig)).toBeNull();
    expect(sut.verify(id.replace('6f', '7f'), link.expires, link.sig)).toBeNull();
    const last = link.sig!.slice(-1) === 'A' ? 'B' : 'A';
    expect(sut.verify(link.id, link.expires, `${link.sig!.slice(0, -1)}${last}`)).toBeNull();
    expect(sut.verify(link.id, link.expires, undefined)).toBeNull();
    expect(sut.verify(link.id, 'soon', link.sig)).toBeNull();
    const other = new DataExportLink('another-secret-of-at-least-32-characters');
    expect(other.verify(link.id, link.expires, link.sig)).toBeNull();
  });
});
