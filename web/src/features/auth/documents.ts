// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionGrant
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionGrant
    }
  }
`);

/** Sign-in that may ask for a second step (members with an app or a passkey). */
export const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    signIn(input: $input) {
      __typename
      ... on AuthPayload {
        ...SessionGrant
      }
      ... on MfaChallenge {
        challengeToken
        totp
        passkeyOptions
      }
    }
  }
`);

export const CompleteSignInMutation = graphql(`
  mutation CompleteSignIn($input: CompleteSignInInput!) {
    completeSignIn(input: $input) {
      ...SessionGrant
    }
  }
`);

/** The identity providers the sign-in page offers ("Logga in med …"); empty when none. */
export const IdentityProvidersQuery = graphql(`
  query IdentityProviders {
    identityProviders {
      id
      nameSv
      nameEn
      startPath
    }
  }
`);

/** A federated sign-in's last step: the hand-off token from the /sign-in#federated=… fragment. */
export const CompleteFederatedSignInMutation = graphql(`
  mutation CompleteFederatedSignIn($input: CompleteFederatedSignInInput!) {
    completeFederatedSignIn(input: $input) {
      __typename
      ... on AuthPayload {
        ...SessionGrant
      }
      ... on MfaChallenge {
        challengeToken
        totp
        passkeyOptions
      }
    }
  }
`);
