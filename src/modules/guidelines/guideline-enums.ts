// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** What kind of document a guideline is (DOMAIN §13). */
export enum GuidelineKind {
  NATIONAL_GUIDELINE = 'NATIONAL_GUIDELINE',
  CHECKLIST = 'CHECKLIST',
  AUTHORITY_GUIDANCE = 'AUTHORITY_GUIDANCE',
}

/** A version is a draft (editors only, editable) until published; then it never changes. */
export enum GuidelineVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** How a section differs between two versions. */
export enum SectionChange {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
}

/** One run of text in a diff. */
export enum DiffPartKind {
  SAME = 'SAME',
  INSERTED = 'INSERTED',
  DELETED = 'DELETED',
}

registerEnumType(GuidelineKind, { name: 'GuidelineKind' });
registerEnumType(GuidelineVersionStatus, { name: 'GuidelineVersionStatus' });
registerEnumType(SectionChange, { name: 'SectionChange' });
registerEnumType(DiffPartKind, { name: 'DiffPartKind' });
