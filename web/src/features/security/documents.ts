// SPDX-License-Identifier: EUPL-1.2
import { graphql } from '../../graphql';

export const MySecondFactorsQuery = graphql(`
  query MySecondFactors {
    mySecondFactors {
      required
      enrolled
      totpEnabled
      recoveryCodesRemaining
      passkeys {
        id
        label
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const BeginTotpEnrolmentMutation = graphql(`
  mutation BeginTotpEnrolment {
    beginTotpEnrolment {
      secret
      otpauthUri
    }
  }
`);

export const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {
    confirmTotpEnrolment(input: $input) {
      recoveryCodes
    }
  }
`);

export const RemoveTotpMutation = graphql(`
  mutation RemoveTotp {
    removeTotp
  }
`);

export const BeginPasskeyRegistrationMutation = graphql(`
  mutation BeginPasskeyRegistration {
    beginPasskeyRegistration {
      challengeToken
      options
    }
  }
`);

export const CompletePasskeyRegistrationMutation = graphql(`
  mutation CompletePasskeyRegistration($input: CompletePasskeyRegistrationInput!) {
    completePasskeyRegistration(input: $input) {
      passkey {
        id
      }
      recoveryCodes
    }
  }
`);

export const RemovePasskeyMutation = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id)
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes {
    regenerateRecoveryCodes {
      codes
    }
  }
`);

export const BeginStepUpMutation = graphql(`
  mutation BeginStepUp {
    beginStepUp {
      challengeToken
      totp
      passkeyOptions
    }
  }
`);

export const StepUpMutation = graphql(`
  mutation StepUp($input: StepUpInput!) {
    stepUp(input: $input) {
      freshUntil
    }
  }
`);
