// SPDX-License-Identifier: EUPL-1.2
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TopicKind } from 'src/modules/taxonomy/topic-kind.enum';

@Entity('topic')
@Index('topic_kind_position_idx', ['kind', 'position'])
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: TopicKind, enumName: 'topic_kind' })
  kind!: TopicKind;

  /** Stable across environments: seeds, filters and saved links refer to it. */
  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  nameSv!: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => TopicEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: TopicEntity | null;

  /** Order within the kind, as the catalogue lists it (not alphabetical in either language). */
  @Column({ type: 'smallint' })
  position!: number;
}
