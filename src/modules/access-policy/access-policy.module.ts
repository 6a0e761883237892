import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from 'src/modules/access-policy/access-policy';
import { AudienceValidator } from 'src/modules/access-policy/audience-validator';
import { MembersModule } from 'src/modules/members/members.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';

/** Global: every read path of every content type asks the same policy. */
@Global()
@Module({
  imports: [OrganisationsModule, MembersModule],
  providers: [AccessPolicy, AudienceValidator],
  exports: [AccessPolicy, AudienceValidator],
})
export class AccessPolicyModule {}
