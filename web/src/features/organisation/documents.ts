// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

export const OrganisationMemberFragment = graphql(`
  fragment OrganisationMember on Member {
    id
    displayName
    email
    roles
    status
    createdAt
  }
`);

export const OrganisationMembersQuery = graphql(`
  query OrganisationMembers($first: Int!, $after: String) {
    organisationMembers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...OrganisationMember
        }
      }
    }
  }
`);

export const OrganisationInvitationFragment = graphql(`
  fragment OrganisationInvitation on Invitation {
    id
    email
    status
    createdAt
    expiresAt
  }
`);

export const OrganisationInvitationsQuery = graphql(`
  query OrganisationInvitations($first: Int!, $after: String) {
    organisationInvitations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...OrganisationInvitation
        }
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteOrganisationMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      ...OrganisationInvitation
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendOrganisationInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      id
      ...OrganisationInvitation
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeOrganisationInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      id
      ...OrganisationInvitation
    }
  }
`);

export const SuspendMemberMutation = graphql(`
  mutation SuspendOrganisationMember($input: SuspendMemberInput!) {
    suspendMember(input: $input) {
      id
      ...OrganisationMember
    }
  }
`);
