// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { notificationPath } from './notification-link';

describe('notificationPath', () => {
  it('links a readable case or question', () => {
    expect(notificationPath({ contentType: 'CASE', contentId: 'c1', title: 'T' })).toBe(
      '/cases/c1',
    );
    expect(notificationPath({ contentType: 'QUESTION', contentId: 'q1', title: 'T' })).toBe(
      '/questions/q1',
    );
  });

  it('gives no link when the API withheld the title', () => {
    expect(notificationPath({ contentType: 'CASE', contentId: 'c1', title: null })).toBeNull();
    expect(notificationPath({ contentType: 'QUESTION', contentId: 'q1' })).toBeNull();
  });

  it('gives no link to an answer on its own', () => {
    expect(notificationPath({ contentType: 'ANSWER', contentId: 'a1', title: 'T' })).toBeNull();
  });

  it('leads a ready data export to the privacy page, not to a download', () => {
    expect(notificationPath({ contentType: 'DATA_EXPORT', contentId: 'e1', title: null })).toBe(
      '/settings/privacy',
    );
  });

  it('leads a review reminder to its self-assessment', () => {
    expect(notificationPath({ contentType: 'ASSESSMENT', contentId: 'a1', title: 'T' })).toBe(
      '/assessments/a1',
    );
  });
});
