// SPDX-License-Identifier: EUPL-1.2
import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from 'src/config/app-config';
import { ConfigModule } from 'src/config/config.module';
import { LoggingModule } from 'src/common/logging.module';
import { DatabaseModule } from 'src/database/database.module';
import { GraphModule } from 'src/graph/graph.module';
import { AccountModule } from 'src/modules/account/account.module';
import { AccessPolicyModule } from 'src/modules/access-policy/access-policy.module';
import { AttributionModule } from 'src/modules/attribution/attribution.module';
import { AuditModule } from 'src/modules/audit/audit.module';
import { CasesModule } from 'src/modules/cases/cases.module';
import { AssessmentsModule } from 'src/modules/assessments/assessments.module';
import { GuidelinesModule } from 'src/modules/guidelines/guidelines.module';
import { ContentModule } from 'src/modules/content/content.module';
import { ModerationModule } from 'src/modules/moderation/moderation.module';
import { AuthModule } from 'src/modules/auth/auth.module';
import { CountriesModule } from 'src/modules/countries/countries.module';
import { DataExportModule } from 'src/modules/data-export/data-export.module';
import { HealthModule } from 'src/modules/health/health.module';
import { MetricsEndpointModule, MetricsModule } from 'src/modules/metrics/metrics.module';
import { InvitationsModule } from 'src/modules/invitations/invitations.module';
import { FederationModule } from 'src/modules/federation/federation.module';
import { JobsModule } from 'src/modules/jobs/jobs.module';
import { MailModule } from 'src/modules/mail/mail.module';
import { MembersModule } from 'src/modules/members/members.module';
import { OrganisationsModule } from 'src/modules/organisations/organisations.module';
import { OutboxModule } from 'src/modules/outbox/outbox.module';
import { QuestionsModule } from 'src/modules/questions/questions.module';
import { SearchModule } from 'src/modules/search/search.module';
import { FollowsModule } from 'src/modules/follows/follows.module';
import { OperationsModule } from 'src/modules/operations/operations.module';
import { InsightModule } from 'src/modules/insight/insight.module';
import { NotificationsModule } from 'src/modules/notifications/notifications.module';
import { DigestsModule } from 'src/modules/digests/digests.module';
import { MaintenanceModule } from 'src/modules/maintenance/maintenance.module';
import { ScreeningModule } from 'src/modules/screening/screening.module';
import { TaxonomyModule } from 'src/modules/taxonomy/taxonomy.module';

export interface AppModuleOptions {
  /** Namespace for queue keys (Redis prefix / PostgreSQL schema); tests isolate files by it. */
  queueNamespace?: string;
  /** false for the worker process: no GraphQL endpoint or health routes. */
  http?: boolean;
}

/** Feature modules: the same set serves the API and the worker (STYLE.md). */
const FEATURES = [
  AuthModule,
  AccountModule,
  MembersModule,
  OrganisationsModule,
  InvitationsModule,
  FederationModule,
  ScreeningModule,
  TaxonomyModule,
  CountriesModule,
  AttributionModule,
  ModerationModule,
  GuidelinesModule,
  AssessmentsModule,
  CasesModule,
  QuestionsModule,
  SearchModule,
  FollowsModule,
  NotificationsModule,
  DigestsModule,
  MaintenanceModule,
  OperationsModule,
  InsightModule,
  DataExportModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DiscoveryModule,
        DatabaseModule.forRoot({ api: options.http !== false }),
        MetricsModule,
        JobsModule.forRoot({ namespace: options.queueNamespace ?? config.env.QUEUE_NAMESPACE }),
        OutboxModule,
        AuditModule,
        AccessPolicyModule,
        ContentModule,
        MailModule,
        ...(options.http === false ? [] : [GraphModule, HealthModule, MetricsEndpointModule]),
        ...FEATURES,
      ],
    };
  }
}
