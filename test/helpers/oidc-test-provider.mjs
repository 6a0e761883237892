// SPDX-License-Identifier: EUPL-1.2
// A real OpenID provider (oidc-provider) on loopback for the federated sign-in tests, run as its
// own process (it is ESM with its own Koa stack; Jest and Playwright only talk HTTP to it).
// Usage: node test/helpers/oidc-test-provider.mjs <port> <client-id> <client-secret>
// Prints "ready <issuer>" once listening. Its sign-in page asks for an e-mail and whether the
// "second factor" was used; the answer becomes the account (sub = e-mail) and acr/amr. An
// account typed as `unverified+<e-mail>` has its e-mail unverified; one typed as
// `eppn-only+<eppn>` releases no e-mail, only `eduperson_principal_name` (as SWAMID's OIDC).
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [port, clientId, clientSecret] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const REFEDS_MFA = 'https://refeds.org/profile/mfa';

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: ['http://127.0.0.1/never-used'],
      token_endpoint_auth_method: 'client_secret_basic',
      // Like an IdP that always reports how the person authenticated (acr in the ID token).
      default_acr_values: [REFEDS_MFA, 'urn:samrad:test:password'],
    },
  ],
  pkce: { required: () => true },
  acrValues: [REFEDS_MFA, 'urn:samrad:test:password'],
  claims: {
    acr: null,
    amr: null,
    auth_time: null,
    sid: null,
    iss: null,
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'eduperson_principal_name'],
  },
  cookies: { keys: ['test-only-cookie-key'] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  // The test's only client is first-party: consent is implied.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  findAccount: (_ctx, sub) => ({
    accountId: sub,
    claims: () => ({
      sub,
      ...(sub.startsWith('eppn-only+')
        ? { eduperson_principal_name: sub.slice('eppn-only+'.length) }
        : {
            email: sub.replace(/^unverified\+/, ''),
            email_verified: !sub.startsWith('unverified+'),
          }),
      name: `Federated ${sub.split('@')[0]}`,
    }),
  }),
});
provider.proxy = false;

// The app under test listens on a port chosen at start: any loopback callback is allowed.
const { redirectUriAllowed } = provider.Client.prototype;
provider.Client.prototype.redirectUriAllowed = function (uri) {
  const url = new URL(uri);
  if (url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname)) return true;
  return redirectUriAllowed.call(this, uri);
};

const page = (
  uid,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test IdP</title></head>
<body><main><h1>Test identity provider</h1>
<form method="post" action="/interaction/${uid}">
<label for="email">E-mail</label><input id="email" name="email" type="email" required>
<label><input type="checkbox" name="mfa" value="yes"> Used a second factor</label>
<button type="submit">Continue</button></form></main></body></html>`;

const callback = provider.callback();
createServer(async (req, res) => {
  const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
  if (!match) return callback(req, res);
  try {
    if (req.method === 'GET') {
      await provider.interactionDetails(req, res);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return res.end(page(match[1]));
    }
    let body = '';
    for await (const chunk of req) body += chunk;
    const form = new URLSearchParams(body);
    const mfa = form.get('mfa') === 'yes';
    await provider.interactionFinished(
      req,
      res,
      {
        login: {
          accountId: form.get('email') ?? '',
          acr: mfa ? REFEDS_MFA : 'urn:samrad:test:password',
          amr: mfa ? ['pwd', 'otp', 'mfa'] : ['pwd'],
        },
      },
      { mergeWithLastSubmission: false },
    );
  } catch (error) {
    res.statusCode = 400;
    res.end(String(error));
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`ready ${issuer}`));
