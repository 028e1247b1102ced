import "server-only";
import type { OIDCConfig } from "next-auth/providers";
import { getEnv } from "@/lib/config/env";

/** Single sign-on is on when an OpenID Connect issuer, client id and secret are configured. */
export function isSsoConfigured(): boolean {
  const env = getEnv();
  return Boolean(env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET);
}

export function ssoDisplayName(): string {
  return getEnv().AUTH_OIDC_NAME ?? "SSO";
}

/**
 * A generic OpenID Connect provider (Keycloak, Okta, Microsoft Entra ID, Google Workspace…)
 * found through the issuer's discovery document. Claims are read from the userinfo
 * endpoint rather than the ID token, since providers differ in what the token carries.
 * An existing account with the same e-mail is linked only when the provider says the
 * address is verified (checked in the signIn callback).
 */
export function oidcProvider(): OIDCConfig<Record<string, unknown>> | null {
  if (!isSsoConfigured()) return null;
  const env = getEnv();
  return {
    id: "oidc",
    name: ssoDisplayName(),
    type: "oidc",
    issuer: env.AUTH_OIDC_ISSUER,
    clientId: env.AUTH_OIDC_ID,
    clientSecret: env.AUTH_OIDC_SECRET,
    idToken: false,
    checks: ["pkce", "state"],
    allowDangerousEmailAccountLinking: true,
  };
}
