import Provider from "oidc-provider";

export const E2E_OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 4455);
export const E2E_OIDC = {
  issuer: `http://127.0.0.1:${E2E_OIDC_PORT}`,
  clientId: "journeyboard-e2e",
  clientSecret: "journeyboard-e2e-secret",
  name: "Test SSO",
};

/**
 * A real OpenID Connect provider (panva's oidc-provider) for the SSO tests, with its own
 * login and consent pages. Whatever is typed as the login is the account: an e-mail
 * address, verified unless it starts with "unverified".
 */
export async function startOidcProvider(appBaseUrl: string) {
  const provider = new Provider(E2E_OIDC.issuer, {
    clients: [{ client_id: E2E_OIDC.clientId, client_secret: E2E_OIDC.clientSecret, redirect_uris: [`${appBaseUrl}/api/auth/callback/oidc`] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx, sub) {
      return {
        accountId: sub,
        async claims() {
          return { sub, email: sub.toLowerCase(), email_verified: !sub.startsWith("unverified"), name: sub.split("@")[0] };
        },
      };
    },
    cookies: { keys: ["journeyboard-e2e-cookie-key"] },
    features: { devInteractions: { enabled: true } },
  });
  const server = provider.listen(E2E_OIDC_PORT, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
