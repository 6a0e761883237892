// SPDX-License-Identifier: EUPL-1.2
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { Viewer } from 'src/graph/auth/viewer';
import { ContentType } from 'src/modules/content/content-type.enum';
import { ModerationItemType } from 'src/modules/moderation/dto/moderation.types';
import type { AnswerEntity } from 'src/modules/questions/answer.entity';
import { AnswersService } from 'src/modules/questions/answers.service';
import { AnswerType, QuestionType } from 'src/modules/questions/dto/question.types';
import type { QuestionEntity } from 'src/modules/questions/question.entity';
import { QuestionsService } from 'src/modules/questions/questions.service';

/** Adds the question or answer itself to moderation items about them. */
@Resolver(() => ModerationItemType)
export class QuestionModerationItemResolver {
  constructor(
    private readonly questions: QuestionsService,
    private readonly answers: AnswersService,
  ) {}

  @ResolveField('question', () => QuestionType, { nullable: true })
  questionOf(
    @Parent() item: ModerationItemType,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<QuestionEntity> | null {
    // Metadata-only items (flag review of content the reviewer may not read) carry no question.
    return item.contentType === ContentType.QUESTION && item.contentReadable
      ? this.questions.get(viewer, item.contentId)
      : null;
  }

  @ResolveField('answer', () => AnswerType, { nullable: true })
  async answerOf(
    @Parent() item: ModerationItemType,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<AnswerEntity | null> {
    if (item.contentType !== ContentType.ANSWER || !item.contentReadable) return null;
    return (await this.answers.get(viewer, item.contentId)).answer;
  }
}
