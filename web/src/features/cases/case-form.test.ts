// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { emptyForm, formProblems, toCaseInput, withDefaults, type CaseForm } from './case-form';

const complete = {
  ...emptyForm('SV' as const),
  title: 'Gästforskare från ett högriskland',
  summary: 'En gästforskare ville arbeta med styrsystem i vårt labb.',
  context: 'Förslaget kom från en forskargrupp.',
  whatHappened: 'Vi gjorde en riskbedömning och tackade nej.',
  outcome: 'DECLINED' as const,
  year: '2024',
  riskAreaIds: ['r1'],
  collaborationTypeIds: ['c1'],
};

describe('the case form', () => {
  it('asks for every field the API requires, in the order of the form', () => {
    expect(formProblems(emptyForm('SV')).map((p) => p.field)).toEqual([
      'title',
      'summary',
      'context',
      'whatHappened',
      'outcome',
      'year',
      'riskAreaIds',
      'collaborationTypeIds',
    ]);
    expect(formProblems(complete)).toEqual([]);
  });

  it('refuses a year in the future and short texts, and AMBER without recipients', () => {
    const next = String(new Date().getFullYear() + 1);
    expect(formProblems({ ...complete, year: next }).map((p) => p.key)).toEqual([
      'cases.editor.badYear',
    ]);
    expect(formProblems({ ...complete, title: 'Kort' })[0]).toMatchObject({
      key: 'cases.editor.tooShort',
    });
    expect(formProblems({ ...complete, sharingLevel: 'AMBER' }).map((p) => p.field)).toEqual([
      'recipientOrganisationIds',
    ]);
  });

  it('sends recipients only for AMBER and no empty optional text', () => {
    const input = toCaseInput({ ...complete, recipientOrganisationIds: ['o1'] });
    expect(input.recipientOrganisationIds).toEqual([]);
    expect(input.lessonsLearned).toBeNull();
    expect(input.year).toBe(2024);
    expect(
      toCaseInput({ ...complete, sharingLevel: 'AMBER', recipientOrganisationIds: ['o1'] })
        .recipientOrganisationIds,
    ).toEqual(['o1']);
  });

  it('asks RED for named members and sends them only for RED', () => {
    expect(formProblems({ ...complete, sharingLevel: 'RED' }).map((p) => p.field)).toEqual([
      'recipientMemberIds',
    ]);
    const red = { ...complete, sharingLevel: 'RED' as const, recipientMemberIds: ['m1'] };
    expect(formProblems(red)).toEqual([]);
    expect(toCaseInput(red).recipientMemberIds).toEqual(['m1']);
    expect(toCaseInput({ ...red, sharingLevel: 'GREEN' }).recipientMemberIds).toEqual([]);
  });

  it('fills fields an older stored draft lacks', () => {
    const { recipientMemberIds: _ids, recipientMemberNames: _names, ...old } = complete;
    const sut = withDefaults(old as CaseForm, 'SV');
    expect(sut.recipientMemberIds).toEqual([]);
    expect(sut.recipientMemberNames).toEqual({});
    expect(sut.title).toBe(complete.title);
  });
});
