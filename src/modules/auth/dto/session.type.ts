// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuthSession', { description: 'One of my signed-in devices.' })
export class AuthSessionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A short English label from the browser at sign-in, e.g. "Firefox on Windows". Clients that show it in another language build their own from `browser` and `operatingSystem`.',
  })
  device!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The browser at sign-in by its (untranslated) name, e.g. "Firefox"; null if unknown.',
  })
  browser!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The operating system at sign-in by its name, e.g. "Windows"; null if unknown.',
  })
  operatingSystem!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'The last sign-in or token refresh.' })
  lastUsedAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'The session this request comes from.' })
  current!: boolean;
}
