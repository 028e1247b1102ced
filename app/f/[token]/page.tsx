import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PublicFeedbackForm } from "@/components/feedback-form/public-feedback-form";
import { getPublicForm } from "@/lib/evidence/forms/public-form";
import { loadMessages } from "@/lib/i18n/catalogue";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const form = await getPublicForm((await params).token);
  if (!form) return { robots: { index: false, follow: false } };
  const t = await getTranslations({ locale: form.locale, namespace: "feedbackForm" });
  return { title: `${t("metaTitle")} · ${form.workspaceName}`, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * A customer's form behind a touchpoint: no account, in the workspace's language
 * (not the visitor's), small enough for a phone.
 */
export default async function PublicFeedbackPage({ params }: Props) {
  const { token } = await params;
  const form = await getPublicForm(token);
  if (!form) notFound();
  const messages = await loadMessages(form.locale);
  const t = await getTranslations({ locale: form.locale, namespace: "feedbackForm" });
  return (
    <main lang={form.locale} className="mx-auto flex min-h-screen w-full max-w-lg flex-col gap-6 px-4 py-8 sm:py-12">
      <header className="grid gap-1">
        <p className="text-sm font-medium text-muted-foreground">{form.workspaceName}</p>
        <h1 className="text-2xl font-semibold">{form.collecting ? t("title") : t("pausedTitle")}</h1>
      </header>
      {form.collecting ? (
        <NextIntlClientProvider locale={form.locale} messages={{ feedbackForm: messages.feedbackForm }}>
          <PublicFeedbackForm
            token={token}
            workspaceName={form.workspaceName}
            touchpointName={form.touchpointName}
            asks={{ csat: form.asksCsat, nps: form.asksNps, ces: form.asksCes, comment: form.asksComment }}
            consentText={form.consentText}
          />
        </NextIntlClientProvider>
      ) : (
        <p role="status" className="text-base">
          {t("pausedBody", { workspace: form.workspaceName })}
        </p>
      )}
    </main>
  );
}
