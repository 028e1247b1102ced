"use server";
import { headers } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import type { FormState } from "@/lib/actions/action-result";
import { parseInput } from "@/lib/actions/parse-input";
import { toActionError } from "@/lib/actions/workspace-operation";
import { clientIp } from "@/lib/auth/client-ip";
import { signIn, signOut } from "@/lib/auth/config";
import { ZSignInInput } from "@/lib/auth/credentials";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { signUp } from "@/lib/auth/sign-up";
import { getAccountLocale } from "@/lib/i18n/set-user-locale";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { requestPasswordReset, resetPassword } from "@/lib/account/password-reset";
import { canSendMail } from "@/lib/mail/send-mail";

/** After a successful sign-in the account's language follows the user to a new browser. */
async function rememberAccountLocale(email: string): Promise<void> {
  const locale = await getAccountLocale(email);
  if (locale) (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
}

function signInError(error: unknown): FormState {
  if (error instanceof CredentialsSignin) {
    return { ok: false, error: error.code === "rate_limited" ? "RATE_LIMITED" : error.code === "sso_required" ? "SSO_REQUIRED" : "INVALID_CREDENTIALS" };
  }
  if (error instanceof AuthError) return { ok: false, error: "INVALID_CREDENTIALS" };
  throw error; // Next's redirect after a successful sign-in travels as an error.
}

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  let input;
  try {
    input = parseInput(ZSignInInput, { email: form.get("email"), password: form.get("password") });
  } catch (error) {
    return toActionError(error);
  }
  try {
    await signIn("credentials", { ...input, redirectTo: safeRedirectPath(form.get("callbackUrl"), "/") });
    return null;
  } catch (error) {
    if (!(error instanceof AuthError)) await rememberAccountLocale(input.email);
    return signInError(error);
  }
}

export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  let created;
  try {
    created = await signUp(form, clientIp(await headers()));
  } catch (error) {
    return toActionError(error);
  }
  const next = created.slug ? `/w/${created.slug}` : safeRedirectPath(form.get("callbackUrl"), "/");
  try {
    await signIn("credentials", { email: created.email, password: form.get("password"), redirectTo: next });
    return null;
  } catch (error) {
    return signInError(error);
  }
}

export async function signInWithProviderAction(form: FormData): Promise<void> {
  const provider = form.get("provider");
  if (provider !== "github" && provider !== "google" && provider !== "oidc") return;
  await signIn(provider, { redirectTo: safeRedirectPath(form.get("callbackUrl"), "/") });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

export async function forgotPasswordAction(_prev: FormState<{ mailConfigured: boolean }>, form: FormData): Promise<FormState<{ mailConfigured: boolean }>> {
  try {
    const request = await requestPasswordReset(form, clientIp(await headers()));
    // The mail goes out after the answer, so an address with an account is not answered more slowly.
    after(request.deliver);
    return { ok: true, data: { mailConfigured: canSendMail() } };
  } catch (error) {
    return toActionError(error);
  }
}

export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  let email;
  try {
    ({ email } = await resetPassword(form));
  } catch (error) {
    return toActionError(error);
  }
  redirect(`/sign-in?reset=1&email=${encodeURIComponent(email)}`);
}
