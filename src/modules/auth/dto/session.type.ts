import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuthSession', { description: 'One of my signed-in devices.' })
export class AuthSessionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A short label from the browser at sign-in, e.g. "Firefox on Windows".',
  })
  device!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'The last sign-in or token refresh.' })
  lastUsedAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'The session this request comes from.' })
  current!: boolean;
}
