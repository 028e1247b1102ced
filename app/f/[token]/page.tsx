import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type * as React from "react";
import { PublicFeedbackForm } from "@/components/feedback-form/public-feedback-form";
import { getPublicForm } from "@/lib/evidence/forms/public-form";
import { loadMessages } from "@/lib/i18n/catalogue";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const form = await getPublicForm((await params).token);
  if (!form) return { robots: { index: false, follow: false } };
  const t = await getTranslations({ locale: form.locale, namespace: "feedbackForm" });
  return { title: `${t("metaTitle")} · ${form.brandName}`, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * A customer's form behind a touchpoint: no account, in the workspace's language
 * (not the visitor's), with the workspace's name, logo and colour, small enough for a phone.
 */
export default async function PublicFeedbackPage({ params }: Props) {
  const { token } = await params;
  const form = await getPublicForm(token);
  if (!form) notFound();
  const messages = await loadMessages(form.locale);
  const t = await getTranslations({ locale: form.locale, namespace: "feedbackForm" });
  // The accent replaces the primary colour inside the form only; its text colour is chosen for contrast.
  const accent = form.accent ? ({ "--color-primary": form.accent.color, "--color-primary-foreground": form.accent.foreground } as React.CSSProperties) : undefined;
  return (
    <main lang={form.locale} style={accent} className="mx-auto flex min-h-screen w-full max-w-lg flex-col gap-6 px-4 py-8 sm:py-12">
      <header className="grid gap-3 border-t-4 border-primary pt-4" data-testid="public-form-header">
        <div className="flex items-center gap-3">
          {form.logoPath && (
            <img src={form.logoPath} alt={t("logoAlt", { workspace: form.brandName })} className="h-12 w-auto max-w-[10rem] object-contain" data-testid="public-form-logo" />
          )}
          <p className="text-sm font-medium text-muted-foreground" data-testid="public-form-brand">
            {form.brandName}
          </p>
        </div>
        <h1 className="text-2xl font-semibold">{form.collecting ? t("title") : t("pausedTitle")}</h1>
      </header>
      {form.collecting ? (
        <NextIntlClientProvider locale={form.locale} messages={{ feedbackForm: messages.feedbackForm }}>
          <PublicFeedbackForm
            token={token}
            brandName={form.brandName}
            touchpointName={form.touchpointName}
            asks={{ csat: form.asksCsat, nps: form.asksNps, ces: form.asksCes, comment: form.asksComment, followUp: form.asksFollowUp }}
            questions={form.questions}
            consentText={form.consentText}
          />
        </NextIntlClientProvider>
      ) : (
        <p role="status" className="text-base">
          {t("pausedBody", { workspace: form.brandName })}
        </p>
      )}
    </main>
  );
}
