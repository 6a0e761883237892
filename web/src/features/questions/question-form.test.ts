import { describe, expect, it } from 'vitest';
import { emptyQuestionForm, missingFields, toAskInput, type QuestionForm } from './question-form';

const complete: QuestionForm = {
  ...emptyQuestionForm('SV'),
  title: '  Får vi dela styrsystemkod med en partner?  ',
  body: 'Ett projekt vill dela källkod för styrsystem med ett universitet utanför EU.',
  topicIds: ['t1'],
  directedToIds: ['isp'],
  sharingLevel: 'AMBER_STRICT',
  attribution: 'ORGANISATION',
  recipientOrganisationIds: ['left-over-from-amber'],
  acknowledged: ['fp1'],
};

describe('asking a question', () => {
  it('names every missing answer at once', () => {
    expect(missingFields(emptyQuestionForm('EN'))).toEqual([
      'title',
      'body',
      'topicIds',
      'sharingLevel',
      'attribution',
    ]);
  });

  it('asks for recipients only at AMBER', () => {
    expect(missingFields(complete)).toEqual([]);
    expect(
      missingFields({ ...complete, sharingLevel: 'AMBER', recipientOrganisationIds: [] }),
    ).toEqual(['recipientOrganisationIds']);
  });

  it('sends the trimmed title, the acknowledgements, and recipients only at AMBER', () => {
    expect(toAskInput(complete)).toEqual({
      title: 'Får vi dela styrsystemkod med en partner?',
      body: complete.body,
      topicIds: ['t1'],
      countryCodes: [],
      directedToIds: ['isp'],
      recipientOrganisationIds: [],
      sharingLevel: 'AMBER_STRICT',
      attribution: 'ORGANISATION',
      language: 'SV',
      acknowledgedFindings: ['fp1'],
    });
    expect(toAskInput({ ...complete, sharingLevel: 'AMBER' }).recipientOrganisationIds).toEqual([
      'left-over-from-amber',
    ]);
  });
});
