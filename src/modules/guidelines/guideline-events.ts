// SPDX-License-Identifier: EUPL-1.2

/** Outbox topics of the guideline library. */
export const GuidelineEvent = {
  VersionPublished: 'guideline.version-published',
} as const;

export type GuidelineEventTopic = (typeof GuidelineEvent)[keyof typeof GuidelineEvent];

export interface GuidelineEventPayloads {
  'guideline.version-published': { guidelineId: string; versionId: string; number: number };
}
