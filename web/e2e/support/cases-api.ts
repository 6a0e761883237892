// SPDX-License-Identifier: EUPL-1.2
import type { APIRequestContext } from '@playwright/test';
import { DEMO } from './fixtures';

/**
 * The real GraphQL API, for what a journey needs from another person at the same time (a
 * moderator's decision, a colleague's edit): signed in as that member with a bearer token.
 */
export class ApiMember {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async signIn(request: APIRequestContext, email: string): Promise<ApiMember> {
    const response = await request.post('/graphql', {
      data: {
        query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: { input: { email, password: DEMO.password } },
      },
    });
    const body = (await response.json()) as { data?: { login: { accessToken: string } } };
    if (!body.data) throw new Error(`Sign-in failed for ${email}: ${JSON.stringify(body)}`);
    return new ApiMember(request, body.data.login.accessToken);
  }

  /** Runs a document; fails the test on any GraphQL error. */
  async run<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request.post('/graphql', {
      data: { query, variables },
      headers: { authorization: `Bearer ${this.token}` },
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
    return body.data;
  }

  async topicId(slug: string): Promise<string> {
    const { topics } = await this.run<{ topics: { id: string; slug: string }[] }>(
      '{ topics { id slug } }',
    );
    const topic = topics.find((t) => t.slug === slug);
    if (!topic) throw new Error(`No topic ${slug}`);
    return topic.id;
  }

  /** A draft with every required field, as an author would start it. */
  async createCase(fields: Record<string, unknown>): Promise<{ id: string; version: number }> {
    const input = {
      summary: 'En kort sammanfattning av ett samarbete som vi bedömde noga innan beslut.',
      context: 'Förslaget gällde ett gemensamt projekt inom materialforskning.',
      whatHappened: 'Vi gjorde en riskbedömning tillsammans med juristerna och tackade nej.',
      outcome: 'DECLINED',
      year: 2024,
      language: 'SV',
      attribution: 'ORGANISATION',
      sharingLevel: 'GREEN',
      riskAreaIds: [await this.topicId('sanctions')],
      collaborationTypeIds: [await this.topicId('research-project')],
      ...fields,
    };
    const data = await this.run<{ createCase: { id: string; version: number } }>(
      'mutation($input: CreateCaseInput!) { createCase(input: $input) { id version } }',
      { input },
    );
    return data.createCase;
  }

  async updateCase(input: Record<string, unknown>): Promise<void> {
    await this.run('mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }', {
      input,
    });
  }

  async submitCase(id: string): Promise<void> {
    await this.run('mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id } }', {
      input: { id },
    });
  }

  /** A moderator's decision on a submitted case. */
  async approveCase(id: string): Promise<void> {
    await this.run('mutation($input: ModerateInput!) { moderate(input: $input) { __typename } }', {
      input: { action: 'APPROVE', contentId: id, contentType: 'CASE', reason: 'Granskat.' },
    });
  }
}
