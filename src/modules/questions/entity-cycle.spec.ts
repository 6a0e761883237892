// SPDX-License-Identifier: EUPL-1.2
// The question entity is loaded first here, on purpose: it and the answer entity import each
// other, and TypeORM's entity glob meets them in whichever order the checkout's directory lists
// them. A reference evaluated while the cycle loads (a `design:type` of the other class) throws.
import { QuestionEntity } from 'src/modules/questions/question.entity';
import { AnswerEntity } from 'src/modules/questions/answer.entity';

describe('question and answer entities', () => {
  it('load with the question entity first', () => {
    expect(QuestionEntity.name).toBe('QuestionEntity');
    expect(AnswerEntity.name).toBe('AnswerEntity');
  });
});
