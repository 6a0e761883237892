// SPDX-License-Identifier: EUPL-1.2
import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { DEMO_QUESTIONS, type DemoQuestion } from 'src/database/seed/demo-questions.data';
import type { Viewer } from 'src/graph/auth/viewer';
import { isCommunityLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CloseReason } from 'src/modules/content/close-reason.enum';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';
import { MembersService } from 'src/modules/members/members.service';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { AnswersService } from 'src/modules/questions/answers.service';
import {
  AnswerContentAdapter,
  QuestionContentAdapter,
} from 'src/modules/questions/question-content.adapters';
import { AnswerStatus } from 'src/modules/questions/question-enums';
import { QuestionEntity } from 'src/modules/questions/question.entity';
import { QuestionsService } from 'src/modules/questions/questions.service';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { viewerOf } from 'src/modules/members/member-viewer';

const DEMO_MODERATOR = 'moderator@samrad.example';

/**
 * Writes the demo questions and answers through the real services, as their askers, answerers,
 * voters and the demo moderator would. A question whose asker already has one with the same
 * title is skipped, so running it again changes nothing.
 */
export async function seedDemoQuestions(app: INestApplicationContext): Promise<number> {
  const get = <T>(type: new (...args: never[]) => T) => app.get(type, { strict: false });
  const tx = get(TransactionHost);
  const members = get(MembersService);
  const member = async (email: string): Promise<Viewer> => {
    const found = await members.findByEmail(email);
    if (!found) throw new Error(`Demo questions: no account ${email}`);
    return viewerOf(found, 'seed');
  };
  const moderator = await member(DEMO_MODERATOR);
  const idsByKey = new Map<string, string>();
  const closeLater: { id: string; demo: DemoQuestion }[] = [];
  let created = 0;
  for (const demo of DEMO_QUESTIONS) {
    const asker = await member(demo.authorEmail);
    const existing = await tx.manager.findOneBy(QuestionEntity, {
      authorId: asker.memberId,
      title: demo.title,
    });
    if (existing) {
      idsByKey.set(demo.key, existing.id);
      continue;
    }
    const id = await tx.run(() => seedOne(app, demo, asker, moderator, member));
    idsByKey.set(demo.key, id);
    if (demo.status === 'CLOSED') closeLater.push({ id, demo });
    created += 1;
  }
  // Closed last, so a duplicate can point at an original listed after it.
  for (const { id, demo } of closeLater) {
    await tx.run(async () => {
      const adapter = get(QuestionContentAdapter);
      await adapter.moderate(
        (await adapter.findRef(id))!,
        {
          action: ModerationAction.CLOSE,
          reason: 'Demo data',
          closeReason: (demo.closeReason as CloseReason | undefined) ?? CloseReason.RESOLVED,
          duplicateOfId: demo.duplicateOfKey ? (idsByKey.get(demo.duplicateOfKey) ?? null) : null,
        },
        moderator,
      );
    });
  }
  return created;
}

async function seedOne(
  app: INestApplicationContext,
  demo: DemoQuestion,
  asker: Viewer,
  moderator: Viewer,
  member: (email: string) => Promise<Viewer>,
): Promise<string> {
  const get = <T>(type: new (...args: never[]) => T) => app.get(type, { strict: false });
  const questions = get(QuestionsService);
  const answers = get(AnswersService);
  const organisations = get(OrganisationsService);
  const organisationIds = async (slugs: readonly string[] = []) => {
    const ids: string[] = [];
    for (const slug of slugs) {
      const organisation = await organisations.findBySlug(slug);
      if (!organisation) throw new Error(`Demo question ${demo.key}: organisation ${slug}`);
      ids.push(organisation.id);
    }
    return ids;
  };
  const topicIds: string[] = [];
  for (const slug of demo.topicSlugs) {
    const topic = await get(TopicsService).bySlug(slug);
    if (!topic) throw new Error(`Demo question ${demo.key}: topic ${slug}`);
    topicIds.push(topic.id);
  }
  const recipientMemberIds: string[] = [];
  for (const email of demo.recipientEmails ?? [])
    recipientMemberIds.push((await member(email)).memberId);

  const question = await questions.ask(asker, {
    title: demo.title,
    body: demo.body,
    topicIds,
    countryCodes: demo.countryCodes,
    language: demo.language,
    sharingLevel: demo.sharingLevel,
    attribution: demo.attribution,
    recipientOrganisationIds: await organisationIds(demo.recipientOrganisationSlugs),
    recipientMemberIds,
    directedToIds: await organisationIds(demo.directedToSlugs),
  });
  if (demo.status === 'PENDING_REVIEW') return question.id;
  if (isCommunityLevel(demo.sharingLevel)) {
    const adapter = get(QuestionContentAdapter);
    await adapter.moderate(
      (await adapter.findRef(question.id))!,
      { action: ModerationAction.APPROVE, reason: 'Demo data' },
      moderator,
    );
  }
  for (const demoAnswer of demo.answers) {
    const answerer = await member(demoAnswer.authorEmail);
    const answer = await answers.answer(answerer, {
      questionId: question.id,
      body: demoAnswer.body,
      attribution: demoAnswer.attribution,
      official: demoAnswer.official ?? false,
    });
    if (answer.status === AnswerStatus.PENDING_REVIEW) {
      const adapter = get(AnswerContentAdapter);
      await adapter.moderate(
        (await adapter.findRef(answer.id))!,
        { action: ModerationAction.APPROVE, reason: 'Demo data' },
        moderator,
      );
    }
    for (const email of demoAnswer.helpfulVotes ?? [])
      await answers.vote(await member(email), { answerId: answer.id, helpful: true });
    if (demoAnswer.accepted) await questions.accept(asker, answer.id);
  }
  return question.id;
}
