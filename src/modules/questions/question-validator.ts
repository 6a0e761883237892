// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { Errors, type AppError, type FieldProblem } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { AudienceValidator } from 'src/modules/access-policy/audience-validator';
import { CountriesService } from 'src/modules/countries/countries.service';
import type { AskQuestionInput } from 'src/modules/questions/dto/question.inputs';
import type { QuestionEntity } from 'src/modules/questions/question.entity';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';

export type QuestionContent = Pick<
  QuestionEntity,
  | 'title'
  | 'body'
  | 'topicIds'
  | 'countryCodes'
  | 'language'
  | 'sharingLevel'
  | 'attribution'
  | 'recipientOrganisationIds'
  | 'recipientMemberIds'
  | 'directedToIds'
>;

const REQUIRED = ['title', 'body', 'topicIds', 'language', 'sharingLevel', 'attribution'] as const;

export function questionTextFields(content: Pick<QuestionEntity, 'title' | 'body'>) {
  return { title: content.title, body: content.body };
}

/**
 * A question (new, or an edit merged over the stored one) as validated columns: topics exist,
 * countries are ISO codes, and the audience is consistent (AudienceValidator). Every problem is
 * collected into one BAD_USER_INPUT.
 */
@Injectable()
export class QuestionValidator {
  constructor(
    private readonly topics: TopicsService,
    private readonly countries: CountriesService,
    private readonly audience: AudienceValidator,
  ) {}

  async validate(
    input: Partial<AskQuestionInput>,
    viewer: Viewer,
    existing: QuestionEntity | null,
  ): Promise<QuestionContent> {
    const problems: FieldProblem[] = [];
    for (const field of REQUIRED) {
      if (input[field] === null)
        problems.push({
          field,
          message: `${field} cannot be cleared`,
          reason: FieldProblemReason.REQUIRED,
        });
    }
    const topicIds = [...new Set(input.topicIds ?? existing?.topicIds ?? [])];
    const found = await this.topics.byIds(topicIds);
    topicIds.forEach((id, i) => {
      if (!found[i])
        problems.push({
          field: 'topicIds',
          message: `"${id}" is not a topic`,
          reason: FieldProblemReason.UNKNOWN,
        });
    });
    let countryCodes: string[] = [];
    try {
      countryCodes = this.countries.requireCodes(
        input.countryCodes ?? existing?.countryCodes ?? [],
        'countryCodes',
      );
    } catch (error) {
      problems.push(...(((error as AppError).extensions?.fields as FieldProblem[]) ?? []));
    }
    const content = {
      title: input.title ?? existing?.title,
      body: input.body ?? existing?.body,
      topicIds,
      countryCodes,
      language: input.language ?? existing?.language,
      sharingLevel: input.sharingLevel ?? existing?.sharingLevel,
      attribution: input.attribution ?? existing?.attribution,
      recipientOrganisationIds: [
        ...new Set(input.recipientOrganisationIds ?? existing?.recipientOrganisationIds ?? []),
      ],
      recipientMemberIds: [
        ...new Set(input.recipientMemberIds ?? existing?.recipientMemberIds ?? []),
      ],
      directedToIds: [...new Set(input.directedToIds ?? existing?.directedToIds ?? [])],
    };
    if (content.sharingLevel !== undefined)
      problems.push(
        ...(await this.audience.problems(
          { ...content, sharingLevel: content.sharingLevel },
          viewer,
        )),
      );
    if (problems.length > 0) throw Errors.badInput('The question has invalid fields', problems);
    return content as QuestionContent;
  }
}
