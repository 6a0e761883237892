// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { QuestionEditableFragment } from '../../graphql/graphql';
import {
  emptyQuestionForm,
  formFromQuestion,
  formProblems,
  isQuestionEditable,
  toAskInput,
  type QuestionForm,
} from './question-form';

const complete: QuestionForm = {
  ...emptyQuestionForm('SV'),
  title: '  Får vi dela styrsystemkod med en partner?  ',
  body: 'Ett projekt vill dela källkod för styrsystem med ett universitet utanför EU.',
  topicIds: ['t1'],
  directedToIds: ['isp'],
  sharingLevel: 'GREEN',
  attribution: 'ORGANISATION',
  recipientOrganisationIds: ['left-over-from-amber'],
  acknowledged: ['fp1'],
};

describe('asking a question', () => {
  it('names every missing answer at once', () => {
    expect(formProblems(emptyQuestionForm('EN')).map((p) => p.field)).toEqual([
      'title',
      'body',
      'topicIds',
      'sharingLevel',
      'attribution',
    ]);
  });

  it('asks AMBER for recipients unless an authority is asked, which then reads it', () => {
    const amber = { ...complete, sharingLevel: 'AMBER' as const, recipientOrganisationIds: [] };
    expect(formProblems({ ...amber, directedToIds: [] })).toEqual([
      { field: 'recipientOrganisationIds', reason: 'recipientOrganisationIds' },
    ]);
    expect(formProblems(amber)).toEqual([]);
  });

  it('keeps AMBER STRICT inside the organisation, and RED for the experts of an authority asked', () => {
    expect(formProblems({ ...complete, sharingLevel: 'AMBER_STRICT' })).toEqual([
      { field: 'directedToIds', reason: 'directedStrict' },
    ]);
    expect(formProblems({ ...complete, sharingLevel: 'AMBER_STRICT', directedToIds: [] })).toEqual(
      [],
    );
    expect(formProblems({ ...complete, sharingLevel: 'RED', directedToIds: [] })).toEqual([
      { field: 'directedToIds', reason: 'directedRed' },
    ]);
    expect(formProblems({ ...complete, sharingLevel: 'RED' })).toEqual([]);
  });

  it('sends the trimmed title, the acknowledgements, and recipients only at AMBER', () => {
    expect(toAskInput(complete)).toEqual({
      title: 'Får vi dela styrsystemkod med en partner?',
      body: complete.body,
      topicIds: ['t1'],
      countryCodes: [],
      directedToIds: ['isp'],
      recipientOrganisationIds: [],
      sharingLevel: 'GREEN',
      attribution: 'ORGANISATION',
      language: 'SV',
      acknowledgedFindings: ['fp1'],
      citations: [],
    });
    expect(toAskInput({ ...complete, sharingLevel: 'AMBER' }).recipientOrganisationIds).toEqual([
      'left-over-from-amber',
    ]);
  });
});

describe('editing a question', () => {
  const saved = {
    id: 'q1',
    version: 3,
    status: 'REJECTED' as const,
    viewerIsAuthor: true,
    moderationNote: 'Beskriv mer.',
    title: 'Får vi dela mätdata?',
    body: { markdown: 'Ett projekt vill **dela** mätdata.' },
    sharingLevel: 'AMBER' as const,
    attribution: 'NAMED' as const,
    language: 'EN' as const,
    topics: [{ id: 't1' }],
    countries: [{ code: 'CN' }],
    directedTo: [{ id: 'isp' }],
    recipientOrganisations: [{ id: 'lu' }],
    citations: [
      {
        versionId: 'v2',
        sectionKey: 'agreements',
        versionNumber: 2,
        titleSv: 'Riktlinjen',
        titleEn: 'The guideline',
        headingSv: 'Avtal',
        headingEn: 'Agreements',
      },
    ],
  };

  it('starts from the saved text and choices, the markdown as typed, nothing acknowledged', () => {
    expect(formFromQuestion(saved as unknown as QuestionEditableFragment)).toEqual({
      title: 'Får vi dela mätdata?',
      body: 'Ett projekt vill **dela** mätdata.',
      topicIds: ['t1'],
      countryCodes: ['CN'],
      directedToIds: ['isp'],
      recipientOrganisationIds: ['lu'],
      sharingLevel: 'AMBER',
      attribution: 'NAMED',
      language: 'EN',
      acknowledged: [],
      // Kept, so saving the edit keeps them; labelled in the question's language.
      citations: [
        {
          versionId: 'v2',
          sectionKey: 'agreements',
          label: 'Agreements – The guideline, version 2',
        },
      ],
    });
  });

  it('sends the citations as the API takes them, without their labels', () => {
    const form = formFromQuestion(saved);
    expect(toAskInput(form).citations).toEqual([{ versionId: 'v2', sectionKey: 'agreements' }]);
  });

  it('is open to the asker while pending, live or rejected; a closed one is not', () => {
    expect(isQuestionEditable('PENDING_REVIEW')).toBe(true);
    expect(isQuestionEditable('OPEN')).toBe(true);
    expect(isQuestionEditable('ANSWERED')).toBe(true);
    expect(isQuestionEditable('REJECTED')).toBe(true);
    expect(isQuestionEditable('CLOSED')).toBe(false);
  });
});
