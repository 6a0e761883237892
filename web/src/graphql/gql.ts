/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment SessionMember on Member {\n    id\n    displayName\n    email\n    locale\n    roles\n    organisation {\n      id\n      name\n    }\n  }\n': typeof types.SessionMemberFragmentDoc;
  '\n  query Me {\n    me {\n      ...SessionMember\n    }\n  }\n': typeof types.MeDocument;
  '\n  fragment SessionGrant on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    member {\n      ...SessionMember\n    }\n  }\n': typeof types.SessionGrantFragmentDoc;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n': typeof types.ConfirmEmailChangeDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n': typeof types.RequestEmailChangeDocument;
  '\n  query MySessions {\n    mySessions {\n      id\n      device\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n': typeof types.MySessionsDocument;
  '\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n': typeof types.RevokeSessionDocument;
  '\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n': typeof types.RevokeOtherSessionsDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrant\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrant\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  fragment CaseSummary on Case {\n    id\n    title\n    summary\n    authorLabel\n    sharingLevel\n    status\n    outcome\n    year\n    publishedAt\n    updatedAt\n    moderationNote\n    countries {\n      code\n      name\n    }\n  }\n': typeof types.CaseSummaryFragmentDoc;
  '\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n': typeof types.CasesDocument;
  '\n  query CaseVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n    }\n  }\n': typeof types.CaseVocabularyDocument;
  '\n  fragment CaseRevisions on Case {\n    revisions(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          redactedAt\n        }\n      }\n    }\n  }\n': typeof types.CaseRevisionsFragmentDoc;
  '\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      recipientMembers {\n        id\n        displayName\n      }\n      ...CaseRevisions\n    }\n  }\n': typeof types.CaseDocument;
  '\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n    recipientMembers {\n      id\n      displayName\n    }\n  }\n': typeof types.CaseDraftFragmentDoc;
  '\n  query CaseDraft($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDraft\n    }\n  }\n': typeof types.CaseDraftDocument;
  '\n  query IntakeNotice {\n    intakeNotice\n  }\n': typeof types.IntakeNoticeDocument;
  '\n  query ScreenText($text: String!) {\n    screenText(text: $text) {\n      kind\n      start\n      end\n      text\n      fingerprint\n    }\n  }\n': typeof types.ScreenTextDocument;
  '\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n': typeof types.CreateCaseDocument;
  '\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n': typeof types.UpdateCaseDocument;
  '\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.SubmitCaseDocument;
  '\n  mutation DeleteCase($input: DeleteCaseInput!) {\n    deleteCase(input: $input) {\n      id\n    }\n  }\n': typeof types.DeleteCaseDocument;
  '\n  query HomeOverview {\n    unreadNotificationCount\n    myFollows {\n      id\n      targetType\n      targetId\n    }\n    myDrafts: cases(\n      filter: { mine: true, statuses: [DRAFT, CHANGES_REQUESTED, REJECTED] }\n      first: 5\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n': typeof types.HomeOverviewDocument;
  '\n  query RecipientDirectory($query: String!, $first: Int!) {\n    memberDirectory(query: $query, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.RecipientDirectoryDocument;
  '\n  fragment OrganisationMember on Member {\n    id\n    displayName\n    email\n    roles\n    status\n    createdAt\n  }\n': typeof types.OrganisationMemberFragmentDoc;
  '\n  query OrganisationMembers($first: Int!, $after: String) {\n    organisationMembers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrganisationMember\n        }\n      }\n    }\n  }\n': typeof types.OrganisationMembersDocument;
  '\n  fragment OrganisationInvitation on Invitation {\n    id\n    email\n    status\n    createdAt\n    expiresAt\n  }\n': typeof types.OrganisationInvitationFragmentDoc;
  '\n  query OrganisationInvitations($first: Int!, $after: String) {\n    organisationInvitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrganisationInvitation\n        }\n      }\n    }\n  }\n': typeof types.OrganisationInvitationsDocument;
  '\n  mutation InviteOrganisationMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n': typeof types.InviteOrganisationMemberDocument;
  '\n  mutation ResendOrganisationInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n': typeof types.ResendOrganisationInvitationDocument;
  '\n  mutation RevokeOrganisationInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n': typeof types.RevokeOrganisationInvitationDocument;
  '\n  mutation SuspendOrganisationMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      ...OrganisationMember\n    }\n  }\n': typeof types.SuspendOrganisationMemberDocument;
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n': typeof types.UpdateMyProfileDocument;
};
const documents: Documents = {
  '\n  fragment SessionMember on Member {\n    id\n    displayName\n    email\n    locale\n    roles\n    organisation {\n      id\n      name\n    }\n  }\n':
    types.SessionMemberFragmentDoc,
  '\n  query Me {\n    me {\n      ...SessionMember\n    }\n  }\n': types.MeDocument,
  '\n  fragment SessionGrant on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    member {\n      ...SessionMember\n    }\n  }\n':
    types.SessionGrantFragmentDoc,
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n':
    types.ConfirmEmailChangeDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n':
    types.RequestEmailChangeDocument,
  '\n  query MySessions {\n    mySessions {\n      id\n      device\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n':
    types.MySessionsDocument,
  '\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n':
    types.RevokeSessionDocument,
  '\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n':
    types.RevokeOtherSessionsDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrant\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrant\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  fragment CaseSummary on Case {\n    id\n    title\n    summary\n    authorLabel\n    sharingLevel\n    status\n    outcome\n    year\n    publishedAt\n    updatedAt\n    moderationNote\n    countries {\n      code\n      name\n    }\n  }\n':
    types.CaseSummaryFragmentDoc,
  '\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n':
    types.CasesDocument,
  '\n  query CaseVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n    }\n  }\n':
    types.CaseVocabularyDocument,
  '\n  fragment CaseRevisions on Case {\n    revisions(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          redactedAt\n        }\n      }\n    }\n  }\n':
    types.CaseRevisionsFragmentDoc,
  '\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      recipientMembers {\n        id\n        displayName\n      }\n      ...CaseRevisions\n    }\n  }\n':
    types.CaseDocument,
  '\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n    recipientMembers {\n      id\n      displayName\n    }\n  }\n':
    types.CaseDraftFragmentDoc,
  '\n  query CaseDraft($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDraft\n    }\n  }\n':
    types.CaseDraftDocument,
  '\n  query IntakeNotice {\n    intakeNotice\n  }\n': types.IntakeNoticeDocument,
  '\n  query ScreenText($text: String!) {\n    screenText(text: $text) {\n      kind\n      start\n      end\n      text\n      fingerprint\n    }\n  }\n':
    types.ScreenTextDocument,
  '\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n':
    types.CreateCaseDocument,
  '\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n':
    types.UpdateCaseDocument,
  '\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n      status\n      version\n    }\n  }\n':
    types.SubmitCaseDocument,
  '\n  mutation DeleteCase($input: DeleteCaseInput!) {\n    deleteCase(input: $input) {\n      id\n    }\n  }\n':
    types.DeleteCaseDocument,
  '\n  query HomeOverview {\n    unreadNotificationCount\n    myFollows {\n      id\n      targetType\n      targetId\n    }\n    myDrafts: cases(\n      filter: { mine: true, statuses: [DRAFT, CHANGES_REQUESTED, REJECTED] }\n      first: 5\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n':
    types.HomeOverviewDocument,
  '\n  query RecipientDirectory($query: String!, $first: Int!) {\n    memberDirectory(query: $query, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.RecipientDirectoryDocument,
  '\n  fragment OrganisationMember on Member {\n    id\n    displayName\n    email\n    roles\n    status\n    createdAt\n  }\n':
    types.OrganisationMemberFragmentDoc,
  '\n  query OrganisationMembers($first: Int!, $after: String) {\n    organisationMembers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrganisationMember\n        }\n      }\n    }\n  }\n':
    types.OrganisationMembersDocument,
  '\n  fragment OrganisationInvitation on Invitation {\n    id\n    email\n    status\n    createdAt\n    expiresAt\n  }\n':
    types.OrganisationInvitationFragmentDoc,
  '\n  query OrganisationInvitations($first: Int!, $after: String) {\n    organisationInvitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrganisationInvitation\n        }\n      }\n    }\n  }\n':
    types.OrganisationInvitationsDocument,
  '\n  mutation InviteOrganisationMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n':
    types.InviteOrganisationMemberDocument,
  '\n  mutation ResendOrganisationInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n':
    types.ResendOrganisationInvitationDocument,
  '\n  mutation RevokeOrganisationInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n':
    types.RevokeOrganisationInvitationDocument,
  '\n  mutation SuspendOrganisationMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      ...OrganisationMember\n    }\n  }\n':
    types.SuspendOrganisationMemberDocument,
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n':
    types.UpdateMyProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionMember on Member {\n    id\n    displayName\n    email\n    locale\n    roles\n    organisation {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionMember on Member {\n    id\n    displayName\n    email\n    locale\n    roles\n    organisation {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...SessionMember\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...SessionMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionGrant on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    member {\n      ...SessionMember\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionGrant on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    member {\n      ...SessionMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySessions {\n    mySessions {\n      id\n      device\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query MySessions {\n    mySessions {\n      id\n      device\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n',
): (typeof documents)['\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrant\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrant\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrant\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrant\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseSummary on Case {\n    id\n    title\n    summary\n    authorLabel\n    sharingLevel\n    status\n    outcome\n    year\n    publishedAt\n    updatedAt\n    moderationNote\n    countries {\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseSummary on Case {\n    id\n    title\n    summary\n    authorLabel\n    sharingLevel\n    status\n    outcome\n    year\n    publishedAt\n    updatedAt\n    moderationNote\n    countries {\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query CaseVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseRevisions on Case {\n    revisions(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          redactedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseRevisions on Case {\n    revisions(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          redactedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      recipientMembers {\n        id\n        displayName\n      }\n      ...CaseRevisions\n    }\n  }\n',
): (typeof documents)['\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      recipientMembers {\n        id\n        displayName\n      }\n      ...CaseRevisions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n    recipientMembers {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n    recipientMembers {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseDraft($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDraft\n    }\n  }\n',
): (typeof documents)['\n  query CaseDraft($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDraft\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IntakeNotice {\n    intakeNotice\n  }\n',
): (typeof documents)['\n  query IntakeNotice {\n    intakeNotice\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScreenText($text: String!) {\n    screenText(text: $text) {\n      kind\n      start\n      end\n      text\n      fingerprint\n    }\n  }\n',
): (typeof documents)['\n  query ScreenText($text: String!) {\n    screenText(text: $text) {\n      kind\n      start\n      end\n      text\n      fingerprint\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteCase($input: DeleteCaseInput!) {\n    deleteCase(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteCase($input: DeleteCaseInput!) {\n    deleteCase(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HomeOverview {\n    unreadNotificationCount\n    myFollows {\n      id\n      targetType\n      targetId\n    }\n    myDrafts: cases(\n      filter: { mine: true, statuses: [DRAFT, CHANGES_REQUESTED, REJECTED] }\n      first: 5\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HomeOverview {\n    unreadNotificationCount\n    myFollows {\n      id\n      targetType\n      targetId\n    }\n    myDrafts: cases(\n      filter: { mine: true, statuses: [DRAFT, CHANGES_REQUESTED, REJECTED] }\n      first: 5\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecipientDirectory($query: String!, $first: Int!) {\n    memberDirectory(query: $query, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecipientDirectory($query: String!, $first: Int!) {\n    memberDirectory(query: $query, first: $first) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganisationMember on Member {\n    id\n    displayName\n    email\n    roles\n    status\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment OrganisationMember on Member {\n    id\n    displayName\n    email\n    roles\n    status\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisationMembers($first: Int!, $after: String) {\n    organisationMembers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrganisationMember\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganisationMembers($first: Int!, $after: String) {\n    organisationMembers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrganisationMember\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganisationInvitation on Invitation {\n    id\n    email\n    status\n    createdAt\n    expiresAt\n  }\n',
): (typeof documents)['\n  fragment OrganisationInvitation on Invitation {\n    id\n    email\n    status\n    createdAt\n    expiresAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisationInvitations($first: Int!, $after: String) {\n    organisationInvitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrganisationInvitation\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganisationInvitations($first: Int!, $after: String) {\n    organisationInvitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrganisationInvitation\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteOrganisationMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteOrganisationMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendOrganisationInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendOrganisationInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeOrganisationInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeOrganisationInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuspendOrganisationMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      ...OrganisationMember\n    }\n  }\n',
): (typeof documents)['\n  mutation SuspendOrganisationMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      ...OrganisationMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
