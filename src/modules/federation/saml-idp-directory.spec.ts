// SPDX-License-Identifier: EUPL-1.2
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from 'src/config/app-config';
import type { SamlProviderConfig } from 'src/modules/federation/identity-provider.config';
import { SamlIdpDirectory } from 'src/modules/federation/saml-idp-directory';
import { idpMetadata, testIdpKeys, type TestIdpKeys } from 'test/helpers/saml-test-idp';

const ENTITY_ID = 'https://idp.test-university.invalid/idp/shibboleth';
const SSO = 'https://idp.test-university.invalid/idp/profile/SAML2/Redirect/SSO';

describe('SamlIdpDirectory with a metadata signing certificate', () => {
  let federation: TestIdpKeys;
  let file: string;

  beforeAll(async () => {
    const [signing, encryption, other] = await Promise.all([
      testIdpKeys(),
      testIdpKeys(),
      testIdpKeys(),
    ]);
    federation = await testIdpKeys();
    file = join(mkdtempSync(join(tmpdir(), 'samrad-md-')), 'metadata.xml');
    writeFileSync(
      file,
      idpMetadata({ entityId: ENTITY_ID, ssoUrl: SSO, signing, encryption, other }),
    );
  });

  const provider = (extra: Partial<SamlProviderConfig>): SamlProviderConfig => ({
    id: 'swamid-test',
    kind: 'saml',
    label: { sv: 'Test', en: 'Test' },
    mfaValues: [],
    entityId: ENTITY_ID,
    metadataFile: file,
    subjectAttribute: 'eppn',
    emailAttribute: 'mail',
    displayNameAttribute: 'displayName',
    ...extra,
  });
  const directory = (p: SamlProviderConfig) =>
    new SamlIdpDirectory({
      env: { IDENTITY_PROVIDERS: [p] },
      isProduction: false,
    } as unknown as AppConfig);

  it('refuses to start on unsigned metadata when a signing certificate is set, naming the IdP', async () => {
    const p = provider({ metadataSigningCertificate: federation.certificate });
    await expect(directory(p).onApplicationBootstrap()).rejects.toThrow(
      /^SAML metadata of swamid-test refused: SAML metadata is not signed/,
    );
  });

  it('reads the same file when no signing certificate is set', async () => {
    await expect(directory(provider({})).endpoints(provider({}))).resolves.toMatchObject({
      ssoUrl: SSO,
    });
  });
});
