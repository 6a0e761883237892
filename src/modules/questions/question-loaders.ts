// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from 'src/graph/auth/request-context';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { QUESTION } from 'src/modules/access-policy/content-kinds';
import type { AnswerEntity } from 'src/modules/questions/answer.entity';
import { AnswersService } from 'src/modules/questions/answers.service';
import type { QuestionEntity } from 'src/modules/questions/question.entity';
import type { MemberEntity } from 'src/modules/members/member.entity';
import { MembersService } from 'src/modules/members/members.service';
import { QuestionsRepository } from 'src/modules/questions/questions.repository';

/**
 * Per-request loaders for the question graph, so a page of questions with their answers, votes
 * and authors costs a fixed number of queries whatever its size.
 */
@Injectable()
export class QuestionLoaders {
  constructor(
    private readonly answers: AnswersService,
    private readonly questions: QuestionsRepository,
    private readonly access: ContentAccess,
    private readonly members: MembersService,
  ) {}

  /** The answers the viewer may read, per question. */
  answersOf(context: RequestContext): DataLoader<QuestionEntity, AnswerEntity[], string> {
    return this.cached(
      context,
      'questionAnswers',
      () =>
        new DataLoader<QuestionEntity, AnswerEntity[], string>(
          async (questions) => {
            const byQuestion = await this.answers.readableOf(context.req.viewer ?? null, questions);
            return questions.map((q) => byQuestion.get(q.id) ?? []);
          },
          { cacheKeyFn: (q) => q.id, maxBatchSize: 500 },
        ),
    );
  }

  voteCount(context: RequestContext): DataLoader<string, number> {
    return this.cached(
      context,
      'answerVoteCount',
      () =>
        new DataLoader<string, number>(async (ids) => {
          const counts = await this.answers.voteCounts(ids);
          return ids.map((id) => counts.get(id) ?? 0);
        }),
    );
  }

  votedByViewer(context: RequestContext): DataLoader<string, boolean> {
    return this.cached(
      context,
      'answerVotedByViewer',
      () =>
        new DataLoader<string, boolean>(async (ids) => {
          const viewer = context.req.viewer;
          if (!viewer) return ids.map(() => false);
          const voted = await this.answers.votedBy(viewer.memberId, ids);
          return ids.map((id) => voted.has(id));
        }),
    );
  }

  /**
   * Questions by id as the viewer may read them: null for an unreadable one as for an unknown
   * one. The loader checks itself, so no field that loads through it can hand out a question
   * the viewer may not read, whichever answer it was reached from.
   */
  question(context: RequestContext): DataLoader<string, QuestionEntity | null> {
    return this.cached(
      context,
      'questionById',
      () =>
        new DataLoader<string, QuestionEntity | null>(async (ids) => {
          const readable = this.access.filterReadable(
            context.req.viewer ?? null,
            QUESTION,
            await this.questions.findByIds(ids),
          );
          const rows = new Map(readable.map((q) => [q.id, q]));
          return ids.map((id) => rows.get(id) ?? null);
        }),
    );
  }

  /** Active experts per organisation id, once per request however many questions ask. */
  expertsOf(context: RequestContext): DataLoader<string, MemberEntity[]> {
    return this.cached(
      context,
      'organisationExperts',
      () =>
        new DataLoader<string, MemberEntity[]>((organisationIds) =>
          Promise.all(organisationIds.map((id) => this.members.activeExpertsOf(id))),
        ),
    );
  }

  private cached<T>(context: RequestContext, name: string, create: () => T): T {
    let loader = context.loaders.get(name) as T | undefined;
    if (!loader) {
      loader = create();
      context.loaders.set(name, loader);
    }
    return loader;
  }
}
