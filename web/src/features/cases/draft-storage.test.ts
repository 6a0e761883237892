// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft-storage';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('unsaved case drafts', () => {
  it('keeps a draft per case, and one for a new case, until cleared', () => {
    const storage = new MemoryStorage();
    saveDraft(draftKey(undefined), { baseVersion: null, form: { title: 'Ny' } }, storage);
    saveDraft(draftKey('c1'), { baseVersion: 3, form: { title: 'Gammal' } }, storage);
    expect(loadDraft(draftKey(undefined), storage)).toEqual({
      baseVersion: null,
      form: { title: 'Ny' },
    });
    expect(loadDraft(draftKey('c1'), storage)).toEqual({
      baseVersion: 3,
      form: { title: 'Gammal' },
    });
    clearDraft(draftKey('c1'), storage);
    expect(loadDraft(draftKey('c1'), storage)).toBeNull();
  });

  it('ignores what it cannot read instead of failing the editor', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('bad'), '{not json');
    storage.setItem(draftKey('odd'), '42');
    expect(loadDraft(draftKey('bad'), storage)).toBeNull();
    expect(loadDraft(draftKey('odd'), storage)).toBeNull();
  });
});
