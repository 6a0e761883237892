// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from 'src/modules/members/member.entity';
import { AnswerEntity } from 'src/modules/questions/answer.entity';

/** One helpful vote per member and answer: the primary key makes concurrent votes safe. */
@Entity('answer_vote')
export class AnswerVoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  answerId!: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => AnswerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id' })
  answer?: AnswerEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
