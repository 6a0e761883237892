// SPDX-License-Identifier: EUPL-1.2
import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from 'src/database/transaction-host';
import { DEMO_CASES, type DemoCase } from 'src/database/seed/demo-cases.data';
import { isCommunityLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CaseContentAdapter } from 'src/modules/cases/case-content.adapter';
import { CaseEntity } from 'src/modules/cases/case.entity';
import { CasesService } from 'src/modules/cases/cases.service';
import { ModerationAction } from 'src/modules/content/moderation-action.enum';
import { MembersService } from 'src/modules/members/members.service';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';
import { TopicsService } from 'src/modules/taxonomy/topics.service';
import { viewerOf } from 'src/modules/members/member-viewer';

const DEMO_MODERATOR = 'moderator@samrad.example';

/**
 * Writes the demo cases through the real services (validation, screening, workflow, outbox), as
 * their authors and the demo moderator would. A case whose author already has one with the
 * same title is skipped, so running it again changes nothing.
 */
export async function seedDemoCases(app: INestApplicationContext): Promise<number> {
  const get = <T>(type: new (...args: never[]) => T) => app.get(type, { strict: false });
  const tx = get(TransactionHost);
  const cases = get(CasesService);
  const members = get(MembersService);
  const moderatorMember = await members.findByEmail(DEMO_MODERATOR);
  if (!moderatorMember) throw new Error('Seed the demo accounts before the demo cases');
  const moderator = viewerOf(moderatorMember, 'seed');
  let created = 0;
  for (const demo of DEMO_CASES) {
    const author = await members.findByEmail(demo.authorEmail);
    if (!author) throw new Error(`Demo case ${demo.key}: no account ${demo.authorEmail}`);
    const exists = await tx.manager.existsBy(CaseEntity, {
      authorId: author.id,
      title: demo.title,
    });
    if (exists) continue;
    await tx.run(async () => {
      const viewer = viewerOf(author, 'seed');
      const draft = await cases.create(viewer, await inputOf(app, demo));
      if (demo.status === 'DRAFT') return;
      const submitted = await cases.submit(viewer, { id: draft.id });
      if (demo.status === 'PUBLISHED' && isCommunityLevel(demo.sharingLevel)) {
        const adapter = get(CaseContentAdapter);
        const ref = (await adapter.findRef(submitted.id))!;
        await adapter.moderate(
          ref,
          { action: ModerationAction.APPROVE, reason: 'Demo data' },
          moderator,
        );
      }
    });
    created += 1;
  }
  return created;
}

async function inputOf(app: INestApplicationContext, demo: DemoCase) {
  const topics = app.get(TopicsService, { strict: false });
  const organisations = app.get(OrganisationsService, { strict: false });
  const members = app.get(MembersService, { strict: false });
  const topicIds = async (slugs: readonly string[], kind: TopicKind) => {
    const ids: string[] = [];
    for (const slug of slugs) {
      const topic = await topics.bySlug(slug);
      if (!topic || topic.kind !== kind) throw new Error(`Demo case ${demo.key}: topic ${slug}`);
      ids.push(topic.id);
    }
    return ids;
  };
  const recipientOrganisationIds: string[] = [];
  for (const slug of demo.recipientOrganisationSlugs ?? []) {
    const organisation = await organisations.findBySlug(slug);
    if (!organisation) throw new Error(`Demo case ${demo.key}: organisation ${slug}`);
    recipientOrganisationIds.push(organisation.id);
  }
  const recipientMemberIds: string[] = [];
  for (const email of demo.recipientEmails ?? []) {
    const member = await members.findByEmail(email);
    if (!member) throw new Error(`Demo case ${demo.key}: member ${email}`);
    recipientMemberIds.push(member.id);
  }
  return {
    title: demo.title,
    summary: demo.summary,
    context: demo.context,
    whatHappened: demo.whatHappened,
    assessment: demo.assessment ?? null,
    outcome: demo.outcome,
    mitigations: demo.mitigations ?? null,
    lessonsLearned: demo.lessonsLearned ?? null,
    riskAreaIds: await topicIds(demo.riskAreaSlugs, TopicKind.RISK_AREA),
    collaborationTypeIds: await topicIds(demo.collaborationTypeSlugs, TopicKind.COLLABORATION_TYPE),
    technologyAreaIds: await topicIds(demo.technologyAreaSlugs ?? [], TopicKind.TECHNOLOGY_AREA),
    researchFieldId: demo.researchFieldSlug
      ? (await topicIds([demo.researchFieldSlug], TopicKind.RESEARCH_FIELD))[0]
      : null,
    countryCodes: demo.countryCodes,
    phase: demo.phase ?? null,
    year: demo.year,
    quarter: demo.quarter ?? null,
    language: demo.language,
    sharingLevel: demo.sharingLevel,
    attribution: demo.attribution,
    recipientOrganisationIds,
    recipientMemberIds,
  };
}
