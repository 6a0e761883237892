// SPDX-License-Identifier: EUPL-1.2
/**
 * The editor's unsaved work, kept in sessionStorage (this tab only, gone when it closes; never
 * localStorage, content must not outlive the session on a shared computer). Survives a failed
 * save and a reload; cleared once the server has the text.
 */
const PREFIX = 'samrad.case-draft.';

export interface StoredDraft<T, V = number> {
  /**
   * The server version the edits are based on (a case's version number; an assessment's
   * `updatedAt`); null for a case not yet created.
   */
  baseVersion: V | null;
  form: T;
}

export function draftKey(caseId: string | undefined): string {
  return `${PREFIX}${caseId ?? 'new'}`;
}

export function loadDraft<T, V = number>(
  key: string,
  storage: Storage = sessionStorage,
): StoredDraft<T, V> | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft<T, V>;
    return typeof parsed === 'object' && parsed && 'form' in parsed ? parsed : null;
  } catch {
    return null;
  }
}

export function saveDraft<T, V = number>(
  key: string,
  draft: StoredDraft<T, V>,
  storage: Storage = sessionStorage,
) {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the form still holds the text in memory.
  }
}

export function clearDraft(key: string, storage: Storage = sessionStorage) {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
