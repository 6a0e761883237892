// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** A moderator's decision (DOMAIN §8); which ones fit depends on the content's state. */
export enum ModerationAction {
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  REJECT = 'REJECT',
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  ARCHIVE = 'ARCHIVE',
}

registerEnumType(ModerationAction, {
  name: 'ModerationAction',
  valuesMap: {
    APPROVE: { description: 'Publish a submitted item.' },
    REQUEST_CHANGES: { description: 'Send a submitted item back to its author with a comment.' },
    REJECT: { description: 'Refuse a submitted item, with the reason.' },
    HIDE: { description: 'Take a published item out of view pending review.' },
    RESTORE: { description: 'Bring a hidden item back and dismiss the open flags.' },
    CLOSE: { description: 'Close a question with a closeReason (questions only).' },
    REOPEN: { description: 'Reopen a closed question.' },
    ARCHIVE: { description: 'Retire a published item for good.' },
  },
});
