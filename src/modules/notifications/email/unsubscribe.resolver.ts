// SPDX-License-Identifier: EUPL-1.2
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from 'src/graph/auth/access.decorators';
import { Errors } from 'src/graph/errors/app-error';
import { UnsubscribeResultType } from 'src/modules/notifications/email/unsubscribe-result.type';
import { UNSUBSCRIBE_TOKEN_MESSAGES } from 'src/modules/notifications/email/unsubscribe.errors';
import { InvalidUnsubscribeTokenError } from 'src/modules/notifications/email/unsubscribe-token';
import { UnsubscribeService } from 'src/modules/notifications/email/unsubscribe.service';

@Resolver()
export class UnsubscribeResolver {
  constructor(private readonly unsubscribeService: UnsubscribeService) {}

  @Mutation(() => UnsubscribeResultType, {
    description:
      'Turns e-mail off for the kind an unsubscribe link names; the token is the credential.',
  })
  @Public()
  async unsubscribe(@Args('token') token: string): Promise<UnsubscribeResultType> {
    try {
      const { kind } = await this.unsubscribeService.unsubscribe(token);
      return { kind };
    } catch (error) {
      if (error instanceof InvalidUnsubscribeTokenError)
        throw Errors.badInput(UNSUBSCRIBE_TOKEN_MESSAGES[error.reason], [
          { field: 'token', message: error.reason },
        ]);
      throw error;
    }
  }
}
