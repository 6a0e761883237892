// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** The REFEDS MFA profile: an IdP that asserts it has verified a second factor itself. */
export const REFEDS_MFA = 'https://refeds.org/profile/mfa';

/** The provider's id appears in URLs (/auth/oidc/:id/start): lower-case letters, digits, hyphens. */
const PROVIDER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const label = z.object({ sv: z.string().min(1).max(80), en: z.string().min(1).max(80) });

const common = {
  id: z.string().regex(PROVIDER_ID).max(40),
  /** The button text: "Logga in med {label}". */
  label,
  /**
   * Values that mean "the IdP verified a second factor" (OIDC `acr`/`amr`, SAML
   * AuthnContextClassRef). REFEDS MFA by default.
   */
  mfaValues: z.array(z.string().min(1)).default([REFEDS_MFA]),
};

const oidc = z.object({
  ...common,
  kind: z.literal('oidc'),
  /** The issuer; its discovery document is read at first use. */
  issuer: z.url(),
  clientId: z.string().min(1),
  /** A confidential client's secret; lives in this environment variable, never in the DB. */
  clientSecret: z.string().min(1).optional(),
  /** The claim that carries the member's e-mail address. */
  emailClaim: z.string().min(1).default('email'),
  /**
   * A claim that carries eduPersonPrincipalName (SWAMID's OIDC releases
   * `eduperson_principal_name`): a second address to find the member or invitation by.
   */
  eppnClaim: z.string().min(1).optional(),
  /** Whether `email_verified: true` must accompany the `email` claim (OIDC Core §5.1). */
  requireVerifiedEmail: z.boolean().default(true),
  scope: z.string().default('openid email profile'),
});

const saml = z.object({
  ...common,
  kind: z.literal('saml'),
  /** The IdP's entityID, as its metadata names it. */
  entityId: z.string().min(1),
  /**
   * The IdP's SingleSignOnService (HTTP-Redirect binding) and signing certificate(s) (PEM or
   * bare base64): given here, or read from its metadata at start (below).
   */
  ssoUrl: z.url().optional(),
  certificates: z.array(z.string().min(1)).min(1).optional(),
  /**
   * SAML metadata that holds this entityID (the IdP's own, or a federation aggregate): a file
   * path, or an https URL (plain http only to loopback outside production), read at start.
   */
  metadataFile: z.string().min(1).optional(),
  metadataUrl: z.url().optional(),
  /**
   * The certificate (PEM or bare base64) that signs that metadata (SWAMID signs its aggregate):
   * when given, metadata without a valid XML signature by it is refused. Strongly advised with
   * `metadataUrl`.
   */
  metadataSigningCertificate: z.string().min(1).optional(),
  /**
   * The attribute that carries the person's stable identifier, linked to the member at the
   * first sign-in: eduPersonPrincipalName (urn:oid:1.3.6.1.4.1.5923.1.1.1.6) by default. Its
   * value is also an address to find the member or invitation by.
   */
  subjectAttribute: z.string().min(1).default('urn:oid:1.3.6.1.4.1.5923.1.1.1.6'),
  /** The attribute that carries the e-mail address: mail (urn:oid:0.9.2342.19200300.100.1.3). */
  emailAttribute: z.string().min(1).default('urn:oid:0.9.2342.19200300.100.1.3'),
  displayNameAttribute: z.string().min(1).default('urn:oid:2.16.840.1.113730.3.1.241'),
});

export const identityProviderSchema = z
  .discriminatedUnion('kind', [oidc, saml])
  .superRefine((provider, ctx) => {
    if (provider.kind !== 'saml') return;
    const fromMetadata = [provider.metadataFile, provider.metadataUrl].filter(Boolean).length;
    const explicit = [provider.ssoUrl, provider.certificates].filter(Boolean).length;
    if (!((fromMetadata === 1 && explicit === 0) || (fromMetadata === 0 && explicit === 2)))
      ctx.addIssue({
        code: 'custom',
        message: `SAML provider ${provider.id}: give either ssoUrl and certificates, or one of metadataFile and metadataUrl`,
      });
  });
export type IdentityProviderConfig = z.infer<typeof identityProviderSchema>;
export type OidcProviderConfig = z.infer<typeof oidc>;
export type SamlProviderConfig = z.infer<typeof saml>;

/**
 * IDENTITY_PROVIDERS: a JSON array of providers. Technical settings and client secrets live in
 * the environment (like every other secret); which organisations a provider vouches for is the
 * organisation's `identityProviders` list in the database, edited by admins and audited.
 */
export const identityProvidersSchema = z
  .string()
  .default('[]')
  .transform((value, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of identity providers' });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(identityProviderSchema)
      .refine((list) => new Set(list.map((p) => p.id)).size === list.length, {
        message: 'identity provider ids must be unique',
      }),
  );

/** What organisations list to say "this IdP vouches for us": the issuer or the entityID. */
export function providerIdentifier(provider: IdentityProviderConfig): string {
  return provider.kind === 'oidc' ? provider.issuer : provider.entityId;
}
