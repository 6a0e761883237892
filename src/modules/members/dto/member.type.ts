// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from 'src/graph/pagination/connection.type';
import { Locale } from 'src/modules/members/locale.enum';
import { MemberStatus } from 'src/modules/members/member-status.enum';

/** A member as others see them; e-mail and roles resolve only for the member or an admin. */
@ObjectType('Member')
export class MemberType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => Locale)
  locale!: Locale;

  @Field(() => MemberStatus)
  status!: MemberStatus;

  @Field({ description: 'Whether the member shows their e-mail in the member directory.' })
  showEmailInDirectory!: boolean;

  @Field()
  createdAt!: Date;
}

export const MemberConnection = Connection(MemberType, 'Member');
