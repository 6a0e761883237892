// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

export const AdminMemberFragment = graphql(`
  fragment AdminMember on Member {
    id
    displayName
    email
    roles
    status
    createdAt
    organisation {
      id
      name
    }
  }
`);

export const AdminMembersQuery = graphql(`
  query AdminMembers($first: Int, $after: String, $organisationId: ID, $status: MemberStatus) {
    members(first: $first, after: $after, organisationId: $organisationId, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...AdminMember
        }
      }
    }
  }
`);

export const AdminOrganisationsQuery = graphql(`
  query AdminOrganisations {
    organisations {
      id
      name
      nameSv
      nameEn
      slug
      kind
      acceptsQuestions
      shortNames
      emailDomains
      identityProviders
      allowSelfRegistration
      requireMfa
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      status
      expiresAt
    }
  }
`);

export const SetMemberRolesMutation = graphql(`
  mutation SetMemberRoles($input: SetMemberRolesInput!) {
    setMemberRoles(input: $input) {
      id
      ...AdminMember
    }
  }
`);

export const SuspendMemberMutation = graphql(`
  mutation SuspendMember($input: SuspendMemberInput!) {
    suspendMember(input: $input) {
      id
      ...AdminMember
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdAt
          action
          targetType
          targetId
          reason
          actorId
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const ActorSearchQuery = graphql(`
  query ActorSearch($query: String!) {
    memberDirectory(query: $query, first: 10) {
      edges {
        node {
          id
          displayName
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      nameSv
      nameEn
      kind
      acceptsQuestions
      shortNames
      emailDomains
      identityProviders
      allowSelfRegistration
      requireMfa
    }
  }
`);

export const DeleteMemberMutation = graphql(`
  mutation DeleteMember($input: DeleteMemberInput!) {
    deleteMember(input: $input)
  }
`);

export const AdminJobQueuesQuery = graphql(`
  query AdminJobQueues {
    jobQueues {
      name
      waiting
      active
      delayed
      failed
    }
  }
`);

export const AdminQueuedJobsQuery = graphql(`
  query AdminQueuedJobs($queue: JobQueueName!, $state: QueuedJobState!, $first: Int) {
    queuedJobs(queue: $queue, state: $state, first: $first) {
      id
      queue
      name
      state
      attemptsMade
      maxAttempts
      failedReason
      createdAt
      runsAt
      finishedAt
    }
  }
`);

export const RetryJobMutation = graphql(`
  mutation RetryJob($input: JobRefInput!) {
    retryJob(input: $input) {
      id
    }
  }
`);

export const DiscardJobMutation = graphql(`
  mutation DiscardJob($input: JobRefInput!) {
    discardJob(input: $input) {
      id
    }
  }
`);
