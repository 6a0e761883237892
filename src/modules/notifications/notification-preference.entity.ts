// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';

/** E-mail on or off per kind; in-app is always on. No row means the kind's default. */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @PrimaryColumn({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ type: 'boolean' })
  email!: boolean;
}
