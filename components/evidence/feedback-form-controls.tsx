"use client";
import { Copy, Download, Pause, Play, RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useState, useTransition } from "react";
import type * as React from "react";
import { toast } from "sonner";
import {
  createFeedbackFormAction,
  rotateFeedbackFormLinkAction,
  setFeedbackFormPausedAction,
  updateFeedbackFormQuestionsAction,
} from "@/app/w/[slug]/evidence/actions";
import { Button, buttonVariants } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/evidence/forms/question-kinds";
import { QUESTION_WORDING_MAX } from "@/lib/evidence/forms/schemas";
import type { Locale } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils";
import { useEvidenceMessage } from "./use-evidence-message";

export type FormSummary = {
  id: string;
  publicToken: string;
  pausedAt: Date | string | null;
  asks: string[];
  /** The team's wording per question (null: the default). */
  wording: Record<QuestionKind, string | null>;
  /** The default wording, in the workspace's language: each wording field's placeholder. */
  defaults: Record<QuestionKind, string>;
  /** The workspace's language, the one respondents read. */
  locale: Locale;
};

const QUESTIONS = ["asksCsat", "asksNps", "asksCes", "asksComment"] as const;
/** Which switch asks each question, for the wording fields. */
const ASKED_BY = { csat: "asksCsat", nps: "asksNps", ces: "asksCes", comment: "asksComment", followUp: "asksFollowUp" } as const satisfies Record<QuestionKind, string>;

/**
 * A touchpoint's public form: create it (choosing questions), or copy/pause/rotate/download
 * its QR code. `onChange` runs after each successful change, for screens that load the
 * form themselves (the map editor's panel) rather than through the page's revalidation.
 */
export function FeedbackFormControls({
  slug,
  touchpointId,
  touchpointName,
  form,
  baseUrl,
  canWrite,
  onChange,
}: {
  slug: string;
  touchpointId: string;
  touchpointName: string;
  form: FormSummary | null;
  baseUrl: string;
  canWrite: boolean;
  onChange?: () => void;
}) {
  const t = useTranslations("evidence.forms");
  if (!form) {
    return canWrite ? (
      <CreateForm slug={slug} touchpointId={touchpointId} touchpointName={touchpointName} onChange={onChange} />
    ) : (
      <p className="text-sm text-muted-foreground">{t("noForm")}</p>
    );
  }
  return <ExistingForm slug={slug} form={form} baseUrl={baseUrl} canWrite={canWrite} touchpointName={touchpointName} onChange={onChange} />;
}

function CreateForm({ slug, touchpointId, touchpointName, onChange }: { slug: string; touchpointId: string; touchpointName: string; onChange?: () => void }) {
  const t = useTranslations("evidence.forms");
  const [state, action, pending] = useActionState(createFeedbackFormAction.bind(null, slug), null);
  useEffect(() => {
    if (state?.ok) onChange?.();
  }, [state, onChange]);
  return (
    <QuestionsForm action={action} pending={pending} state={state} label={t("createFor", { name: touchpointName })} submit={pending ? t("creating") : t("create")} checked={["asksCsat", "asksComment"]}>
      <input type="hidden" name="touchpointId" value={touchpointId} />
    </QuestionsForm>
  );
}

function EditQuestions({ slug, form, touchpointName, onChange }: { slug: string; form: FormSummary; touchpointName: string; onChange?: () => void }) {
  const t = useTranslations("evidence.forms");
  const [state, action, pending] = useActionState(updateFeedbackFormQuestionsAction.bind(null, slug), null);
  useEffect(() => {
    if (state?.ok) toast.success(t("questionsSaved"));
  }, [state, t]);
  useEffect(() => {
    if (state?.ok) onChange?.();
  }, [state, onChange]);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-primary">{t("changeQuestions")}</summary>
      <div className="mt-2">
        <QuestionsForm action={action} pending={pending} state={state} label={t("changeQuestionsFor", { name: touchpointName })} submit={t("saveQuestions")} checked={form.asks} form={form}>
          <input type="hidden" name="formId" value={form.id} />
        </QuestionsForm>
      </div>
    </details>
  );
}

/**
 * The question checkboxes, shared by creating a form and changing its questions; when
 * changing (`form` given), also the follow-up question and each asked question's wording.
 */
function QuestionsForm({
  action,
  pending,
  state,
  label,
  submit,
  checked,
  form,
  children,
}: {
  action: (form: FormData) => void;
  pending: boolean;
  state: { ok: boolean; error?: string; fieldErrors?: Record<string, string[]> } | null;
  label: string;
  submit: string;
  checked: string[];
  form?: FormSummary;
  children: React.ReactNode;
}) {
  const t = useTranslations("evidence.forms");
  const message = useEvidenceMessage();
  const id = useId();
  // Which questions are ticked right now: their wording fields show, the others keep theirs hidden.
  const [asked, setAsked] = useState<string[]>(checked);
  const toggle = (q: string, on: boolean) => setAsked((now) => (on ? [...now, q] : now.filter((x) => x !== q)));
  const error = state && !state.ok ? (state.fieldErrors?.asksCsat?.[0] ?? (state.fieldErrors ? undefined : state.error)) : null;
  const switches: readonly string[] = form ? [...QUESTIONS, "asksFollowUp"] : QUESTIONS;
  return (
    <form action={action} className="grid gap-2" aria-label={label}>
      {children}
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="mb-1 text-sm font-medium">{t("questions")}</legend>
        {switches.map((q) => (
          <label key={q} className="flex items-center gap-1.5">
            <input type="checkbox" name={q} defaultChecked={checked.includes(q)} onChange={(e) => toggle(q, e.target.checked)} />
            {t(q as (typeof QUESTIONS)[number] | "asksFollowUp")}
          </label>
        ))}
      </fieldset>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-destructive">
          {message(error)}
        </p>
      )}
      {form && <WordingFields form={form} asked={asked} fieldErrors={state && !state.ok ? state.fieldErrors : undefined} />}
      <Button type="submit" size="sm" variant="outline" disabled={pending} className="justify-self-start">
        {submit}
      </Button>
    </form>
  );
}

