// SPDX-License-Identifier: EUPL-1.2
import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { AssessmentAccess } from 'src/modules/access-policy/assessment-access';
import { AudienceValidator } from 'src/modules/access-policy/audience-validator';
import { ContentAccess } from 'src/modules/access-policy/content-access';
import { MembersModule } from 'src/modules/members/members.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';

/**
 * Global: every read path of every content type asks ContentAccess. The policy itself is not
 * exported, so no feature can build a condition or decide a read around the facade.
 */
@Global()
@Module({
  imports: [OrganisationsModule, MembersModule],
  providers: [AccessPolicy, ContentAccess, AudienceValidator, AssessmentAccess],
  exports: [ContentAccess, AudienceValidator, AssessmentAccess],
})
export class AccessPolicyModule {}
