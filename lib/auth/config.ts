import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { getEnv } from "@/lib/config/env";
import { headers } from "next/headers";
import { oidcProvider, isSsoConfigured } from "@/lib/sso/oidc-provider";
import { joinBySsoDomain } from "@/lib/sso/sso-domains";
import { isSsoRequiredFor } from "@/lib/sso/sso-required";
import { clientIp } from "./client-ip";
import { isExpectedSignInFailure } from "./sign-in-failure";
import { checkCredentials, ZSignInInput } from "./credentials";
import { createUserSession, endUserSession, isLiveSession, SESSION_MAX_AGE_SECONDS } from "./user-sessions";
import { logger } from "@/lib/observability/logger";

class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}
class SsoRequiredSignIn extends CredentialsSignin {
  code = "sso_required";
}

export type SignInProvider = "github" | "google" | "oidc";

/** OAuth providers appear only when their credentials are configured; single sign-on first. */
export function configuredOAuthProviders(): SignInProvider[] {
  const env = getEnv();
  const list: SignInProvider[] = isSsoConfigured() ? ["oidc"] : [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) list.push("github");
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) list.push("google");
  return list;
}

function buildConfig(): NextAuthConfig {
  const env = getEnv();
  const oauth = configuredOAuthProviders();
  const sso = oidcProvider();
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    adapter: DrizzleAdapter(getDb(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    // Credentials sign-in requires Auth.js's JWT strategy, so the JWT carries only the id of
    // a row in Auth.js's own sessions table (`sid`), checked on every request (see `jwt`):
    // deleting the row ends the session on the server. Memberships and roles are read
    // from the database on every request, never from the token. Sliding: each use renews.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    logger: {
      error(error) {
        if (isExpectedSignInFailure(error)) return;
        logger.error({ err: error }, "auth");
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = ZSignInInput.safeParse(raw);
          if (!parsed.success) return null;
          const outcome = await checkCredentials(parsed.data, clientIp(request.headers));
          if (outcome.ok) return outcome.user;
          if (outcome.reason === "rate_limited") throw new RateLimitedSignIn();
          if (outcome.reason === "sso_required") throw new SsoRequiredSignIn();
          return null;
        },
      }),
      ...(sso ? [sso] : []),
      ...(oauth.includes("github") ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })] : []),
      ...(oauth.includes("google") ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })] : []),
    ],
    events: {
      async signIn({ user, account }) {
        if (account?.provider === "oidc" && user.id && user.email) await joinBySsoDomain(user.id, user.email);
      },
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (token?.sub && typeof token.sid === "string") await endUserSession(token.sub, token.sid);
      },
    },
    callbacks: {
      // A provider's account is trusted with an e-mail address (and linked to an existing
      // account with it) only when the provider says it verified that address.
      // Members of a workspace that requires single sign-on use it, not GitHub or Google.
      async signIn({ account, profile, user }) {
        if (account?.provider === "oidc") return profile?.email_verified === true || String(profile?.email_verified) === "true";
        if (account && account.provider !== "credentials" && user?.id && (await isSsoRequiredFor(user.id))) return false;
        return true;
      },
      async jwt({ token, user, account }) {
        if (user?.id) {
          const requestHeaders = await headers();
          token.sub = user.id;
          token.sid = await createUserSession({
            userId: user.id,
            userAgent: requestHeaders.get("user-agent"),
            ip: clientIp(requestHeaders),
            authMethod: account?.provider ?? "credentials",
          });
          return token;
        }
        // A token without a live session row (signed out, signed out everywhere, password
        // changed, expired, or minted before sessions were revocable) is no session at all.
        if (!token.sub || typeof token.sid !== "string") return null;
        return (await isLiveSession(token.sid, token.sub)) ? token : null;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        if (typeof token.sid === "string") session.sessionId = token.sid;
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => buildConfig());
