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
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrant\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrant\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation SignIn($input: LoginInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionGrant\n      }\n      ... on MfaChallenge {\n        challengeToken\n        totp\n        passkeyOptions\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation CompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      ...SessionGrant\n    }\n  }\n': typeof types.CompleteSignInDocument;
  '\n  fragment CaseSummary on Case {\n    id\n    title\n    summary\n    authorLabel\n    sharingLevel\n    status\n    outcome\n    year\n    publishedAt\n    updatedAt\n    moderationNote\n    countries {\n      code\n      name\n    }\n  }\n': typeof types.CaseSummaryFragmentDoc;
  '\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n': typeof types.CasesDocument;
  '\n  query CaseVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n    }\n  }\n': typeof types.CaseVocabularyDocument;
  '\n  fragment CaseRevisions on Case {\n    revisions(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          redactedAt\n        }\n      }\n    }\n  }\n': typeof types.CaseRevisionsFragmentDoc;
  '\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      ...CaseRevisions\n    }\n  }\n': typeof types.CaseDocument;
  '\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n  }\n': typeof types.CaseDraftFragmentDoc;
  '\n  query CaseDraft($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDraft\n    }\n  }\n': typeof types.CaseDraftDocument;
  '\n  query IntakeNotice {\n    intakeNotice\n  }\n': typeof types.IntakeNoticeDocument;
  '\n  query ScreenText($text: String!) {\n    screenText(text: $text) {\n      kind\n      start\n      end\n      text\n      fingerprint\n    }\n  }\n': typeof types.ScreenTextDocument;
  '\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n': typeof types.CreateCaseDocument;
  '\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n': typeof types.UpdateCaseDocument;
  '\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.SubmitCaseDocument;
  '\n  mutation DeleteCase($input: DeleteCaseInput!) {\n    deleteCase(input: $input) {\n      id\n    }\n  }\n': typeof types.DeleteCaseDocument;
  '\n  query HomeOverview {\n    unreadNotificationCount\n    myFollows {\n      id\n      targetType\n      targetId\n    }\n    myDrafts: cases(\n      filter: { mine: true, statuses: [DRAFT, CHANGES_REQUESTED, REJECTED] }\n      first: 5\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n': typeof types.HomeOverviewDocument;
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n': typeof types.UpdateMyProfileDocument;
  '\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      enrolled\n      totpEnabled\n      recoveryCodesRemaining\n      passkeys {\n        id\n        label\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n': typeof types.MySecondFactorsDocument;
  '\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n': typeof types.BeginTotpEnrolmentDocument;
  '\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n': typeof types.ConfirmTotpEnrolmentDocument;
  '\n  mutation RemoveTotp {\n    removeTotp\n  }\n': typeof types.RemoveTotpDocument;
  '\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      challengeToken\n      options\n    }\n  }\n': typeof types.BeginPasskeyRegistrationDocument;
  '\n  mutation CompletePasskeyRegistration($input: CompletePasskeyRegistrationInput!) {\n    completePasskeyRegistration(input: $input) {\n      passkey {\n        id\n      }\n      recoveryCodes\n    }\n  }\n': typeof types.CompletePasskeyRegistrationDocument;
  '\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n': typeof types.RemovePasskeyDocument;
  '\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes {\n      codes\n    }\n  }\n': typeof types.RegenerateRecoveryCodesDocument;
  '\n  mutation BeginStepUp {\n    beginStepUp {\n      challengeToken\n      totp\n      passkeyOptions\n    }\n  }\n': typeof types.BeginStepUpDocument;
  '\n  mutation StepUp($input: StepUpInput!) {\n    stepUp(input: $input) {\n      freshUntil\n    }\n  }\n': typeof types.StepUpDocument;
};
const documents: Documents = {
  '\n  fragment SessionMember on Member {\n    id\n    displayName\n    email\n    locale\n    roles\n    organisation {\n      id\n      name\n    }\n  }\n':
    types.SessionMemberFragmentDoc,
  '\n  query Me {\n    me {\n      ...SessionMember\n    }\n  }\n': types.MeDocument,
  '\n  fragment SessionGrant on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    member {\n      ...SessionMember\n    }\n  }\n':
    types.SessionGrantFragmentDoc,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrant\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrant\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation SignIn($input: LoginInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionGrant\n      }\n      ... on MfaChallenge {\n        challengeToken\n        totp\n        passkeyOptions\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation CompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      ...SessionGrant\n    }\n  }\n':
    types.CompleteSignInDocument,
  '\n  fragment CaseSummary on Case {\n    id\n    title\n    summary\n    authorLabel\n    sharingLevel\n    status\n    outcome\n    year\n    publishedAt\n    updatedAt\n    moderationNote\n    countries {\n      code\n      name\n    }\n  }\n':
    types.CaseSummaryFragmentDoc,
  '\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n':
    types.CasesDocument,
  '\n  query CaseVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n    }\n  }\n':
    types.CaseVocabularyDocument,
  '\n  fragment CaseRevisions on Case {\n    revisions(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          redactedAt\n        }\n      }\n    }\n  }\n':
    types.CaseRevisionsFragmentDoc,
  '\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      ...CaseRevisions\n    }\n  }\n':
    types.CaseDocument,
  '\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n  }\n':
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
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n':
    types.UpdateMyProfileDocument,
  '\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      enrolled\n      totpEnabled\n      recoveryCodesRemaining\n      passkeys {\n        id\n        label\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n':
    types.MySecondFactorsDocument,
  '\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n':
    types.BeginTotpEnrolmentDocument,
  '\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n':
    types.ConfirmTotpEnrolmentDocument,
  '\n  mutation RemoveTotp {\n    removeTotp\n  }\n': types.RemoveTotpDocument,
  '\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      challengeToken\n      options\n    }\n  }\n':
    types.BeginPasskeyRegistrationDocument,
  '\n  mutation CompletePasskeyRegistration($input: CompletePasskeyRegistrationInput!) {\n    completePasskeyRegistration(input: $input) {\n      passkey {\n        id\n      }\n      recoveryCodes\n    }\n  }\n':
    types.CompletePasskeyRegistrationDocument,
  '\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n':
    types.RemovePasskeyDocument,
  '\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes {\n      codes\n    }\n  }\n':
    types.RegenerateRecoveryCodesDocument,
  '\n  mutation BeginStepUp {\n    beginStepUp {\n      challengeToken\n      totp\n      passkeyOptions\n    }\n  }\n':
    types.BeginStepUpDocument,
  '\n  mutation StepUp($input: StepUpInput!) {\n    stepUp(input: $input) {\n      freshUntil\n    }\n  }\n':
    types.StepUpDocument,
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
  source: '\n  mutation SignIn($input: LoginInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionGrant\n      }\n      ... on MfaChallenge {\n        challengeToken\n        totp\n        passkeyOptions\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: LoginInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionGrant\n      }\n      ... on MfaChallenge {\n        challengeToken\n        totp\n        passkeyOptions\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      ...SessionGrant\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      ...SessionGrant\n    }\n  }\n'];
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
  source: '\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      ...CaseRevisions\n    }\n  }\n',
): (typeof documents)['\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      ...CaseRevisions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n  }\n'];
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
  source: '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      enrolled\n      totpEnabled\n      recoveryCodesRemaining\n      passkeys {\n        id\n        label\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      enrolled\n      totpEnabled\n      recoveryCodesRemaining\n      passkeys {\n        id\n        label\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTotp {\n    removeTotp\n  }\n',
): (typeof documents)['\n  mutation RemoveTotp {\n    removeTotp\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      challengeToken\n      options\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginPasskeyRegistration {\n    beginPasskeyRegistration {\n      challengeToken\n      options\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompletePasskeyRegistration($input: CompletePasskeyRegistrationInput!) {\n    completePasskeyRegistration(input: $input) {\n      passkey {\n        id\n      }\n      recoveryCodes\n    }\n  }\n',
): (typeof documents)['\n  mutation CompletePasskeyRegistration($input: CompletePasskeyRegistrationInput!) {\n    completePasskeyRegistration(input: $input) {\n      passkey {\n        id\n      }\n      recoveryCodes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes {\n      codes\n    }\n  }\n',
): (typeof documents)['\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes {\n      codes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeginStepUp {\n    beginStepUp {\n      challengeToken\n      totp\n      passkeyOptions\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginStepUp {\n    beginStepUp {\n      challengeToken\n      totp\n      passkeyOptions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StepUp($input: StepUpInput!) {\n    stepUp(input: $input) {\n      freshUntil\n    }\n  }\n',
): (typeof documents)['\n  mutation StepUp($input: StepUpInput!) {\n    stepUp(input: $input) {\n      freshUntil\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
