// SPDX-License-Identifier: EUPL-1.2
import { Module } from '@nestjs/common';
import { AuthModule } from 'src/modules/auth/auth.module';
import { FederatedAccounts } from 'src/modules/federation/federated-accounts';
import { FederatedSignInService } from 'src/modules/federation/federated-sign-in.service';
import { FederatedSignInsRepository } from 'src/modules/federation/federated-sign-ins.repository';
import { FederationController } from 'src/modules/federation/federation.controller';
import { FederationResolver } from 'src/modules/federation/federation.resolver';
import { OidcRelyingParty } from 'src/modules/federation/oidc-relying-party';
import { SamlIdpDirectory } from 'src/modules/federation/saml-idp-directory';
import { SamlServiceProvider } from 'src/modules/federation/saml-service-provider';
import { InvitationsModule } from 'src/modules/invitations/invitations.module';
import { MembersModule } from 'src/modules/members/members.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';

/** Sign-in through OpenID Connect and SAML 2.0 identity providers (DOMAIN §2). */
@Module({
  imports: [AuthModule, InvitationsModule, MembersModule, OrganisationsModule],
  controllers: [FederationController],
  providers: [
    FederatedAccounts,
    FederatedSignInService,
    FederatedSignInsRepository,
    FederationResolver,
    OidcRelyingParty,
    SamlIdpDirectory,
    SamlServiceProvider,
  ],
})
export class FederationModule {}
