// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import {
  changedKeys,
  formProblems,
  rebase,
  toUpdateInput,
  type AssessmentDraft,
  type AssessmentForm,
  type ItemForm,
} from './assessment-form';

const item = (patch: Partial<ItemForm> = {}): ItemForm => ({
  answer: '',
  note: '',
  risk: '',
  mitigations: [],
  ...patch,
});

const saved: AssessmentForm = {
  title: 'Partner X',
  collaborationSummary: 'A joint lab.',
  items: { 'clear-purpose': item(), 'dual-use': item({ answer: 'NO' }) },
};

describe('assessment-form', () => {
  it('sends only the items the member changed since the saved base', () => {
    const draft: AssessmentDraft = {
      base: saved,
      mine: { ...saved, items: { ...saved.items, 'clear-purpose': item({ answer: 'YES' }) } },
    };
    expect(changedKeys(draft)).toEqual(['clear-purpose']);
    const input = toUpdateInput('a1', '2026-12-07T08:00:00.000Z', draft);
    expect(input.title).toBeUndefined();
    expect(input.items).toEqual([
      { questionKey: 'clear-purpose', answer: 'YES', note: null, risk: null, mitigations: [] },
    ]);
  });

  it('carries mitigations only for a rated risk, without blank rows', () => {
    const mitigation = { key: 'k', description: 'Check lists', owner: 'Export control', dueOn: '' };
    const blank = { key: 'b', description: ' ', owner: '', dueOn: '' };
    const draft: AssessmentDraft = {
      base: saved,
      mine: {
        ...saved,
        items: {
          'clear-purpose': item({ risk: 'HIGH', mitigations: [mitigation, blank] }),
          'dual-use': item({ answer: 'NO', mitigations: [mitigation] }),
        },
      },
    };
    const items = toUpdateInput('a1', 't', draft).items ?? [];
    expect(items.find((i) => i.questionKey === 'clear-purpose')?.mitigations).toEqual([
      { description: 'Check lists', owner: 'Export control', dueOn: null },
    ]);
    expect(items.find((i) => i.questionKey === 'dual-use')?.mitigations).toEqual([]);
  });

  it('moves the edits onto a newer save: mine where I changed, theirs elsewhere', () => {
    const draft: AssessmentDraft = {
      base: saved,
      mine: { ...saved, items: { ...saved.items, 'clear-purpose': item({ note: 'mine' }) } },
    };
    const theirs: AssessmentForm = {
      ...saved,
      title: 'Partner X (renamed)',
      items: { 'clear-purpose': item({ note: 'theirs' }), 'dual-use': item({ answer: 'YES' }) },
    };
    const merged = rebase(draft, theirs);
    expect(merged.base).toBe(theirs);
    expect(merged.mine.title).toBe('Partner X (renamed)');
    expect(merged.mine.items['clear-purpose']?.note).toBe('mine');
    expect(merged.mine.items['dual-use']?.answer).toBe('YES');
    expect(changedKeys(merged)).toEqual(['clear-purpose']);
  });

  it('asks for a title and for each started mitigation’s description and owner', () => {
    const problems = formProblems({
      ...saved,
      title: ' ',
      items: {
        'clear-purpose': item({
          risk: 'LOW',
          mitigations: [{ key: 'k', description: '', owner: '', dueOn: '2027-01-01' }],
        }),
      },
    });
    expect(problems.map((p) => p.field)).toEqual([
      'title',
      'items.clear-purpose.mitigations.0.description',
      'items.clear-purpose.mitigations.0.owner',
    ]);
  });
});
