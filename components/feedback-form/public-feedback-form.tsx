"use client";
import { CheckCircle2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { submitFeedbackAction } from "@/app/f/[token]/actions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { HONEYPOT_FIELD } from "@/lib/evidence/forms/honeypot";
import type { QuestionKind } from "@/lib/evidence/forms/question-kinds";
import { FEEDBACK_COMMENT_MAX } from "@/lib/evidence/limits";
import { RatingScale } from "./rating-scale";

type Asks = Record<QuestionKind, boolean>;

/**
 * The questions of one public form, already worded (the team's wording or the default in
 * the workspace's language); every other text comes from the workspace's language too.
 */
export function PublicFeedbackForm({
  token,
  brandName,
  touchpointName,
  asks,
  questions,
  consentText,
}: {
  token: string;
  brandName: string;
  touchpointName: string;
  asks: Asks;
  questions: Record<QuestionKind, string>;
  consentText: string | null;
}) {
  const t = useTranslations("feedbackForm");
  const honeypotId = useId();
  const respondentId = useId();
  const consentId = useId();
  const [state, action, pending] = useActionState(submitFeedbackAction.bind(null, token), null);
  const message = (key: string | undefined) => (key ? (t.has(`errors.${key}`) ? t(`errors.${key}`) : t("errors.INVALID_INPUT")) : undefined);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const formError = state && !state.ok ? (fieldErrors?._form?.[0] ?? (fieldErrors ? undefined : state.error)) : undefined;
  const vars = { workspace: brandName, touchpoint: touchpointName };

  if (state?.ok) {
    return (
      <section role="status" className="grid justify-items-center gap-3 rounded-lg border border-border p-8 text-center">
        <CheckCircle2 className="h-12 w-12 text-green-600" aria-hidden />
        <h2 className="text-xl font-semibold">{t("thanksTitle")}</h2>
        <p>{t("thanksBody", vars)}</p>
      </section>
    );
  }

  return (
    <form action={action} className="grid gap-8" noValidate>
      <p className="text-base">{t("intro", vars)}</p>
      {asks.csat && (
        <RatingScale name="csat" question={questions.csat} min={1} max={5} lowLabel={t("csatLow")} highLabel={t("csatHigh")} error={message(fieldErrors?.csat?.[0])} />
      )}
      {asks.nps && (
        <RatingScale name="nps" question={questions.nps} min={0} max={10} lowLabel={t("npsLow")} highLabel={t("npsHigh")} error={message(fieldErrors?.nps?.[0])} />
      )}
      {asks.ces && (
        <RatingScale name="ces" question={questions.ces} min={1} max={7} lowLabel={t("cesLow")} highLabel={t("cesHigh")} error={message(fieldErrors?.ces?.[0])} />
      )}
      {asks.comment && <OpenQuestion name="comment" label={questions.comment} error={message(fieldErrors?.comment?.[0])} />}
      {asks.followUp && <OpenQuestion name="followUp" label={questions.followUp} error={message(fieldErrors?.followUp?.[0])} />}
      <fieldset className="grid gap-3 rounded-lg border border-border p-4">
        <legend className="px-1 text-base font-medium">{t("contactTitle")}</legend>
        <div className="grid gap-1.5">
          <label htmlFor={respondentId} className="text-sm font-medium">
            {t("respondentLabel")} <span className="font-normal text-muted-foreground">({t("commentOptional")})</span>
          </label>
          <input
            id={respondentId}
            name="respondent"
            type="text"
            autoComplete="email"
            maxLength={320}
            aria-invalid={fieldErrors?.respondent ? true : undefined}
            className="h-10 rounded-md border border-input bg-background px-3 text-base"
          />
        </div>
        <div className="flex items-start gap-2">
          <input id={consentId} name="consent" type="checkbox" className="mt-1 h-4 w-4" aria-invalid={fieldErrors?.consent ? true : undefined} />
          <label htmlFor={consentId} className="text-sm">
            {consentText ?? t("consentDefault", vars)}
          </label>
        </div>
        {(fieldErrors?.consent || fieldErrors?.respondent) && (
          <p role="alert" className="text-sm text-destructive">
            {message((fieldErrors.consent ?? fieldErrors.respondent)![0])}
          </p>
        )}
      </fieldset>
      {/* Bots fill every field; people never see or reach this one. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={honeypotId}>{t("honeypotLabel")}</label>
        <input id={honeypotId} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p className="text-xs text-muted-foreground">{t("privacy")}</p>
      {formError && (
        <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {message(formError)}
        </p>
      )}
      <Button type="submit" size="lg" disabled={pending} className="h-12 text-base">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

/** An optional open answer (the comment, the follow-up question) with its character count. */
function OpenQuestion({ name, label, error }: { name: string; label: string; error?: string }) {
  const t = useTranslations("feedbackForm");
  const id = useId();
  // Controlled, so a refused submission (which resets uncontrolled fields) keeps the text.
  const [value, setValue] = useState("");
  return (
    <div className="grid gap-2">
      <label htmlFor={id} className="text-base font-medium">
        {label} <span className="text-sm font-normal text-muted-foreground">({t("commentOptional")})</span>
      </label>
      <Textarea
        id={id}
        name={name}
        rows={4}
        maxLength={FEEDBACK_COMMENT_MAX}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={`${id}-count`}
        aria-invalid={error ? true : undefined}
        className="text-base"
      />
      <p id={`${id}-count`} className="text-xs text-muted-foreground">
        {t("commentCount", { count: value.length, max: FEEDBACK_COMMENT_MAX })}
      </p>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
