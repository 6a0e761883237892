// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContentType } from 'src/modules/content/content-type.enum';
import { MemberEntity } from 'src/modules/members/member.entity';
import { NotificationKind } from 'src/modules/notifications/notification-kind.enum';

/**
 * One in-app notification. `eventKey` names the outbox event that caused it; with the member it
 * is unique, so a retried job cannot notify twice. The payload holds ids and the decision, never
 * the item's content or an anonymous author: the title is read from the item, and only while the
 * member may read it, whenever the notification is read (see README.md).
 */
@Entity('notification')
@Index('notification_event_member_key', ['eventKey', 'memberId'], { unique: true })
@Index('notification_member_created_idx', ['memberId', 'createdAt', 'id'])
@Index('notification_created_idx', ['createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 80 })
  eventKey!: string;

  @Column({ type: 'enum', enum: ContentType, enumName: 'content_type' })
  contentType!: ContentType;

  @Column({ type: 'uuid' })
  contentId!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
