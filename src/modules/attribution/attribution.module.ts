// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { AuthorFields } from 'src/modules/attribution/author-fields';
import { AttributionResolver } from 'src/modules/attribution/attribution.resolver';
import { AuthorRevealService } from 'src/modules/attribution/author-reveal.service';
import { AuthorRevealedMailer } from 'src/modules/attribution/author-revealed.mailer';
import { MembersModule } from 'src/modules/members/members.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';

@Module({
  imports: [MembersModule, OrganisationsModule],
  providers: [AuthorRevealService, AttributionResolver, AuthorRevealedMailer, AuthorFields],
  exports: [AuthorFields],
})
export class AttributionModule {}
