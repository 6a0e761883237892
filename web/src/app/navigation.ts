// SPDX-License-Identifier: EUPL-1.2
import type { SessionMember } from './session';

type Role = NonNullable<SessionMember['roles']>[number];

export interface NavItem {
  to: string;
  /** i18n key of the link text. */
  label: string;
  /** Shown only to members holding one of these roles; everyone signed in when absent. */
  roles?: readonly Role[];
}

/**
 * Flag review is for moderators and admins (DOMAIN §8.3): admins decide from metadata alone, so
 * they share the queue; submissions and reading stay with moderators (the API decides).
 */
export const REVIEWER_ROLES: readonly Role[] = ['MODERATOR', 'ADMIN'];

/** Insight's aggregates are for the platform's operator and the authorities (DOMAIN §14). */
export const INSIGHT_ROLES: readonly Role[] = ['ADMIN', 'EXPERT'];

/** Editors and admins write guideline drafts and publish them (DOMAIN §13). */
export const EDITOR_ROLES: readonly Role[] = ['EDITOR', 'ADMIN'];

/** The main navigation; each persona sees the parts of the platform their roles open. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/cases', label: 'nav.cases' },
  { to: '/questions', label: 'nav.questions' },
  { to: '/guidelines', label: 'nav.guidelines' },
  { to: '/assessments', label: 'nav.assessments' },
  { to: '/triage', label: 'nav.triage', roles: ['EXPERT'] },
  { to: '/organisation', label: 'nav.organisation', roles: ['ORG_CONTACT'] },
  { to: '/moderation', label: 'nav.moderation', roles: REVIEWER_ROLES },
  { to: '/insight', label: 'nav.insight', roles: INSIGHT_ROLES },
  { to: '/admin', label: 'nav.admin', roles: ['ADMIN'] },
];

export function hasAnyRole(member: SessionMember | null, roles?: readonly Role[]): boolean {
  if (!member) return false;
  if (!roles) return true;
  return (member.roles ?? []).some((role) => roles.includes(role));
}
