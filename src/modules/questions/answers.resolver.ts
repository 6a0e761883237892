// SPDX-License-Identifier: EUPL-1.2
import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Members } from 'src/graph/auth/access.decorators';
import { Errors } from 'src/graph/errors/app-error';
import { CurrentViewer, OptionalViewer } from 'src/graph/auth/current-viewer.decorator';
import type { RequestContext } from 'src/graph/auth/request-context';
import { Role } from 'src/graph/auth/role.enum';
import { hasRole, type Viewer } from 'src/graph/auth/viewer';
import { isCommunityLevel } from 'src/modules/access-policy/sharing-level.enum';
import { AuthorFields } from 'src/modules/attribution/author-fields';
import { AuthoredContentResolver } from 'src/modules/attribution/authored-content.resolver';
import { isAuthor } from 'src/modules/attribution/author-presentation';
import { RichText, richText } from 'src/modules/markdown/rich-text.type';
import type { AnswerEntity } from 'src/modules/questions/answer.entity';
import { AnswersService } from 'src/modules/questions/answers.service';
import {
  AcceptAnswerInput,
  AnswerQuestionInput,
  UpdateAnswerInput,
  VoteAnswerInput,
} from 'src/modules/questions/dto/question.inputs';
import { AnswerType, QuestionType } from 'src/modules/questions/dto/question.types';
import { QuestionLoaders } from 'src/modules/questions/question-loaders';
import type { QuestionEntity } from 'src/modules/questions/question.entity';
import { QuestionsService } from 'src/modules/questions/questions.service';

const OFFICIAL_NOTE = {
  SV: 'Officiellt svar från myndigheten. Svaret är allmän vägledning och inte ett bindande besked.',
  EN: 'Official answer from the authority. It is general guidance, not a binding decision.',
} as const;

@Resolver(() => AnswerType)
export class AnswersResolver extends AuthoredContentResolver(AnswerType, {
  authorName: 'NAMED answers, and your own.',
  organisation: 'NAMED, ORGANISATION and official answers, and your own.',
  authorLabel: 'Who answered, as the attribution allows.',
}) {
  constructor(
    private readonly answersService: AnswersService,
    private readonly questionsService: QuestionsService,
    private readonly loaders: QuestionLoaders,
    authorFields: AuthorFields,
  ) {
    super(authorFields);
  }

  @Mutation(() => AnswerType, {
    description:
      'Answers a question you can read. Experts and moderators, and answers to AMBER/RED questions, appear at once; others wait for a moderator.',
  })
  @Members()
  answerQuestion(@Args('input') input: AnswerQuestionInput, @CurrentViewer() viewer: Viewer) {
    return this.answersService.answer(viewer, input);
  }

  @Mutation(() => AnswerType, { description: 'Its author edits an answer; CONFLICT when stale.' })
  @Members()
  updateAnswer(@Args('input') input: UpdateAnswerInput, @CurrentViewer() viewer: Viewer) {
    return this.answersService.update(viewer, input);
  }

  @Mutation(() => QuestionType, {
    description: 'The asker accepts an answer (or switches to another); the question is ANSWERED.',
  })
  @Members()
  acceptAnswer(@Args('input') input: AcceptAnswerInput, @CurrentViewer() viewer: Viewer) {
    return this.questionsService.accept(viewer, input.answerId);
  }

  @Mutation(() => AnswerType, {
    description: 'One helpful vote per member; not on your own answer. Omit helpful to toggle.',
  })
  @Members()
  voteAnswer(@Args('input') input: VoteAnswerInput, @CurrentViewer() viewer: Viewer) {
    return this.answersService.vote(viewer, input);
  }

  @ResolveField(() => RichText)
  body(@Parent() row: AnswerEntity): RichText {
    return richText(row.body);
  }

  @ResolveField(() => QuestionType)
  async question(
    @Parent() row: AnswerEntity,
    @Context() context: RequestContext,
  ): Promise<QuestionEntity> {
    const question = await this.loaders.question(context).load(row.questionId);
    if (!question) throw Errors.notFound('Question');
    return question;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'For official answers: that the advice is general and not binding.',
  })
  officialNote(@Parent() row: AnswerEntity, @OptionalViewer() viewer: Viewer | null) {
    return row.official ? OFFICIAL_NOTE[viewer?.locale ?? 'SV'] : null;
  }

  @ResolveField(() => Boolean, { description: 'The asker accepted this answer.' })
  async accepted(@Parent() row: AnswerEntity, @Context() context: RequestContext) {
    const question = await this.loaders.question(context).load(row.questionId);
    return question?.acceptedAnswerId === row.id;
  }

  @ResolveField(() => Int, { description: 'Helpful votes.' })
  helpfulCount(@Parent() row: AnswerEntity, @Context() context: RequestContext) {
    return this.loaders.voteCount(context).load(row.id);
  }

  @ResolveField(() => Boolean)
  viewerHasVoted(@Parent() row: AnswerEntity, @Context() context: RequestContext) {
    return this.loaders.votedByViewer(context).load(row.id);
  }

  @ResolveField(() => Boolean)
  hidden(@Parent() row: AnswerEntity): boolean {
    return row.hiddenAt !== null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The moderator’s reason; for the author and moderators.',
  })
  async moderationNote(
    @Parent() row: AnswerEntity,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ) {
    if (isAuthor(viewer, row)) return row.moderationNote;
    const question = await this.loaders.question(context).load(row.questionId);
    const moderates =
      hasRole(viewer, Role.MODERATOR) && question && isCommunityLevel(question.sharingLevel);
    return moderates ? row.moderationNote : null;
  }
}
