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
  '\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      contentHidden\n    }\n  }\n': typeof types.FlagContentDocument;
  '\n  query ScreenText($text: String!) {\n    screenText(text: $text) {\n      kind\n      start\n      end\n      text\n      fingerprint\n    }\n  }\n': typeof types.ScreenTextDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n': typeof types.ConfirmEmailChangeDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input)\n  }\n': typeof types.RequestEmailChangeDocument;
  '\n  query MySessions {\n    mySessions {\n      id\n      device\n      browser\n      operatingSystem\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n': typeof types.MySessionsDocument;
  '\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n': typeof types.RevokeSessionDocument;
  '\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n': typeof types.RevokeOtherSessionsDocument;
  '\n  fragment AdminMember on Member {\n    id\n    displayName\n    email\n    roles\n    status\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n': typeof types.AdminMemberFragmentDoc;
  '\n  query AdminMembers($first: Int, $after: String, $organisationId: ID, $status: MemberStatus) {\n    members(first: $first, after: $after, organisationId: $organisationId, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AdminMember\n        }\n      }\n    }\n  }\n': typeof types.AdminMembersDocument;
  '\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      nameSv\n      nameEn\n      slug\n      kind\n      acceptsQuestions\n      shortNames\n      emailDomains\n      identityProviders\n      allowSelfRegistration\n      requireMfa\n    }\n  }\n': typeof types.AdminOrganisationsDocument;
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      ...AdminMember\n    }\n  }\n': typeof types.SetMemberRolesDocument;
  '\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      ...AdminMember\n    }\n  }\n': typeof types.SuspendMemberDocument;
  '\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          action\n          targetType\n          targetId\n          reason\n          actorId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query ActorSearch($query: String!) {\n    memberDirectory(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ActorSearchDocument;
  '\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.CreateOrganisationDocument;
  '\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      nameSv\n      nameEn\n      kind\n      acceptsQuestions\n      shortNames\n      emailDomains\n      identityProviders\n      allowSelfRegistration\n      requireMfa\n    }\n  }\n': typeof types.UpdateOrganisationDocument;
  '\n  mutation DeleteMember($input: DeleteMemberInput!) {\n    deleteMember(input: $input)\n  }\n': typeof types.DeleteMemberDocument;
  '\n  query AdminJobQueues {\n    jobQueues {\n      name\n      waiting\n      active\n      delayed\n      failed\n    }\n  }\n': typeof types.AdminJobQueuesDocument;
  '\n  query AdminQueuedJobs($queue: JobQueueName!, $state: QueuedJobState!, $first: Int) {\n    queuedJobs(queue: $queue, state: $state, first: $first) {\n      id\n      queue\n      name\n      state\n      attemptsMade\n      maxAttempts\n      failedReason\n      createdAt\n      runsAt\n      finishedAt\n    }\n  }\n': typeof types.AdminQueuedJobsDocument;
  '\n  mutation RetryJob($input: JobRefInput!) {\n    retryJob(input: $input) {\n      id\n    }\n  }\n': typeof types.RetryJobDocument;
  '\n  mutation DiscardJob($input: JobRefInput!) {\n    discardJob(input: $input) {\n      id\n    }\n  }\n': typeof types.DiscardJobDocument;
  '\n  fragment AssessmentSummary on Assessment {\n    id\n    title\n    status\n    decision\n    reviewOn\n    reviewDue\n    highestRisk\n    openMitigationCount\n    updatedAt\n    viewerIsOwner\n    guideline {\n      versionId\n      titleSv\n      titleEn\n      versionNumber\n    }\n  }\n': typeof types.AssessmentSummaryFragmentDoc;
  '\n  query Assessments($first: Int!, $after: String, $status: AssessmentStatus) {\n    assessments(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AssessmentSummary\n        }\n      }\n    }\n  }\n': typeof types.AssessmentsDocument;
  '\n  fragment AssessmentFull on Assessment {\n    id\n    title\n    collaborationSummary\n    status\n    decision\n    decisionReason\n    decidedAt\n    reviewOn\n    reviewDue\n    highestRisk\n    openMitigationCount\n    createdAt\n    updatedAt\n    viewerIsOwner\n    guideline {\n      versionId\n      guidelineSlug\n      titleSv\n      titleEn\n      versionNumber\n      latestVersionNumber\n      newerVersionExists\n    }\n    owner {\n      id\n      displayName\n    }\n    sharedWith {\n      id\n      displayName\n    }\n    sections {\n      sectionKey\n      headingSv\n      headingEn\n      items {\n        questionKey\n        textSv\n        textEn\n        answer\n        note\n        risk\n        mitigations {\n          id\n          description\n          owner\n          dueOn\n        }\n      }\n    }\n  }\n': typeof types.AssessmentFullFragmentDoc;
  '\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      ...AssessmentFull\n    }\n  }\n': typeof types.AssessmentDocument;
  '\n  query AssessmentHistory($id: ID!, $first: Int!, $after: String) {\n    assessment(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            at\n            actorName\n            kind\n            summary\n          }\n        }\n      }\n    }\n  }\n': typeof types.AssessmentHistoryDocument;
  '\n  query AssessmentExport($id: ID!, $format: AssessmentExportFormat!) {\n    assessmentExport(id: $id, format: $format) {\n      filename\n      mediaType\n      content\n    }\n  }\n': typeof types.AssessmentExportDocument;
  '\n  query AssessmentExcerpt($input: AssessmentExcerptInput!) {\n    assessmentExcerpt(input: $input) {\n      title\n      markdown\n      citations {\n        versionId\n        sectionKey\n      }\n    }\n  }\n': typeof types.AssessmentExcerptDocument;
  '\n  query AssessableGuidelines {\n    guidelines {\n      id\n      slug\n      kind\n      latestVersion {\n        id\n        number\n        titleSv\n        titleEn\n      }\n    }\n  }\n': typeof types.AssessableGuidelinesDocument;
  '\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      id\n    }\n  }\n': typeof types.StartAssessmentDocument;
  '\n  mutation UpdateAssessment($input: UpdateAssessmentInput!) {\n    updateAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n': typeof types.UpdateAssessmentDocument;
  '\n  mutation ShareAssessment($input: ShareAssessmentInput!) {\n    shareAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n': typeof types.ShareAssessmentDocument;
  '\n  mutation DecideAssessment($input: DecideAssessmentInput!) {\n    decideAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n': typeof types.DecideAssessmentDocument;
  '\n  mutation ReopenAssessment($id: ID!, $expectedUpdatedAt: DateTime!) {\n    reopenAssessment(id: $id, expectedUpdatedAt: $expectedUpdatedAt) {\n      id\n      ...AssessmentFull\n    }\n  }\n': typeof types.ReopenAssessmentDocument;
  '\n  mutation SetAssessmentReviewDate($id: ID!, $reviewOn: LocalDate) {\n    setAssessmentReviewDate(id: $id, reviewOn: $reviewOn) {\n      id\n      ...AssessmentFull\n    }\n  }\n': typeof types.SetAssessmentReviewDateDocument;
  '\n  mutation DeleteAssessment($id: ID!) {\n    deleteAssessment(id: $id)\n  }\n': typeof types.DeleteAssessmentDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrant\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrant\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation SignIn($input: LoginInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionGrant\n      }\n      ... on MfaChallenge {\n        challengeToken\n        totp\n        passkeyOptions\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation CompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      ...SessionGrant\n    }\n  }\n': typeof types.CompleteSignInDocument;
  '\n  query IdentityProviders {\n    identityProviders {\n      id\n      nameSv\n      nameEn\n      startPath\n    }\n  }\n': typeof types.IdentityProvidersDocument;
  '\n  mutation CompleteFederatedSignIn($input: CompleteFederatedSignInInput!) {\n    completeFederatedSignIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionGrant\n      }\n      ... on MfaChallenge {\n        challengeToken\n        totp\n        passkeyOptions\n      }\n    }\n  }\n': typeof types.CompleteFederatedSignInDocument;
  '\n  fragment CaseSummary on Case {\n    id\n    title\n    summary\n    authorLabel\n    sharingLevel\n    status\n    outcome\n    year\n    publishedAt\n    updatedAt\n    moderationNote\n    countries {\n      code\n      name\n    }\n  }\n': typeof types.CaseSummaryFragmentDoc;
  '\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n': typeof types.CasesDocument;
  '\n  query CaseVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n    }\n  }\n': typeof types.CaseVocabularyDocument;
  '\n  fragment CaseRevisions on Case {\n    revisions(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          redactedAt\n        }\n      }\n    }\n  }\n': typeof types.CaseRevisionsFragmentDoc;
  '\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      citations {\n        ...CitationLink\n      }\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      recipientMembers {\n        id\n        displayName\n      }\n      ...CaseRevisions\n    }\n  }\n': typeof types.CaseDocument;
  '\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n    recipientMembers {\n      id\n      displayName\n    }\n    citations {\n      versionId\n      sectionKey\n      versionNumber\n      titleSv\n      titleEn\n      headingSv\n      headingEn\n    }\n  }\n': typeof types.CaseDraftFragmentDoc;
  '\n  query CaseDraft($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDraft\n    }\n  }\n': typeof types.CaseDraftDocument;
  '\n  query IntakeNotice {\n    intakeNotice\n  }\n': typeof types.IntakeNoticeDocument;
  '\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n': typeof types.CreateCaseDocument;
  '\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      ...CaseDraft\n    }\n  }\n': typeof types.UpdateCaseDocument;
  '\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.SubmitCaseDocument;
  '\n  mutation DeleteCase($input: DeleteCaseInput!) {\n    deleteCase(input: $input) {\n      id\n    }\n  }\n': typeof types.DeleteCaseDocument;
  '\n  query HomeOverview {\n    unreadNotificationCount\n    myFollows {\n      id\n      targetType\n      targetId\n    }\n    myDrafts: cases(\n      filter: { mine: true, statuses: [DRAFT, CHANGES_REQUESTED, REJECTED] }\n      first: 5\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n': typeof types.HomeOverviewDocument;
  '\n  query RecipientDirectory($query: String!, $first: Int!, $organisationId: ID) {\n    memberDirectory(query: $query, first: $first, organisationId: $organisationId) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.RecipientDirectoryDocument;
  '\n  query MyFollows {\n    myFollows {\n      id\n      targetType\n      targetId\n      title\n      frequency\n      createdAt\n    }\n  }\n': typeof types.MyFollowsDocument;
  '\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      id\n      targetType\n      targetId\n      frequency\n      createdAt\n    }\n  }\n': typeof types.FollowDocument;
  '\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input)\n  }\n': typeof types.UnfollowDocument;
  '\n  query FollowVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n  }\n': typeof types.FollowVocabularyDocument;
  '\n  fragment CitationLink on Citation {\n    id\n    sectionKey\n    guidelineSlug\n    versionId\n    versionNumber\n    titleSv\n    titleEn\n    headingSv\n    headingEn\n    latestVersionNumber\n    newerVersionExists\n    sectionChangedSince\n  }\n': typeof types.CitationLinkFragmentDoc;
  '\n  query CitableVersions($ref: String!, $number: Int!, $withSections: Boolean!) {\n    guideline(ref: $ref) {\n      id\n      versions {\n        id\n        number\n        status\n      }\n      version(number: $number) @include(if: $withSections) {\n        id\n        number\n        titleSv\n        titleEn\n        sections {\n          key\n          headingSv\n          headingEn\n        }\n      }\n    }\n  }\n': typeof types.CitableVersionsDocument;
  '\n  query Guidelines {\n    guidelines {\n      id\n      slug\n      kind\n      latestVersion {\n        id\n        number\n        titleSv\n        titleEn\n        publishedAt\n      }\n      draft {\n        id\n        number\n        titleSv\n        titleEn\n      }\n      changedSinceLastRead\n    }\n  }\n': typeof types.GuidelinesDocument;
  '\n  query Guideline($ref: String!) {\n    guideline(ref: $ref) {\n      id\n      slug\n      kind\n      lastReadVersionNumber\n      changedSinceLastRead\n      versions {\n        id\n        number\n        status\n        publishedAt\n      }\n      latestVersion {\n        id\n        number\n      }\n    }\n  }\n': typeof types.GuidelineDocument;
  '\n  query GuidelineVersionText($ref: String!, $number: Int!) {\n    guideline(ref: $ref) {\n      id\n      version(number: $number) {\n        id\n        number\n        status\n        titleSv\n        titleEn\n        changeNoteSv\n        changeNoteEn\n        publishedAt\n        sections {\n          key\n          headingSv\n          headingEn\n          bodySv {\n            html\n          }\n          bodyEn {\n            html\n          }\n          questions {\n            key\n            textSv\n            textEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.GuidelineVersionTextDocument;
  '\n  mutation MarkGuidelineRead($input: MarkGuidelineReadInput!) {\n    markGuidelineRead(input: $input) {\n      id\n      lastReadVersionNumber\n      changedSinceLastRead\n    }\n  }\n': typeof types.MarkGuidelineReadDocument;
  '\n  query GuidelineDiff($id: ID!, $from: Int!, $to: Int!) {\n    guidelineDiff(guidelineId: $id, from: $from, to: $to) {\n      from {\n        number\n      }\n      to {\n        number\n      }\n      sections {\n        key\n        change\n        headingSv\n        headingEn\n        bodySvParts {\n          kind\n          text\n        }\n        bodyEnParts {\n          kind\n          text\n        }\n      }\n    }\n  }\n': typeof types.GuidelineDiffDocument;
  '\n  query GuidelineDraft($ref: String!) {\n    guideline(ref: $ref) {\n      id\n      slug\n      latestVersion {\n        number\n      }\n      draft {\n        id\n        number\n        titleSv\n        titleEn\n        changeNoteSv\n        changeNoteEn\n        updatedAt\n        sections {\n          key\n          headingSv\n          headingEn\n          bodySv {\n            markdown\n          }\n          bodyEn {\n            markdown\n          }\n          questions {\n            key\n            textSv\n            textEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.GuidelineDraftDocument;
  '\n  mutation CreateGuideline($input: CreateGuidelineInput!) {\n    createGuideline(input: $input) {\n      id\n      slug\n    }\n  }\n': typeof types.CreateGuidelineDocument;
  '\n  mutation StartGuidelineDraft($id: ID!) {\n    startGuidelineDraft(guidelineId: $id) {\n      id\n      number\n    }\n  }\n': typeof types.StartGuidelineDraftDocument;
  '\n  mutation UpdateGuidelineDraft($input: UpdateGuidelineDraftInput!) {\n    updateGuidelineDraft(input: $input) {\n      id\n      updatedAt\n    }\n  }\n': typeof types.UpdateGuidelineDraftDocument;
  '\n  mutation PublishGuidelineVersion($id: ID!) {\n    publishGuidelineVersion(versionId: $id) {\n      id\n      number\n      status\n    }\n  }\n': typeof types.PublishGuidelineVersionDocument;
  '\n  fragment InsightTableFields on InsightTable {\n    columns\n    rows {\n      key\n      label\n      counts\n      total\n    }\n    columnTotals\n    grandTotal\n    minimumCount\n  }\n': typeof types.InsightTableFieldsFragmentDoc;
  '\n  query Insight($table: InsightTableInput!, $range: InsightRangeInput!) {\n    insightTable(input: $table) {\n      ...InsightTableFields\n    }\n    unansweredByTopic(input: $range) {\n      ...InsightTableFields\n    }\n    authorityResponseFigures(input: $range) {\n      organisationId\n      name\n      directed\n      answered\n      answeredWithinTarget\n      answeredLate\n      unanswered\n      overdue\n      medianWorkingDaysToAnswer\n      restrictedDirected\n    }\n  }\n': typeof types.InsightDocument;
  '\n  query InsightCsv($table: InsightTableInput!) {\n    insightTableCsv(input: $table)\n  }\n': typeof types.InsightCsvDocument;
  '\n  fragment ModerationSummary on ModerationItem {\n    contentType\n    contentId\n    contentReadable\n    title\n    sharingLevel\n    status\n    hidden\n    queueReason\n    queuedAt\n    openFlagCount\n    flagReasonCounts {\n      reason\n      count\n    }\n  }\n': typeof types.ModerationSummaryFragmentDoc;
  '\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          contentType\n          contentId\n          ...ModerationSummary\n        }\n      }\n    }\n  }\n': typeof types.ModerationQueueDocument;
  '\n  query ModerationItem($contentType: ContentType!, $contentId: ID!) {\n    moderationItem(contentType: $contentType, contentId: $contentId) {\n      ...ModerationSummary\n      hiddenAt\n      openFlags {\n        reason\n        text\n        createdAt\n      }\n      case {\n        id\n        title\n        summary\n        attribution\n        authorLabel\n        moderationNote\n        context {\n          html\n        }\n        whatHappened {\n          html\n        }\n        assessment {\n          html\n        }\n        mitigations {\n          html\n        }\n        lessonsLearned {\n          html\n        }\n        findings {\n          field\n          kind\n          start\n          end\n          text\n          acknowledgeable\n        }\n        revisions(first: 20) {\n          totalCount\n          edges {\n            node {\n              id\n              version\n              createdAt\n              redactedAt\n              redactionReason\n            }\n          }\n        }\n      }\n      question {\n        id\n        title\n        attribution\n        authorLabel\n        moderationNote\n        body {\n          html\n        }\n        findings {\n          field\n          kind\n          start\n          end\n          text\n          acknowledgeable\n        }\n      }\n      answer {\n        id\n        attribution\n        authorLabel\n        moderationNote\n        body {\n          html\n        }\n        question {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.ModerationItemDocument;
  '\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      contentType\n      contentId\n      status\n      hidden\n    }\n  }\n': typeof types.ModerateDocument;
  '\n  mutation RevealAuthor($input: RevealAuthorInput!) {\n    revealAuthor(input: $input) {\n      displayName\n      email\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.RevealAuthorDocument;
  '\n  mutation RedactRevision($input: RedactRevisionInput!) {\n    redactRevision(input: $input) {\n      contentId\n    }\n  }\n': typeof types.RedactRevisionDocument;
  '\n  mutation InspectFlaggedContent($input: InspectFlaggedContentInput!) {\n    inspectFlaggedContent(input: $input) {\n      title\n      fields {\n        name\n        text\n      }\n      openFlags {\n        reason\n        text\n        createdAt\n      }\n    }\n  }\n': typeof types.InspectFlaggedContentDocument;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      text\n    }\n  }\n': typeof types.NotificationAddedDocument;
  '\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          text\n          title\n          read\n          createdAt\n          contentType\n          contentId\n        }\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query NotificationPreferences {\n    myNotificationPreferences {\n      kind\n      email\n    }\n  }\n': typeof types.NotificationPreferencesDocument;
  '\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      email\n    }\n  }\n': typeof types.SetNotificationPreferenceDocument;
  '\n  fragment OrganisationMember on Member {\n    id\n    displayName\n    email\n    roles\n    status\n    createdAt\n  }\n': typeof types.OrganisationMemberFragmentDoc;
  '\n  query OrganisationMembers($first: Int!, $after: String) {\n    organisationMembers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrganisationMember\n        }\n      }\n    }\n  }\n': typeof types.OrganisationMembersDocument;
  '\n  fragment OrganisationInvitation on Invitation {\n    id\n    email\n    status\n    createdAt\n    expiresAt\n  }\n': typeof types.OrganisationInvitationFragmentDoc;
  '\n  query OrganisationInvitations($first: Int!, $after: String) {\n    organisationInvitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrganisationInvitation\n        }\n      }\n    }\n  }\n': typeof types.OrganisationInvitationsDocument;
  '\n  mutation InviteOrganisationMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n': typeof types.InviteOrganisationMemberDocument;
  '\n  mutation ResendOrganisationInvitation($input: ResendInvitationInput!) {\n    resendInvitation(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n': typeof types.ResendOrganisationInvitationDocument;
  '\n  mutation RevokeOrganisationInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n      ...OrganisationInvitation\n    }\n  }\n': typeof types.RevokeOrganisationInvitationDocument;
  '\n  mutation SuspendOrganisationMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      ...OrganisationMember\n    }\n  }\n': typeof types.SuspendOrganisationMemberDocument;
  '\n  query MyDataExport {\n    myDataExport {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n      downloadPath\n    }\n  }\n': typeof types.MyDataExportDocument;
  '\n  mutation ExportMyData {\n    exportMyData {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n      downloadPath\n    }\n  }\n': typeof types.ExportMyDataDocument;
  '\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n': typeof types.DeleteMyAccountDocument;
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n': typeof types.UpdateMyProfileDocument;
  '\n  fragment QuestionSummary on Question {\n    id\n    title\n    authorLabel\n    sharingLevel\n    status\n    openedAt\n    updatedAt\n    responseDueOn\n    overdue\n    directedTo {\n      id\n      name\n    }\n    topics {\n      id\n      name\n    }\n    answers(first: 1) {\n      totalCount\n    }\n  }\n': typeof types.QuestionSummaryFragmentDoc;
  '\n  query Questions($filter: QuestionFilterInput, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...QuestionSummary\n        }\n      }\n    }\n  }\n': typeof types.QuestionsDocument;
  '\n  query QuestionVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n      acceptsQuestions\n    }\n  }\n': typeof types.QuestionVocabularyDocument;
  '\n  fragment AnswerFields on Answer {\n    id\n    body {\n      html\n      markdown\n    }\n    attribution\n    authorLabel\n    organisation {\n      id\n      name\n    }\n    official\n    officialNote\n    accepted\n    helpfulCount\n    viewerHasVoted\n    viewerIsAuthor\n    status\n    moderationNote\n    publishedAt\n    version\n    citations {\n      ...CitationLink\n    }\n  }\n': typeof types.AnswerFieldsFragmentDoc;
  '\n  query Question($id: ID!, $first: Int) {\n    question(id: $id) {\n      id\n      citations {\n        ...CitationLink\n      }\n      title\n      body {\n        html\n      }\n      attribution\n      authorLabel\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      language\n      openedAt\n      responseDueOn\n      overdue\n      closeReason\n      moderationNote\n      viewerIsAuthor\n      version\n      directedTo {\n        id\n        name\n      }\n      topics {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      assignedTo {\n        id\n        displayName\n      }\n      answers(first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n': typeof types.QuestionDocument;
  '\n  query QuestionAnswers($id: ID!, $first: Int, $after: String) {\n    question(id: $id) {\n      id\n      answers(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n': typeof types.QuestionAnswersDocument;
  '\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.AskQuestionDocument;
  '\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      id\n      status\n      ...AnswerFields\n    }\n  }\n': typeof types.AnswerQuestionDocument;
  '\n  mutation UpdateAnswer($input: UpdateAnswerInput!) {\n    updateAnswer(input: $input) {\n      id\n      status\n      ...AnswerFields\n    }\n  }\n': typeof types.UpdateAnswerDocument;
  '\n  mutation VoteAnswer($input: VoteAnswerInput!) {\n    voteAnswer(input: $input) {\n      id\n      helpfulCount\n      viewerHasVoted\n    }\n  }\n': typeof types.VoteAnswerDocument;
  '\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.AcceptAnswerDocument;
  '\n  query TriageQueue($first: Int, $after: String) {\n    triageQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...QuestionSummary\n          assignedTo {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n': typeof types.TriageQueueDocument;
  '\n  query AssignableExperts($id: ID!) {\n    question(id: $id) {\n      id\n      assignableExperts {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.AssignableExpertsDocument;
  '\n  mutation AssignQuestion($input: AssignQuestionInput!) {\n    assignQuestion(input: $input) {\n      id\n      assignedTo {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.AssignQuestionDocument;
  '\n  fragment QuestionEditable on Question {\n    id\n    version\n    status\n    viewerIsAuthor\n    moderationNote\n    title\n    body {\n      markdown\n    }\n    sharingLevel\n    attribution\n    language\n    topics {\n      id\n    }\n    countries {\n      code\n    }\n    directedTo {\n      id\n    }\n    recipientOrganisations {\n      id\n    }\n    citations {\n      versionId\n      sectionKey\n      versionNumber\n      titleSv\n      titleEn\n      headingSv\n      headingEn\n    }\n  }\n': typeof types.QuestionEditableFragmentDoc;
  '\n  query QuestionEdit($id: ID!) {\n    question(id: $id) {\n      id\n      ...QuestionEditable\n    }\n  }\n': typeof types.QuestionEditDocument;
  '\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      id\n      status\n      ...QuestionEditable\n    }\n  }\n': typeof types.UpdateQuestionDocument;
  '\n  query Search(\n    $query: String!\n    $filter: SearchFilterInput\n    $sort: SearchSort\n    $first: Int\n    $after: String\n  ) {\n    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      facetCountsAreExact\n      didYouMean\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        riskAreas {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        collaborationTypes {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        technologyAreas {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        researchFields {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        countries {\n          count\n          country {\n            code\n            name\n          }\n        }\n        outcomes {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n        sharingLevels {\n          value\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          titleHighlight\n          snippet\n          item {\n            __typename\n            ... on Case {\n              id\n              authorLabel\n              sharingLevel\n              year\n              outcome\n            }\n            ... on Question {\n              id\n              authorLabel\n              sharingLevel\n              status\n              openedAt\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.SearchDocument;
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
  '\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      contentHidden\n    }\n  }\n':
    types.FlagContentDocument,
  '\n  query ScreenText($text: String!) {\n    screenText(text: $text) {\n      kind\n      start\n      end\n      text\n      fingerprint\n    }\n  }\n':
    types.ScreenTextDocument,
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
  '\n  query MySessions {\n    mySessions {\n      id\n      device\n      browser\n      operatingSystem\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n':
    types.MySessionsDocument,
  '\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n':
    types.RevokeSessionDocument,
  '\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n':
    types.RevokeOtherSessionsDocument,
  '\n  fragment AdminMember on Member {\n    id\n    displayName\n    email\n    roles\n    status\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n':
    types.AdminMemberFragmentDoc,
  '\n  query AdminMembers($first: Int, $after: String, $organisationId: ID, $status: MemberStatus) {\n    members(first: $first, after: $after, organisationId: $organisationId, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AdminMember\n        }\n      }\n    }\n  }\n':
    types.AdminMembersDocument,
  '\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      nameSv\n      nameEn\n      slug\n      kind\n      acceptsQuestions\n      shortNames\n      emailDomains\n      identityProviders\n      allowSelfRegistration\n      requireMfa\n    }\n  }\n':
    types.AdminOrganisationsDocument,
  '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      ...AdminMember\n    }\n  }\n':
    types.SetMemberRolesDocument,
  '\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      ...AdminMember\n    }\n  }\n':
    types.SuspendMemberDocument,
  '\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          action\n          targetType\n          targetId\n          reason\n          actorId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query ActorSearch($query: String!) {\n    memberDirectory(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ActorSearchDocument,
  '\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.CreateOrganisationDocument,
  '\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      nameSv\n      nameEn\n      kind\n      acceptsQuestions\n      shortNames\n      emailDomains\n      identityProviders\n      allowSelfRegistration\n      requireMfa\n    }\n  }\n':
    types.UpdateOrganisationDocument,
  '\n  mutation DeleteMember($input: DeleteMemberInput!) {\n    deleteMember(input: $input)\n  }\n':
    types.DeleteMemberDocument,
  '\n  query AdminJobQueues {\n    jobQueues {\n      name\n      waiting\n      active\n      delayed\n      failed\n    }\n  }\n':
    types.AdminJobQueuesDocument,
  '\n  query AdminQueuedJobs($queue: JobQueueName!, $state: QueuedJobState!, $first: Int) {\n    queuedJobs(queue: $queue, state: $state, first: $first) {\n      id\n      queue\n      name\n      state\n      attemptsMade\n      maxAttempts\n      failedReason\n      createdAt\n      runsAt\n      finishedAt\n    }\n  }\n':
    types.AdminQueuedJobsDocument,
  '\n  mutation RetryJob($input: JobRefInput!) {\n    retryJob(input: $input) {\n      id\n    }\n  }\n':
    types.RetryJobDocument,
  '\n  mutation DiscardJob($input: JobRefInput!) {\n    discardJob(input: $input) {\n      id\n    }\n  }\n':
    types.DiscardJobDocument,
  '\n  fragment AssessmentSummary on Assessment {\n    id\n    title\n    status\n    decision\n    reviewOn\n    reviewDue\n    highestRisk\n    openMitigationCount\n    updatedAt\n    viewerIsOwner\n    guideline {\n      versionId\n      titleSv\n      titleEn\n      versionNumber\n    }\n  }\n':
    types.AssessmentSummaryFragmentDoc,
  '\n  query Assessments($first: Int!, $after: String, $status: AssessmentStatus) {\n    assessments(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AssessmentSummary\n        }\n      }\n    }\n  }\n':
    types.AssessmentsDocument,
  '\n  fragment AssessmentFull on Assessment {\n    id\n    title\n    collaborationSummary\n    status\n    decision\n    decisionReason\n    decidedAt\n    reviewOn\n    reviewDue\n    highestRisk\n    openMitigationCount\n    createdAt\n    updatedAt\n    viewerIsOwner\n    guideline {\n      versionId\n      guidelineSlug\n      titleSv\n      titleEn\n      versionNumber\n      latestVersionNumber\n      newerVersionExists\n    }\n    owner {\n      id\n      displayName\n    }\n    sharedWith {\n      id\n      displayName\n    }\n    sections {\n      sectionKey\n      headingSv\n      headingEn\n      items {\n        questionKey\n        textSv\n        textEn\n        answer\n        note\n        risk\n        mitigations {\n          id\n          description\n          owner\n          dueOn\n        }\n      }\n    }\n  }\n':
    types.AssessmentFullFragmentDoc,
  '\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      ...AssessmentFull\n    }\n  }\n':
    types.AssessmentDocument,
  '\n  query AssessmentHistory($id: ID!, $first: Int!, $after: String) {\n    assessment(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            at\n            actorName\n            kind\n            summary\n          }\n        }\n      }\n    }\n  }\n':
    types.AssessmentHistoryDocument,
  '\n  query AssessmentExport($id: ID!, $format: AssessmentExportFormat!) {\n    assessmentExport(id: $id, format: $format) {\n      filename\n      mediaType\n      content\n    }\n  }\n':
    types.AssessmentExportDocument,
  '\n  query AssessmentExcerpt($input: AssessmentExcerptInput!) {\n    assessmentExcerpt(input: $input) {\n      title\n      markdown\n      citations {\n        versionId\n        sectionKey\n      }\n    }\n  }\n':
    types.AssessmentExcerptDocument,
  '\n  query AssessableGuidelines {\n    guidelines {\n      id\n      slug\n      kind\n      latestVersion {\n        id\n        number\n        titleSv\n        titleEn\n      }\n    }\n  }\n':
    types.AssessableGuidelinesDocument,
  '\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      id\n    }\n  }\n':
    types.StartAssessmentDocument,
  '\n  mutation UpdateAssessment($input: UpdateAssessmentInput!) {\n    updateAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n':
    types.UpdateAssessmentDocument,
  '\n  mutation ShareAssessment($input: ShareAssessmentInput!) {\n    shareAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n':
    types.ShareAssessmentDocument,
  '\n  mutation DecideAssessment($input: DecideAssessmentInput!) {\n    decideAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n':
    types.DecideAssessmentDocument,
  '\n  mutation ReopenAssessment($id: ID!, $expectedUpdatedAt: DateTime!) {\n    reopenAssessment(id: $id, expectedUpdatedAt: $expectedUpdatedAt) {\n      id\n      ...AssessmentFull\n    }\n  }\n':
    types.ReopenAssessmentDocument,
  '\n  mutation SetAssessmentReviewDate($id: ID!, $reviewOn: LocalDate) {\n    setAssessmentReviewDate(id: $id, reviewOn: $reviewOn) {\n      id\n      ...AssessmentFull\n    }\n  }\n':
    types.SetAssessmentReviewDateDocument,
  '\n  mutation DeleteAssessment($id: ID!) {\n    deleteAssessment(id: $id)\n  }\n':
    types.DeleteAssessmentDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionGrant\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionGrant\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation SignIn($input: LoginInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionGrant\n      }\n      ... on MfaChallenge {\n        challengeToken\n        totp\n        passkeyOptions\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation CompleteSignIn($input: CompleteSignInInput!) {\n    completeSignIn(input: $input) {\n      ...SessionGrant\n    }\n  }\n':
    types.CompleteSignInDocument,
  '\n  query IdentityProviders {\n    identityProviders {\n      id\n      nameSv\n      nameEn\n      startPath\n    }\n  }\n':
    types.IdentityProvidersDocument,
  '\n  mutation CompleteFederatedSignIn($input: CompleteFederatedSignInInput!) {\n    completeFederatedSignIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionGrant\n      }\n      ... on MfaChallenge {\n        challengeToken\n        totp\n        passkeyOptions\n      }\n    }\n  }\n':
    types.CompleteFederatedSignInDocument,
  '\n  fragment CaseSummary on Case {\n    id\n    title\n    summary\n    authorLabel\n    sharingLevel\n    status\n    outcome\n    year\n    publishedAt\n    updatedAt\n    moderationNote\n    countries {\n      code\n      name\n    }\n  }\n':
    types.CaseSummaryFragmentDoc,
  '\n  query Cases($filter: CaseFilterInput, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseSummary\n        }\n      }\n    }\n  }\n':
    types.CasesDocument,
  '\n  query CaseVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n    }\n  }\n':
    types.CaseVocabularyDocument,
  '\n  fragment CaseRevisions on Case {\n    revisions(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          version\n          createdAt\n          redactedAt\n        }\n      }\n    }\n  }\n':
    types.CaseRevisionsFragmentDoc,
  '\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      citations {\n        ...CitationLink\n      }\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      recipientMembers {\n        id\n        displayName\n      }\n      ...CaseRevisions\n    }\n  }\n':
    types.CaseDocument,
  '\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n    recipientMembers {\n      id\n      displayName\n    }\n    citations {\n      versionId\n      sectionKey\n      versionNumber\n      titleSv\n      titleEn\n      headingSv\n      headingEn\n    }\n  }\n':
    types.CaseDraftFragmentDoc,
  '\n  query CaseDraft($id: ID!) {\n    case(id: $id) {\n      id\n      ...CaseDraft\n    }\n  }\n':
    types.CaseDraftDocument,
  '\n  query IntakeNotice {\n    intakeNotice\n  }\n': types.IntakeNoticeDocument,
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
  '\n  query RecipientDirectory($query: String!, $first: Int!, $organisationId: ID) {\n    memberDirectory(query: $query, first: $first, organisationId: $organisationId) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.RecipientDirectoryDocument,
  '\n  query MyFollows {\n    myFollows {\n      id\n      targetType\n      targetId\n      title\n      frequency\n      createdAt\n    }\n  }\n':
    types.MyFollowsDocument,
  '\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      id\n      targetType\n      targetId\n      frequency\n      createdAt\n    }\n  }\n':
    types.FollowDocument,
  '\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input)\n  }\n':
    types.UnfollowDocument,
  '\n  query FollowVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n  }\n':
    types.FollowVocabularyDocument,
  '\n  fragment CitationLink on Citation {\n    id\n    sectionKey\n    guidelineSlug\n    versionId\n    versionNumber\n    titleSv\n    titleEn\n    headingSv\n    headingEn\n    latestVersionNumber\n    newerVersionExists\n    sectionChangedSince\n  }\n':
    types.CitationLinkFragmentDoc,
  '\n  query CitableVersions($ref: String!, $number: Int!, $withSections: Boolean!) {\n    guideline(ref: $ref) {\n      id\n      versions {\n        id\n        number\n        status\n      }\n      version(number: $number) @include(if: $withSections) {\n        id\n        number\n        titleSv\n        titleEn\n        sections {\n          key\n          headingSv\n          headingEn\n        }\n      }\n    }\n  }\n':
    types.CitableVersionsDocument,
  '\n  query Guidelines {\n    guidelines {\n      id\n      slug\n      kind\n      latestVersion {\n        id\n        number\n        titleSv\n        titleEn\n        publishedAt\n      }\n      draft {\n        id\n        number\n        titleSv\n        titleEn\n      }\n      changedSinceLastRead\n    }\n  }\n':
    types.GuidelinesDocument,
  '\n  query Guideline($ref: String!) {\n    guideline(ref: $ref) {\n      id\n      slug\n      kind\n      lastReadVersionNumber\n      changedSinceLastRead\n      versions {\n        id\n        number\n        status\n        publishedAt\n      }\n      latestVersion {\n        id\n        number\n      }\n    }\n  }\n':
    types.GuidelineDocument,
  '\n  query GuidelineVersionText($ref: String!, $number: Int!) {\n    guideline(ref: $ref) {\n      id\n      version(number: $number) {\n        id\n        number\n        status\n        titleSv\n        titleEn\n        changeNoteSv\n        changeNoteEn\n        publishedAt\n        sections {\n          key\n          headingSv\n          headingEn\n          bodySv {\n            html\n          }\n          bodyEn {\n            html\n          }\n          questions {\n            key\n            textSv\n            textEn\n          }\n        }\n      }\n    }\n  }\n':
    types.GuidelineVersionTextDocument,
  '\n  mutation MarkGuidelineRead($input: MarkGuidelineReadInput!) {\n    markGuidelineRead(input: $input) {\n      id\n      lastReadVersionNumber\n      changedSinceLastRead\n    }\n  }\n':
    types.MarkGuidelineReadDocument,
  '\n  query GuidelineDiff($id: ID!, $from: Int!, $to: Int!) {\n    guidelineDiff(guidelineId: $id, from: $from, to: $to) {\n      from {\n        number\n      }\n      to {\n        number\n      }\n      sections {\n        key\n        change\n        headingSv\n        headingEn\n        bodySvParts {\n          kind\n          text\n        }\n        bodyEnParts {\n          kind\n          text\n        }\n      }\n    }\n  }\n':
    types.GuidelineDiffDocument,
  '\n  query GuidelineDraft($ref: String!) {\n    guideline(ref: $ref) {\n      id\n      slug\n      latestVersion {\n        number\n      }\n      draft {\n        id\n        number\n        titleSv\n        titleEn\n        changeNoteSv\n        changeNoteEn\n        updatedAt\n        sections {\n          key\n          headingSv\n          headingEn\n          bodySv {\n            markdown\n          }\n          bodyEn {\n            markdown\n          }\n          questions {\n            key\n            textSv\n            textEn\n          }\n        }\n      }\n    }\n  }\n':
    types.GuidelineDraftDocument,
  '\n  mutation CreateGuideline($input: CreateGuidelineInput!) {\n    createGuideline(input: $input) {\n      id\n      slug\n    }\n  }\n':
    types.CreateGuidelineDocument,
  '\n  mutation StartGuidelineDraft($id: ID!) {\n    startGuidelineDraft(guidelineId: $id) {\n      id\n      number\n    }\n  }\n':
    types.StartGuidelineDraftDocument,
  '\n  mutation UpdateGuidelineDraft($input: UpdateGuidelineDraftInput!) {\n    updateGuidelineDraft(input: $input) {\n      id\n      updatedAt\n    }\n  }\n':
    types.UpdateGuidelineDraftDocument,
  '\n  mutation PublishGuidelineVersion($id: ID!) {\n    publishGuidelineVersion(versionId: $id) {\n      id\n      number\n      status\n    }\n  }\n':
    types.PublishGuidelineVersionDocument,
  '\n  fragment InsightTableFields on InsightTable {\n    columns\n    rows {\n      key\n      label\n      counts\n      total\n    }\n    columnTotals\n    grandTotal\n    minimumCount\n  }\n':
    types.InsightTableFieldsFragmentDoc,
  '\n  query Insight($table: InsightTableInput!, $range: InsightRangeInput!) {\n    insightTable(input: $table) {\n      ...InsightTableFields\n    }\n    unansweredByTopic(input: $range) {\n      ...InsightTableFields\n    }\n    authorityResponseFigures(input: $range) {\n      organisationId\n      name\n      directed\n      answered\n      answeredWithinTarget\n      answeredLate\n      unanswered\n      overdue\n      medianWorkingDaysToAnswer\n      restrictedDirected\n    }\n  }\n':
    types.InsightDocument,
  '\n  query InsightCsv($table: InsightTableInput!) {\n    insightTableCsv(input: $table)\n  }\n':
    types.InsightCsvDocument,
  '\n  fragment ModerationSummary on ModerationItem {\n    contentType\n    contentId\n    contentReadable\n    title\n    sharingLevel\n    status\n    hidden\n    queueReason\n    queuedAt\n    openFlagCount\n    flagReasonCounts {\n      reason\n      count\n    }\n  }\n':
    types.ModerationSummaryFragmentDoc,
  '\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          contentType\n          contentId\n          ...ModerationSummary\n        }\n      }\n    }\n  }\n':
    types.ModerationQueueDocument,
  '\n  query ModerationItem($contentType: ContentType!, $contentId: ID!) {\n    moderationItem(contentType: $contentType, contentId: $contentId) {\n      ...ModerationSummary\n      hiddenAt\n      openFlags {\n        reason\n        text\n        createdAt\n      }\n      case {\n        id\n        title\n        summary\n        attribution\n        authorLabel\n        moderationNote\n        context {\n          html\n        }\n        whatHappened {\n          html\n        }\n        assessment {\n          html\n        }\n        mitigations {\n          html\n        }\n        lessonsLearned {\n          html\n        }\n        findings {\n          field\n          kind\n          start\n          end\n          text\n          acknowledgeable\n        }\n        revisions(first: 20) {\n          totalCount\n          edges {\n            node {\n              id\n              version\n              createdAt\n              redactedAt\n              redactionReason\n            }\n          }\n        }\n      }\n      question {\n        id\n        title\n        attribution\n        authorLabel\n        moderationNote\n        body {\n          html\n        }\n        findings {\n          field\n          kind\n          start\n          end\n          text\n          acknowledgeable\n        }\n      }\n      answer {\n        id\n        attribution\n        authorLabel\n        moderationNote\n        body {\n          html\n        }\n        question {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.ModerationItemDocument,
  '\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      contentType\n      contentId\n      status\n      hidden\n    }\n  }\n':
    types.ModerateDocument,
  '\n  mutation RevealAuthor($input: RevealAuthorInput!) {\n    revealAuthor(input: $input) {\n      displayName\n      email\n      organisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.RevealAuthorDocument,
  '\n  mutation RedactRevision($input: RedactRevisionInput!) {\n    redactRevision(input: $input) {\n      contentId\n    }\n  }\n':
    types.RedactRevisionDocument,
  '\n  mutation InspectFlaggedContent($input: InspectFlaggedContentInput!) {\n    inspectFlaggedContent(input: $input) {\n      title\n      fields {\n        name\n        text\n      }\n      openFlags {\n        reason\n        text\n        createdAt\n      }\n    }\n  }\n':
    types.InspectFlaggedContentDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n':
    types.UnreadNotificationCountDocument,
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      text\n    }\n  }\n':
    types.NotificationAddedDocument,
  '\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          text\n          title\n          read\n          createdAt\n          contentType\n          contentId\n        }\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query NotificationPreferences {\n    myNotificationPreferences {\n      kind\n      email\n    }\n  }\n':
    types.NotificationPreferencesDocument,
  '\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      email\n    }\n  }\n':
    types.SetNotificationPreferenceDocument,
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
  '\n  query MyDataExport {\n    myDataExport {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n      downloadPath\n    }\n  }\n':
    types.MyDataExportDocument,
  '\n  mutation ExportMyData {\n    exportMyData {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n      downloadPath\n    }\n  }\n':
    types.ExportMyDataDocument,
  '\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n':
    types.DeleteMyAccountDocument,
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n':
    types.UpdateMyProfileDocument,
  '\n  fragment QuestionSummary on Question {\n    id\n    title\n    authorLabel\n    sharingLevel\n    status\n    openedAt\n    updatedAt\n    responseDueOn\n    overdue\n    directedTo {\n      id\n      name\n    }\n    topics {\n      id\n      name\n    }\n    answers(first: 1) {\n      totalCount\n    }\n  }\n':
    types.QuestionSummaryFragmentDoc,
  '\n  query Questions($filter: QuestionFilterInput, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...QuestionSummary\n        }\n      }\n    }\n  }\n':
    types.QuestionsDocument,
  '\n  query QuestionVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n      acceptsQuestions\n    }\n  }\n':
    types.QuestionVocabularyDocument,
  '\n  fragment AnswerFields on Answer {\n    id\n    body {\n      html\n      markdown\n    }\n    attribution\n    authorLabel\n    organisation {\n      id\n      name\n    }\n    official\n    officialNote\n    accepted\n    helpfulCount\n    viewerHasVoted\n    viewerIsAuthor\n    status\n    moderationNote\n    publishedAt\n    version\n    citations {\n      ...CitationLink\n    }\n  }\n':
    types.AnswerFieldsFragmentDoc,
  '\n  query Question($id: ID!, $first: Int) {\n    question(id: $id) {\n      id\n      citations {\n        ...CitationLink\n      }\n      title\n      body {\n        html\n      }\n      attribution\n      authorLabel\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      language\n      openedAt\n      responseDueOn\n      overdue\n      closeReason\n      moderationNote\n      viewerIsAuthor\n      version\n      directedTo {\n        id\n        name\n      }\n      topics {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      assignedTo {\n        id\n        displayName\n      }\n      answers(first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n':
    types.QuestionDocument,
  '\n  query QuestionAnswers($id: ID!, $first: Int, $after: String) {\n    question(id: $id) {\n      id\n      answers(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n':
    types.QuestionAnswersDocument,
  '\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.AskQuestionDocument,
  '\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      id\n      status\n      ...AnswerFields\n    }\n  }\n':
    types.AnswerQuestionDocument,
  '\n  mutation UpdateAnswer($input: UpdateAnswerInput!) {\n    updateAnswer(input: $input) {\n      id\n      status\n      ...AnswerFields\n    }\n  }\n':
    types.UpdateAnswerDocument,
  '\n  mutation VoteAnswer($input: VoteAnswerInput!) {\n    voteAnswer(input: $input) {\n      id\n      helpfulCount\n      viewerHasVoted\n    }\n  }\n':
    types.VoteAnswerDocument,
  '\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.AcceptAnswerDocument,
  '\n  query TriageQueue($first: Int, $after: String) {\n    triageQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...QuestionSummary\n          assignedTo {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n':
    types.TriageQueueDocument,
  '\n  query AssignableExperts($id: ID!) {\n    question(id: $id) {\n      id\n      assignableExperts {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.AssignableExpertsDocument,
  '\n  mutation AssignQuestion($input: AssignQuestionInput!) {\n    assignQuestion(input: $input) {\n      id\n      assignedTo {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.AssignQuestionDocument,
  '\n  fragment QuestionEditable on Question {\n    id\n    version\n    status\n    viewerIsAuthor\n    moderationNote\n    title\n    body {\n      markdown\n    }\n    sharingLevel\n    attribution\n    language\n    topics {\n      id\n    }\n    countries {\n      code\n    }\n    directedTo {\n      id\n    }\n    recipientOrganisations {\n      id\n    }\n    citations {\n      versionId\n      sectionKey\n      versionNumber\n      titleSv\n      titleEn\n      headingSv\n      headingEn\n    }\n  }\n':
    types.QuestionEditableFragmentDoc,
  '\n  query QuestionEdit($id: ID!) {\n    question(id: $id) {\n      id\n      ...QuestionEditable\n    }\n  }\n':
    types.QuestionEditDocument,
  '\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      id\n      status\n      ...QuestionEditable\n    }\n  }\n':
    types.UpdateQuestionDocument,
  '\n  query Search(\n    $query: String!\n    $filter: SearchFilterInput\n    $sort: SearchSort\n    $first: Int\n    $after: String\n  ) {\n    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      facetCountsAreExact\n      didYouMean\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        riskAreas {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        collaborationTypes {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        technologyAreas {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        researchFields {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        countries {\n          count\n          country {\n            code\n            name\n          }\n        }\n        outcomes {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n        sharingLevels {\n          value\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          titleHighlight\n          snippet\n          item {\n            __typename\n            ... on Case {\n              id\n              authorLabel\n              sharingLevel\n              year\n              outcome\n            }\n            ... on Question {\n              id\n              authorLabel\n              sharingLevel\n              status\n              openedAt\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.SearchDocument,
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
  source: '\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      contentHidden\n    }\n  }\n',
): (typeof documents)['\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      contentHidden\n    }\n  }\n'];
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
  source: '\n  query MySessions {\n    mySessions {\n      id\n      device\n      browser\n      operatingSystem\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query MySessions {\n    mySessions {\n      id\n      device\n      browser\n      operatingSystem\n      current\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n'];
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
  source: '\n  fragment AdminMember on Member {\n    id\n    displayName\n    email\n    roles\n    status\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment AdminMember on Member {\n    id\n    displayName\n    email\n    roles\n    status\n    createdAt\n    organisation {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminMembers($first: Int, $after: String, $organisationId: ID, $status: MemberStatus) {\n    members(first: $first, after: $after, organisationId: $organisationId, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AdminMember\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminMembers($first: Int, $after: String, $organisationId: ID, $status: MemberStatus) {\n    members(first: $first, after: $after, organisationId: $organisationId, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AdminMember\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      nameSv\n      nameEn\n      slug\n      kind\n      acceptsQuestions\n      shortNames\n      emailDomains\n      identityProviders\n      allowSelfRegistration\n      requireMfa\n    }\n  }\n',
): (typeof documents)['\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      nameSv\n      nameEn\n      slug\n      kind\n      acceptsQuestions\n      shortNames\n      emailDomains\n      identityProviders\n      allowSelfRegistration\n      requireMfa\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      status\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      ...AdminMember\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      ...AdminMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      ...AdminMember\n    }\n  }\n',
): (typeof documents)['\n  mutation SuspendMember($input: SuspendMemberInput!) {\n    suspendMember(input: $input) {\n      id\n      ...AdminMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          action\n          targetType\n          targetId\n          reason\n          actorId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          action\n          targetType\n          targetId\n          reason\n          actorId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActorSearch($query: String!) {\n    memberDirectory(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActorSearch($query: String!) {\n    memberDirectory(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      nameSv\n      nameEn\n      kind\n      acceptsQuestions\n      shortNames\n      emailDomains\n      identityProviders\n      allowSelfRegistration\n      requireMfa\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      nameSv\n      nameEn\n      kind\n      acceptsQuestions\n      shortNames\n      emailDomains\n      identityProviders\n      allowSelfRegistration\n      requireMfa\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteMember($input: DeleteMemberInput!) {\n    deleteMember(input: $input)\n  }\n',
): (typeof documents)['\n  mutation DeleteMember($input: DeleteMemberInput!) {\n    deleteMember(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminJobQueues {\n    jobQueues {\n      name\n      waiting\n      active\n      delayed\n      failed\n    }\n  }\n',
): (typeof documents)['\n  query AdminJobQueues {\n    jobQueues {\n      name\n      waiting\n      active\n      delayed\n      failed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminQueuedJobs($queue: JobQueueName!, $state: QueuedJobState!, $first: Int) {\n    queuedJobs(queue: $queue, state: $state, first: $first) {\n      id\n      queue\n      name\n      state\n      attemptsMade\n      maxAttempts\n      failedReason\n      createdAt\n      runsAt\n      finishedAt\n    }\n  }\n',
): (typeof documents)['\n  query AdminQueuedJobs($queue: JobQueueName!, $state: QueuedJobState!, $first: Int) {\n    queuedJobs(queue: $queue, state: $state, first: $first) {\n      id\n      queue\n      name\n      state\n      attemptsMade\n      maxAttempts\n      failedReason\n      createdAt\n      runsAt\n      finishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryJob($input: JobRefInput!) {\n    retryJob(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryJob($input: JobRefInput!) {\n    retryJob(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscardJob($input: JobRefInput!) {\n    discardJob(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation DiscardJob($input: JobRefInput!) {\n    discardJob(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssessmentSummary on Assessment {\n    id\n    title\n    status\n    decision\n    reviewOn\n    reviewDue\n    highestRisk\n    openMitigationCount\n    updatedAt\n    viewerIsOwner\n    guideline {\n      versionId\n      titleSv\n      titleEn\n      versionNumber\n    }\n  }\n',
): (typeof documents)['\n  fragment AssessmentSummary on Assessment {\n    id\n    title\n    status\n    decision\n    reviewOn\n    reviewDue\n    highestRisk\n    openMitigationCount\n    updatedAt\n    viewerIsOwner\n    guideline {\n      versionId\n      titleSv\n      titleEn\n      versionNumber\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Assessments($first: Int!, $after: String, $status: AssessmentStatus) {\n    assessments(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AssessmentSummary\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Assessments($first: Int!, $after: String, $status: AssessmentStatus) {\n    assessments(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...AssessmentSummary\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssessmentFull on Assessment {\n    id\n    title\n    collaborationSummary\n    status\n    decision\n    decisionReason\n    decidedAt\n    reviewOn\n    reviewDue\n    highestRisk\n    openMitigationCount\n    createdAt\n    updatedAt\n    viewerIsOwner\n    guideline {\n      versionId\n      guidelineSlug\n      titleSv\n      titleEn\n      versionNumber\n      latestVersionNumber\n      newerVersionExists\n    }\n    owner {\n      id\n      displayName\n    }\n    sharedWith {\n      id\n      displayName\n    }\n    sections {\n      sectionKey\n      headingSv\n      headingEn\n      items {\n        questionKey\n        textSv\n        textEn\n        answer\n        note\n        risk\n        mitigations {\n          id\n          description\n          owner\n          dueOn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AssessmentFull on Assessment {\n    id\n    title\n    collaborationSummary\n    status\n    decision\n    decisionReason\n    decidedAt\n    reviewOn\n    reviewDue\n    highestRisk\n    openMitigationCount\n    createdAt\n    updatedAt\n    viewerIsOwner\n    guideline {\n      versionId\n      guidelineSlug\n      titleSv\n      titleEn\n      versionNumber\n      latestVersionNumber\n      newerVersionExists\n    }\n    owner {\n      id\n      displayName\n    }\n    sharedWith {\n      id\n      displayName\n    }\n    sections {\n      sectionKey\n      headingSv\n      headingEn\n      items {\n        questionKey\n        textSv\n        textEn\n        answer\n        note\n        risk\n        mitigations {\n          id\n          description\n          owner\n          dueOn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      ...AssessmentFull\n    }\n  }\n',
): (typeof documents)['\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      ...AssessmentFull\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssessmentHistory($id: ID!, $first: Int!, $after: String) {\n    assessment(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            at\n            actorName\n            kind\n            summary\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssessmentHistory($id: ID!, $first: Int!, $after: String) {\n    assessment(id: $id) {\n      id\n      history(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            at\n            actorName\n            kind\n            summary\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssessmentExport($id: ID!, $format: AssessmentExportFormat!) {\n    assessmentExport(id: $id, format: $format) {\n      filename\n      mediaType\n      content\n    }\n  }\n',
): (typeof documents)['\n  query AssessmentExport($id: ID!, $format: AssessmentExportFormat!) {\n    assessmentExport(id: $id, format: $format) {\n      filename\n      mediaType\n      content\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssessmentExcerpt($input: AssessmentExcerptInput!) {\n    assessmentExcerpt(input: $input) {\n      title\n      markdown\n      citations {\n        versionId\n        sectionKey\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssessmentExcerpt($input: AssessmentExcerptInput!) {\n    assessmentExcerpt(input: $input) {\n      title\n      markdown\n      citations {\n        versionId\n        sectionKey\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssessableGuidelines {\n    guidelines {\n      id\n      slug\n      kind\n      latestVersion {\n        id\n        number\n        titleSv\n        titleEn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssessableGuidelines {\n    guidelines {\n      id\n      slug\n      kind\n      latestVersion {\n        id\n        number\n        titleSv\n        titleEn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation StartAssessment($input: StartAssessmentInput!) {\n    startAssessment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAssessment($input: UpdateAssessmentInput!) {\n    updateAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAssessment($input: UpdateAssessmentInput!) {\n    updateAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ShareAssessment($input: ShareAssessmentInput!) {\n    shareAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n',
): (typeof documents)['\n  mutation ShareAssessment($input: ShareAssessmentInput!) {\n    shareAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideAssessment($input: DecideAssessmentInput!) {\n    decideAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideAssessment($input: DecideAssessmentInput!) {\n    decideAssessment(input: $input) {\n      id\n      ...AssessmentFull\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenAssessment($id: ID!, $expectedUpdatedAt: DateTime!) {\n    reopenAssessment(id: $id, expectedUpdatedAt: $expectedUpdatedAt) {\n      id\n      ...AssessmentFull\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenAssessment($id: ID!, $expectedUpdatedAt: DateTime!) {\n    reopenAssessment(id: $id, expectedUpdatedAt: $expectedUpdatedAt) {\n      id\n      ...AssessmentFull\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAssessmentReviewDate($id: ID!, $reviewOn: LocalDate) {\n    setAssessmentReviewDate(id: $id, reviewOn: $reviewOn) {\n      id\n      ...AssessmentFull\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAssessmentReviewDate($id: ID!, $reviewOn: LocalDate) {\n    setAssessmentReviewDate(id: $id, reviewOn: $reviewOn) {\n      id\n      ...AssessmentFull\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteAssessment($id: ID!) {\n    deleteAssessment(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteAssessment($id: ID!) {\n    deleteAssessment(id: $id)\n  }\n'];
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
  source: '\n  query IdentityProviders {\n    identityProviders {\n      id\n      nameSv\n      nameEn\n      startPath\n    }\n  }\n',
): (typeof documents)['\n  query IdentityProviders {\n    identityProviders {\n      id\n      nameSv\n      nameEn\n      startPath\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteFederatedSignIn($input: CompleteFederatedSignInInput!) {\n    completeFederatedSignIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionGrant\n      }\n      ... on MfaChallenge {\n        challengeToken\n        totp\n        passkeyOptions\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteFederatedSignIn($input: CompleteFederatedSignInInput!) {\n    completeFederatedSignIn(input: $input) {\n      __typename\n      ... on AuthPayload {\n        ...SessionGrant\n      }\n      ... on MfaChallenge {\n        challengeToken\n        totp\n        passkeyOptions\n      }\n    }\n  }\n'];
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
  source: '\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      citations {\n        ...CitationLink\n      }\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      recipientMembers {\n        id\n        displayName\n      }\n      ...CaseRevisions\n    }\n  }\n',
): (typeof documents)['\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      citations {\n        ...CitationLink\n      }\n      title\n      summary\n      context {\n        html\n      }\n      whatHappened {\n        html\n      }\n      assessment {\n        html\n      }\n      mitigations {\n        html\n      }\n      lessonsLearned {\n        html\n      }\n      attribution\n      authorLabel\n      authorName\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      outcome\n      year\n      quarter\n      publishedAt\n      updatedAt\n      version\n      viewerIsAuthor\n      moderationNote\n      riskAreas {\n        id\n        name\n      }\n      collaborationTypes {\n        id\n        name\n      }\n      technologyAreas {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      recipientOrganisations {\n        id\n        name\n      }\n      recipientMembers {\n        id\n        displayName\n      }\n      ...CaseRevisions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n    recipientMembers {\n      id\n      displayName\n    }\n    citations {\n      versionId\n      sectionKey\n      versionNumber\n      titleSv\n      titleEn\n      headingSv\n      headingEn\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseDraft on Case {\n    id\n    version\n    status\n    moderationNote\n    title\n    summary\n    context {\n      markdown\n    }\n    whatHappened {\n      markdown\n    }\n    lessonsLearned {\n      markdown\n    }\n    outcome\n    year\n    language\n    attribution\n    sharingLevel\n    acknowledgedFindings\n    riskAreas {\n      id\n    }\n    collaborationTypes {\n      id\n    }\n    countries {\n      code\n    }\n    recipientOrganisations {\n      id\n    }\n    recipientMembers {\n      id\n      displayName\n    }\n    citations {\n      versionId\n      sectionKey\n      versionNumber\n      titleSv\n      titleEn\n      headingSv\n      headingEn\n    }\n  }\n'];
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
  source: '\n  query RecipientDirectory($query: String!, $first: Int!, $organisationId: ID) {\n    memberDirectory(query: $query, first: $first, organisationId: $organisationId) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecipientDirectory($query: String!, $first: Int!, $organisationId: ID) {\n    memberDirectory(query: $query, first: $first, organisationId: $organisationId) {\n      edges {\n        node {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyFollows {\n    myFollows {\n      id\n      targetType\n      targetId\n      title\n      frequency\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query MyFollows {\n    myFollows {\n      id\n      targetType\n      targetId\n      title\n      frequency\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      id\n      targetType\n      targetId\n      frequency\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      id\n      targetType\n      targetId\n      frequency\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input)\n  }\n',
): (typeof documents)['\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FollowVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query FollowVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CitationLink on Citation {\n    id\n    sectionKey\n    guidelineSlug\n    versionId\n    versionNumber\n    titleSv\n    titleEn\n    headingSv\n    headingEn\n    latestVersionNumber\n    newerVersionExists\n    sectionChangedSince\n  }\n',
): (typeof documents)['\n  fragment CitationLink on Citation {\n    id\n    sectionKey\n    guidelineSlug\n    versionId\n    versionNumber\n    titleSv\n    titleEn\n    headingSv\n    headingEn\n    latestVersionNumber\n    newerVersionExists\n    sectionChangedSince\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CitableVersions($ref: String!, $number: Int!, $withSections: Boolean!) {\n    guideline(ref: $ref) {\n      id\n      versions {\n        id\n        number\n        status\n      }\n      version(number: $number) @include(if: $withSections) {\n        id\n        number\n        titleSv\n        titleEn\n        sections {\n          key\n          headingSv\n          headingEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CitableVersions($ref: String!, $number: Int!, $withSections: Boolean!) {\n    guideline(ref: $ref) {\n      id\n      versions {\n        id\n        number\n        status\n      }\n      version(number: $number) @include(if: $withSections) {\n        id\n        number\n        titleSv\n        titleEn\n        sections {\n          key\n          headingSv\n          headingEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Guidelines {\n    guidelines {\n      id\n      slug\n      kind\n      latestVersion {\n        id\n        number\n        titleSv\n        titleEn\n        publishedAt\n      }\n      draft {\n        id\n        number\n        titleSv\n        titleEn\n      }\n      changedSinceLastRead\n    }\n  }\n',
): (typeof documents)['\n  query Guidelines {\n    guidelines {\n      id\n      slug\n      kind\n      latestVersion {\n        id\n        number\n        titleSv\n        titleEn\n        publishedAt\n      }\n      draft {\n        id\n        number\n        titleSv\n        titleEn\n      }\n      changedSinceLastRead\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Guideline($ref: String!) {\n    guideline(ref: $ref) {\n      id\n      slug\n      kind\n      lastReadVersionNumber\n      changedSinceLastRead\n      versions {\n        id\n        number\n        status\n        publishedAt\n      }\n      latestVersion {\n        id\n        number\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Guideline($ref: String!) {\n    guideline(ref: $ref) {\n      id\n      slug\n      kind\n      lastReadVersionNumber\n      changedSinceLastRead\n      versions {\n        id\n        number\n        status\n        publishedAt\n      }\n      latestVersion {\n        id\n        number\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuidelineVersionText($ref: String!, $number: Int!) {\n    guideline(ref: $ref) {\n      id\n      version(number: $number) {\n        id\n        number\n        status\n        titleSv\n        titleEn\n        changeNoteSv\n        changeNoteEn\n        publishedAt\n        sections {\n          key\n          headingSv\n          headingEn\n          bodySv {\n            html\n          }\n          bodyEn {\n            html\n          }\n          questions {\n            key\n            textSv\n            textEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GuidelineVersionText($ref: String!, $number: Int!) {\n    guideline(ref: $ref) {\n      id\n      version(number: $number) {\n        id\n        number\n        status\n        titleSv\n        titleEn\n        changeNoteSv\n        changeNoteEn\n        publishedAt\n        sections {\n          key\n          headingSv\n          headingEn\n          bodySv {\n            html\n          }\n          bodyEn {\n            html\n          }\n          questions {\n            key\n            textSv\n            textEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkGuidelineRead($input: MarkGuidelineReadInput!) {\n    markGuidelineRead(input: $input) {\n      id\n      lastReadVersionNumber\n      changedSinceLastRead\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkGuidelineRead($input: MarkGuidelineReadInput!) {\n    markGuidelineRead(input: $input) {\n      id\n      lastReadVersionNumber\n      changedSinceLastRead\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuidelineDiff($id: ID!, $from: Int!, $to: Int!) {\n    guidelineDiff(guidelineId: $id, from: $from, to: $to) {\n      from {\n        number\n      }\n      to {\n        number\n      }\n      sections {\n        key\n        change\n        headingSv\n        headingEn\n        bodySvParts {\n          kind\n          text\n        }\n        bodyEnParts {\n          kind\n          text\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GuidelineDiff($id: ID!, $from: Int!, $to: Int!) {\n    guidelineDiff(guidelineId: $id, from: $from, to: $to) {\n      from {\n        number\n      }\n      to {\n        number\n      }\n      sections {\n        key\n        change\n        headingSv\n        headingEn\n        bodySvParts {\n          kind\n          text\n        }\n        bodyEnParts {\n          kind\n          text\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuidelineDraft($ref: String!) {\n    guideline(ref: $ref) {\n      id\n      slug\n      latestVersion {\n        number\n      }\n      draft {\n        id\n        number\n        titleSv\n        titleEn\n        changeNoteSv\n        changeNoteEn\n        updatedAt\n        sections {\n          key\n          headingSv\n          headingEn\n          bodySv {\n            markdown\n          }\n          bodyEn {\n            markdown\n          }\n          questions {\n            key\n            textSv\n            textEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GuidelineDraft($ref: String!) {\n    guideline(ref: $ref) {\n      id\n      slug\n      latestVersion {\n        number\n      }\n      draft {\n        id\n        number\n        titleSv\n        titleEn\n        changeNoteSv\n        changeNoteEn\n        updatedAt\n        sections {\n          key\n          headingSv\n          headingEn\n          bodySv {\n            markdown\n          }\n          bodyEn {\n            markdown\n          }\n          questions {\n            key\n            textSv\n            textEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateGuideline($input: CreateGuidelineInput!) {\n    createGuideline(input: $input) {\n      id\n      slug\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateGuideline($input: CreateGuidelineInput!) {\n    createGuideline(input: $input) {\n      id\n      slug\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartGuidelineDraft($id: ID!) {\n    startGuidelineDraft(guidelineId: $id) {\n      id\n      number\n    }\n  }\n',
): (typeof documents)['\n  mutation StartGuidelineDraft($id: ID!) {\n    startGuidelineDraft(guidelineId: $id) {\n      id\n      number\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateGuidelineDraft($input: UpdateGuidelineDraftInput!) {\n    updateGuidelineDraft(input: $input) {\n      id\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateGuidelineDraft($input: UpdateGuidelineDraftInput!) {\n    updateGuidelineDraft(input: $input) {\n      id\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishGuidelineVersion($id: ID!) {\n    publishGuidelineVersion(versionId: $id) {\n      id\n      number\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishGuidelineVersion($id: ID!) {\n    publishGuidelineVersion(versionId: $id) {\n      id\n      number\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InsightTableFields on InsightTable {\n    columns\n    rows {\n      key\n      label\n      counts\n      total\n    }\n    columnTotals\n    grandTotal\n    minimumCount\n  }\n',
): (typeof documents)['\n  fragment InsightTableFields on InsightTable {\n    columns\n    rows {\n      key\n      label\n      counts\n      total\n    }\n    columnTotals\n    grandTotal\n    minimumCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Insight($table: InsightTableInput!, $range: InsightRangeInput!) {\n    insightTable(input: $table) {\n      ...InsightTableFields\n    }\n    unansweredByTopic(input: $range) {\n      ...InsightTableFields\n    }\n    authorityResponseFigures(input: $range) {\n      organisationId\n      name\n      directed\n      answered\n      answeredWithinTarget\n      answeredLate\n      unanswered\n      overdue\n      medianWorkingDaysToAnswer\n      restrictedDirected\n    }\n  }\n',
): (typeof documents)['\n  query Insight($table: InsightTableInput!, $range: InsightRangeInput!) {\n    insightTable(input: $table) {\n      ...InsightTableFields\n    }\n    unansweredByTopic(input: $range) {\n      ...InsightTableFields\n    }\n    authorityResponseFigures(input: $range) {\n      organisationId\n      name\n      directed\n      answered\n      answeredWithinTarget\n      answeredLate\n      unanswered\n      overdue\n      medianWorkingDaysToAnswer\n      restrictedDirected\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightCsv($table: InsightTableInput!) {\n    insightTableCsv(input: $table)\n  }\n',
): (typeof documents)['\n  query InsightCsv($table: InsightTableInput!) {\n    insightTableCsv(input: $table)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ModerationSummary on ModerationItem {\n    contentType\n    contentId\n    contentReadable\n    title\n    sharingLevel\n    status\n    hidden\n    queueReason\n    queuedAt\n    openFlagCount\n    flagReasonCounts {\n      reason\n      count\n    }\n  }\n',
): (typeof documents)['\n  fragment ModerationSummary on ModerationItem {\n    contentType\n    contentId\n    contentReadable\n    title\n    sharingLevel\n    status\n    hidden\n    queueReason\n    queuedAt\n    openFlagCount\n    flagReasonCounts {\n      reason\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          contentType\n          contentId\n          ...ModerationSummary\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          contentType\n          contentId\n          ...ModerationSummary\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationItem($contentType: ContentType!, $contentId: ID!) {\n    moderationItem(contentType: $contentType, contentId: $contentId) {\n      ...ModerationSummary\n      hiddenAt\n      openFlags {\n        reason\n        text\n        createdAt\n      }\n      case {\n        id\n        title\n        summary\n        attribution\n        authorLabel\n        moderationNote\n        context {\n          html\n        }\n        whatHappened {\n          html\n        }\n        assessment {\n          html\n        }\n        mitigations {\n          html\n        }\n        lessonsLearned {\n          html\n        }\n        findings {\n          field\n          kind\n          start\n          end\n          text\n          acknowledgeable\n        }\n        revisions(first: 20) {\n          totalCount\n          edges {\n            node {\n              id\n              version\n              createdAt\n              redactedAt\n              redactionReason\n            }\n          }\n        }\n      }\n      question {\n        id\n        title\n        attribution\n        authorLabel\n        moderationNote\n        body {\n          html\n        }\n        findings {\n          field\n          kind\n          start\n          end\n          text\n          acknowledgeable\n        }\n      }\n      answer {\n        id\n        attribution\n        authorLabel\n        moderationNote\n        body {\n          html\n        }\n        question {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModerationItem($contentType: ContentType!, $contentId: ID!) {\n    moderationItem(contentType: $contentType, contentId: $contentId) {\n      ...ModerationSummary\n      hiddenAt\n      openFlags {\n        reason\n        text\n        createdAt\n      }\n      case {\n        id\n        title\n        summary\n        attribution\n        authorLabel\n        moderationNote\n        context {\n          html\n        }\n        whatHappened {\n          html\n        }\n        assessment {\n          html\n        }\n        mitigations {\n          html\n        }\n        lessonsLearned {\n          html\n        }\n        findings {\n          field\n          kind\n          start\n          end\n          text\n          acknowledgeable\n        }\n        revisions(first: 20) {\n          totalCount\n          edges {\n            node {\n              id\n              version\n              createdAt\n              redactedAt\n              redactionReason\n            }\n          }\n        }\n      }\n      question {\n        id\n        title\n        attribution\n        authorLabel\n        moderationNote\n        body {\n          html\n        }\n        findings {\n          field\n          kind\n          start\n          end\n          text\n          acknowledgeable\n        }\n      }\n      answer {\n        id\n        attribution\n        authorLabel\n        moderationNote\n        body {\n          html\n        }\n        question {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      contentType\n      contentId\n      status\n      hidden\n    }\n  }\n',
): (typeof documents)['\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      contentType\n      contentId\n      status\n      hidden\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevealAuthor($input: RevealAuthorInput!) {\n    revealAuthor(input: $input) {\n      displayName\n      email\n      organisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevealAuthor($input: RevealAuthorInput!) {\n    revealAuthor(input: $input) {\n      displayName\n      email\n      organisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RedactRevision($input: RedactRevisionInput!) {\n    redactRevision(input: $input) {\n      contentId\n    }\n  }\n',
): (typeof documents)['\n  mutation RedactRevision($input: RedactRevisionInput!) {\n    redactRevision(input: $input) {\n      contentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InspectFlaggedContent($input: InspectFlaggedContentInput!) {\n    inspectFlaggedContent(input: $input) {\n      title\n      fields {\n        name\n        text\n      }\n      openFlags {\n        reason\n        text\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InspectFlaggedContent($input: InspectFlaggedContentInput!) {\n    inspectFlaggedContent(input: $input) {\n      title\n      fields {\n        name\n        text\n      }\n      openFlags {\n        reason\n        text\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      text\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      text\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          text\n          title\n          read\n          createdAt\n          contentType\n          contentId\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          text\n          title\n          read\n          createdAt\n          contentType\n          contentId\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationPreferences {\n    myNotificationPreferences {\n      kind\n      email\n    }\n  }\n',
): (typeof documents)['\n  query NotificationPreferences {\n    myNotificationPreferences {\n      kind\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      email\n    }\n  }\n'];
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
  source: '\n  query MyDataExport {\n    myDataExport {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n      downloadPath\n    }\n  }\n',
): (typeof documents)['\n  query MyDataExport {\n    myDataExport {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n      downloadPath\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportMyData {\n    exportMyData {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n      downloadPath\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportMyData {\n    exportMyData {\n      id\n      status\n      requestedAt\n      readyAt\n      expiresAt\n      downloadPath\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n',
): (typeof documents)['\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n'];
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
  source: '\n  fragment QuestionSummary on Question {\n    id\n    title\n    authorLabel\n    sharingLevel\n    status\n    openedAt\n    updatedAt\n    responseDueOn\n    overdue\n    directedTo {\n      id\n      name\n    }\n    topics {\n      id\n      name\n    }\n    answers(first: 1) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  fragment QuestionSummary on Question {\n    id\n    title\n    authorLabel\n    sharingLevel\n    status\n    openedAt\n    updatedAt\n    responseDueOn\n    overdue\n    directedTo {\n      id\n      name\n    }\n    topics {\n      id\n      name\n    }\n    answers(first: 1) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Questions($filter: QuestionFilterInput, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...QuestionSummary\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Questions($filter: QuestionFilterInput, $first: Int, $after: String) {\n    questions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...QuestionSummary\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuestionVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n      acceptsQuestions\n    }\n  }\n',
): (typeof documents)['\n  query QuestionVocabulary {\n    topics {\n      id\n      kind\n      name\n    }\n    countries {\n      code\n      name\n    }\n    organisations {\n      id\n      name\n      acceptsQuestions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AnswerFields on Answer {\n    id\n    body {\n      html\n      markdown\n    }\n    attribution\n    authorLabel\n    organisation {\n      id\n      name\n    }\n    official\n    officialNote\n    accepted\n    helpfulCount\n    viewerHasVoted\n    viewerIsAuthor\n    status\n    moderationNote\n    publishedAt\n    version\n    citations {\n      ...CitationLink\n    }\n  }\n',
): (typeof documents)['\n  fragment AnswerFields on Answer {\n    id\n    body {\n      html\n      markdown\n    }\n    attribution\n    authorLabel\n    organisation {\n      id\n      name\n    }\n    official\n    officialNote\n    accepted\n    helpfulCount\n    viewerHasVoted\n    viewerIsAuthor\n    status\n    moderationNote\n    publishedAt\n    version\n    citations {\n      ...CitationLink\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Question($id: ID!, $first: Int) {\n    question(id: $id) {\n      id\n      citations {\n        ...CitationLink\n      }\n      title\n      body {\n        html\n      }\n      attribution\n      authorLabel\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      language\n      openedAt\n      responseDueOn\n      overdue\n      closeReason\n      moderationNote\n      viewerIsAuthor\n      version\n      directedTo {\n        id\n        name\n      }\n      topics {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      assignedTo {\n        id\n        displayName\n      }\n      answers(first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Question($id: ID!, $first: Int) {\n    question(id: $id) {\n      id\n      citations {\n        ...CitationLink\n      }\n      title\n      body {\n        html\n      }\n      attribution\n      authorLabel\n      organisation {\n        id\n        name\n      }\n      sharingLevel\n      status\n      language\n      openedAt\n      responseDueOn\n      overdue\n      closeReason\n      moderationNote\n      viewerIsAuthor\n      version\n      directedTo {\n        id\n        name\n      }\n      topics {\n        id\n        name\n      }\n      countries {\n        code\n        name\n      }\n      assignedTo {\n        id\n        displayName\n      }\n      answers(first: $first) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuestionAnswers($id: ID!, $first: Int, $after: String) {\n    question(id: $id) {\n      id\n      answers(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QuestionAnswers($id: ID!, $first: Int, $after: String) {\n    question(id: $id) {\n      id\n      answers(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      id\n      status\n      ...AnswerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      id\n      status\n      ...AnswerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAnswer($input: UpdateAnswerInput!) {\n    updateAnswer(input: $input) {\n      id\n      status\n      ...AnswerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAnswer($input: UpdateAnswerInput!) {\n    updateAnswer(input: $input) {\n      id\n      status\n      ...AnswerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VoteAnswer($input: VoteAnswerInput!) {\n    voteAnswer(input: $input) {\n      id\n      helpfulCount\n      viewerHasVoted\n    }\n  }\n',
): (typeof documents)['\n  mutation VoteAnswer($input: VoteAnswerInput!) {\n    voteAnswer(input: $input) {\n      id\n      helpfulCount\n      viewerHasVoted\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TriageQueue($first: Int, $after: String) {\n    triageQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...QuestionSummary\n          assignedTo {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TriageQueue($first: Int, $after: String) {\n    triageQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...QuestionSummary\n          assignedTo {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignableExperts($id: ID!) {\n    question(id: $id) {\n      id\n      assignableExperts {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssignableExperts($id: ID!) {\n    question(id: $id) {\n      id\n      assignableExperts {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignQuestion($input: AssignQuestionInput!) {\n    assignQuestion(input: $input) {\n      id\n      assignedTo {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignQuestion($input: AssignQuestionInput!) {\n    assignQuestion(input: $input) {\n      id\n      assignedTo {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuestionEditable on Question {\n    id\n    version\n    status\n    viewerIsAuthor\n    moderationNote\n    title\n    body {\n      markdown\n    }\n    sharingLevel\n    attribution\n    language\n    topics {\n      id\n    }\n    countries {\n      code\n    }\n    directedTo {\n      id\n    }\n    recipientOrganisations {\n      id\n    }\n    citations {\n      versionId\n      sectionKey\n      versionNumber\n      titleSv\n      titleEn\n      headingSv\n      headingEn\n    }\n  }\n',
): (typeof documents)['\n  fragment QuestionEditable on Question {\n    id\n    version\n    status\n    viewerIsAuthor\n    moderationNote\n    title\n    body {\n      markdown\n    }\n    sharingLevel\n    attribution\n    language\n    topics {\n      id\n    }\n    countries {\n      code\n    }\n    directedTo {\n      id\n    }\n    recipientOrganisations {\n      id\n    }\n    citations {\n      versionId\n      sectionKey\n      versionNumber\n      titleSv\n      titleEn\n      headingSv\n      headingEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuestionEdit($id: ID!) {\n    question(id: $id) {\n      id\n      ...QuestionEditable\n    }\n  }\n',
): (typeof documents)['\n  query QuestionEdit($id: ID!) {\n    question(id: $id) {\n      id\n      ...QuestionEditable\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      id\n      status\n      ...QuestionEditable\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      id\n      status\n      ...QuestionEditable\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Search(\n    $query: String!\n    $filter: SearchFilterInput\n    $sort: SearchSort\n    $first: Int\n    $after: String\n  ) {\n    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      facetCountsAreExact\n      didYouMean\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        riskAreas {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        collaborationTypes {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        technologyAreas {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        researchFields {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        countries {\n          count\n          country {\n            code\n            name\n          }\n        }\n        outcomes {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n        sharingLevels {\n          value\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          titleHighlight\n          snippet\n          item {\n            __typename\n            ... on Case {\n              id\n              authorLabel\n              sharingLevel\n              year\n              outcome\n            }\n            ... on Question {\n              id\n              authorLabel\n              sharingLevel\n              status\n              openedAt\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Search(\n    $query: String!\n    $filter: SearchFilterInput\n    $sort: SearchSort\n    $first: Int\n    $after: String\n  ) {\n    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      facetCountsAreExact\n      didYouMean\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        types {\n          value\n          count\n        }\n        riskAreas {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        collaborationTypes {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        technologyAreas {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        researchFields {\n          count\n          topic {\n            id\n            name\n          }\n        }\n        countries {\n          count\n          country {\n            code\n            name\n          }\n        }\n        outcomes {\n          value\n          count\n        }\n        years {\n          value\n          count\n        }\n        sharingLevels {\n          value\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          titleHighlight\n          snippet\n          item {\n            __typename\n            ... on Case {\n              id\n              authorLabel\n              sharingLevel\n              year\n              outcome\n            }\n            ... on Question {\n              id\n              authorLabel\n              sharingLevel\n              status\n              openedAt\n            }\n          }\n        }\n      }\n    }\n  }\n'];
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