/**
 * One text field per asked question: empty means the default, shown as the placeholder in
 * the workspace's language. Questions not asked keep their wording in hidden fields, so
 * unticking one for a while does not lose it.
 */
function WordingFields({ form, asked, fieldErrors }: { form: FormSummary; asked: string[]; fieldErrors?: Record<string, string[]> }) {
  const t = useTranslations("evidence.forms");
  const message = useEvidenceMessage();
  const id = useId();
  return (
    <fieldset className="grid gap-2 text-sm" aria-describedby={`${id}-hint`}>
      <legend className="mb-1 text-sm font-medium">{t("wordingTitle")}</legend>
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {t("wordingHint", { language: t(`language_${form.locale}`) })}
      </p>
      {QUESTION_KINDS.map((kind) => {
        const name = `${kind}Question`;
        const value = form.wording[kind] ?? "";
        if (!asked.includes(ASKED_BY[kind])) return <input key={kind} type="hidden" name={name} value={value} />;
        const errors = fieldErrors?.[name];
        return (
          <div key={kind} className="grid gap-1">
            <label htmlFor={`${id}-${kind}`} className="text-xs font-medium">
              {t(`kind_${kind}`)}
            </label>
            <Input
              id={`${id}-${kind}`}
              name={name}
              defaultValue={value}
              placeholder={form.defaults[kind]}
              maxLength={QUESTION_WORDING_MAX}
              lang={form.locale}
              aria-invalid={errors ? true : undefined}
              aria-describedby={errors ? `${id}-${kind}-error` : undefined}
              className="text-sm"
            />
            {errors && (
              <p id={`${id}-${kind}-error`} role="alert" className="text-xs text-destructive">
                {message(errors[0])}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

function ExistingForm({
  slug,
  form,
  baseUrl,
  canWrite,
  touchpointName,
  onChange,
}: {
  slug: string;
  form: FormSummary;
  baseUrl: string;
  canWrite: boolean;
  touchpointName: string;
  onChange?: () => void;
}) {
  const t = useTranslations("evidence.forms");
  const message = useEvidenceMessage();
  const linkId = useId();
  const [pending, startTransition] = useTransition();
  const url = new URL(`/f/${form.publicToken}`, baseUrl).toString();
  const paused = form.pausedAt !== null;

  function perform(run: () => Promise<{ ok: boolean; error?: string }>, success: string) {
    startTransition(async () => {
      const result = await run();
      if (result.ok) {
        toast.success(success);
        onChange?.();
      } else toast.error(message(result.error));
    });
  }

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className={cn("rounded-full border px-2 py-0.5 text-xs", paused ? "border-amber-500 text-amber-800" : "border-green-600 text-green-800")}>
          {paused ? t("paused") : t("collecting")}
        </span>
        <span className="text-xs text-muted-foreground">{form.asks.map((q) => t(q as (typeof QUESTIONS)[number] | "asksFollowUp")).join(" · ")}</span>
      </div>
      <div className="flex gap-2">
        <label htmlFor={linkId} className="sr-only">
          {t("linkFor", { name: touchpointName })}
        </label>
        <Input id={linkId} data-testid="feedback-form-link" readOnly value={url} className="text-xs" onFocus={(e) => e.currentTarget.select()} />
        <Button
          type="button"
          size="sm"
          variant="outline"
          aria-label={t("copyLink")}
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            toast.success(t("copied"));
          }}
        >
          <Copy className="h-4 w-4" aria-hidden />
        </Button>
      </div>
      <div className="flex flex-wrap gap-2">
        <a className={buttonVariants({ size: "sm", variant: "outline" })} href={`/api/feedback-forms/${form.id}/qr?format=svg`} download>
          <Download className="h-4 w-4" aria-hidden />
          {t("qrSvg")}
        </a>
        <a className={buttonVariants({ size: "sm", variant: "outline" })} href={`/api/feedback-forms/${form.id}/qr?format=png`} download>
          <Download className="h-4 w-4" aria-hidden />
          {t("qrPng")}
        </a>
        {canWrite && (
          <>
            <Button
              type="button"
              size="sm"
              variant="outline"
              disabled={pending}
              onClick={() => perform(() => setFeedbackFormPausedAction(slug, { formId: form.id, paused: !paused }), paused ? t("resumed") : t("pausedToast"))}
            >
              {paused ? <Play className="h-4 w-4" aria-hidden /> : <Pause className="h-4 w-4" aria-hidden />}
              {paused ? t("resume") : t("pause")}
            </Button>
            <ConfirmDialog
              trigger={
                <Button type="button" size="sm" variant="outline" disabled={pending}>
                  <RefreshCw className="h-4 w-4" aria-hidden />
                  {t("rotate")}
                </Button>
              }
              title={t("rotateTitle")}
              description={t("rotateDescription")}
              confirmLabel={t("rotateConfirm")}
              cancelLabel={t("cancel")}
              onConfirm={() => perform(() => rotateFeedbackFormLinkAction(slug, { formId: form.id }), t("rotated"))}
            />
          </>
        )}
      </div>
      {canWrite && <EditQuestions slug={slug} form={form} touchpointName={touchpointName} onChange={onChange} />}
    </div>
  );
}
