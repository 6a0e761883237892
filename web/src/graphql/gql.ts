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
  '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n': typeof types.UpdateMyProfileDocument;
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
  source: '\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...SessionMember\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
