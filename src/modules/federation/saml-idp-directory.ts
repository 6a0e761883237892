// SPDX-License-Identifier: EUPL-1.2
import { readFile } from 'node:fs/promises';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import type { SamlProviderConfig } from 'src/modules/federation/identity-provider.config';
import { parseIdpMetadata, type SamlIdpEndpoints } from 'src/modules/federation/saml-idp-metadata';

const FETCH_TIMEOUT_MS = 15_000;

/**
 * Where each SAML IdP takes requests and which certificates sign its answers: from the
 * configuration, or from its metadata (a file or an https URL) read once at start. A metadata
 * file that cannot be read or holds no such IdP stops the start, like any bad setting; a
 * metadata URL that does not answer is logged and tried again at the next sign-in through it,
 * so one IdP's web server cannot keep the platform from starting. With a
 * `metadataSigningCertificate`, metadata without a valid signature by it is refused the same
 * way, and metadata past its `validUntil` is never used (read again, refused if still stale).
 * New certificates in the metadata take effect at the next restart.
 */
@Injectable()
export class SamlIdpDirectory implements OnApplicationBootstrap {
  private readonly logger = new Logger(SamlIdpDirectory.name);
  private readonly loaded = new Map<string, Promise<SamlIdpEndpoints>>();

  constructor(private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const fromMetadata = this.config.env.IDENTITY_PROVIDERS.filter(
      (p): p is SamlProviderConfig => p.kind === 'saml' && !p.ssoUrl,
    );
    await Promise.all(
      fromMetadata.map(async (provider) => {
        try {
          await this.endpoints(provider);
        } catch (error) {
          if (provider.metadataFile) throw error;
          this.logger.error((error as Error).message);
        }
      }),
    );
  }

  async endpoints(provider: SamlProviderConfig): Promise<SamlIdpEndpoints> {
    if (provider.ssoUrl && provider.certificates)
      return { ssoUrl: provider.ssoUrl, certificates: provider.certificates };
    let endpoints = this.loaded.get(provider.id);
    // Metadata past its validUntil is never used: it is read again (and refused if still stale).
    const cached = endpoints && (await endpoints.catch(() => null));
    if (cached?.validUntil && cached.validUntil.getTime() <= Date.now()) endpoints = undefined;
    if (!endpoints) {
      endpoints = this.read(provider)
        .then((xml) =>
          parseIdpMetadata(xml, provider.entityId, {
            signingCertificate: provider.metadataSigningCertificate,
          }),
        )
        .catch((error: Error) => {
          // Every refusal names the IdP: unreadable, unsigned, wrongly signed or expired.
          throw new Error(`SAML metadata of ${provider.id} refused: ${error.message}`);
        });
      endpoints.catch(() => this.loaded.delete(provider.id));
      this.loaded.set(provider.id, endpoints);
    }
    return endpoints;
  }

  private async read(provider: SamlProviderConfig): Promise<string> {
    if (provider.metadataFile) return readFile(provider.metadataFile, 'utf8');
    const url = new URL(provider.metadataUrl ?? '');
    if (url.protocol !== 'https:' && !this.allowsHttp(url))
      throw new Error(`metadata URL must be https: ${url.href}`);
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`metadata URL answered ${response.status}: ${url.href}`);
    return response.text();
  }

  /** Plain http only to loopback outside production (a metadata server run in tests). */
  private allowsHttp(url: URL): boolean {
    return (
      !this.config.isProduction &&
      url.protocol === 'http:' &&
      ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    );
  }
}
