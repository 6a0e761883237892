// SPDX-License-Identifier: EUPL-1.2
import type { INestApplicationContext } from '@nestjs/common';
import { seedDemoCases } from 'src/bootstrap/demo-cases.seeder';
import { seedDemoGuideline } from 'src/bootstrap/demo-guideline.seeder';
import { seedDemoQuestions } from 'src/bootstrap/demo-questions.seeder';
import { TransactionHost } from 'src/database/transaction-host';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from 'src/database/seed/demo-accounts';
import { PasswordHasher } from 'src/modules/auth/password-hasher';
import { MembersService } from 'src/modules/members/members.service';
import { OrganisationsService } from 'src/modules/organisations/organisations.service';
import { TopicsService } from 'src/modules/taxonomy/topics.service';

/** Reference data every environment needs (organisations, topics); safe to run again. */
export async function seedReferenceData(app: INestApplicationContext): Promise<void> {
  const tx = app.get(TransactionHost);
  await tx.run(async () => {
    await app.get(OrganisationsService, { strict: false }).seedCatalogue();
    await app.get(TopicsService, { strict: false }).seedCatalogue();
  });
}

/**
 * Demo accounts and content for development; existing accounts and cases are left as they are,
 * so it is safe to run on every start.
 */
export async function seedDemoData(app: INestApplicationContext): Promise<readonly DemoAccount[]> {
  const tx = app.get(TransactionHost);
  const members = app.get(MembersService, { strict: false });
  const organisations = app.get(OrganisationsService, { strict: false });
  const passwordHash = await app.get(PasswordHasher, { strict: false }).hash(DEMO_PASSWORD);
  await tx.run(async () => {
    for (const account of DEMO_ACCOUNTS) {
      if (await members.findByEmail(account.email)) continue;
      const organisation = await organisations.findBySlug(account.organisationSlug);
      if (!organisation)
        throw new Error(`Demo organisation ${account.organisationSlug} is not seeded`);
      await members.create({ ...account, organisationId: organisation.id, passwordHash });
    }
  });
  await seedDemoGuideline(app);
  await seedDemoCases(app);
  await seedDemoQuestions(app);
  return DEMO_ACCOUNTS;
}
