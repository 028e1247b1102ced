"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveReviewNotesAction } from "@/app/w/[slug]/maps/[mapId]/review/actions";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/input";
import { useReviewAction } from "./use-review-action";

/** The review's notes: editable with reviews.write, read-only otherwise. */
export function ReviewNotesForm({ slug, mapId, quarter, notes, canWrite }: { slug: string; mapId: string; quarter: string; notes: string; canWrite: boolean }) {
  const t = useTranslations("reviews.notes");
  const { pending, perform, message } = useReviewAction();
  const [value, setValue] = useState(notes);
  const [error, setError] = useState<string | undefined>();
  if (!canWrite) {
    return (
      <section aria-labelledby="review-notes" className="grid gap-2 rounded-lg border border-border bg-card p-4 break-inside-avoid">
        <h2 id="review-notes" className="font-semibold">{t("title")}</h2>
        {notes ? <p className="whitespace-pre-wrap text-sm">{notes}</p> : <p className="text-sm text-muted-foreground">{t("none")}</p>}
      </section>
    );
  }
  return (
    <form
      className="grid gap-2 rounded-lg border border-border bg-card p-4 break-inside-avoid"
      onSubmit={(e) => {
        e.preventDefault();
        perform(
          () => saveReviewNotesAction(slug, { mapId, quarter, notes: value }),
          () => t("saved"),
          (result) => setError(result.ok ? undefined : message(result.fieldErrors?.notes?.[0] ?? result.error)),
        );
      }}
    >
      <Label htmlFor="review-notes" className="font-semibold">{t("title")}</Label>
      <Textarea
        id="review-notes"
        rows={6}
        maxLength={20000}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder={t("placeholder")}
        className="print:hidden"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "review-notes-error" : undefined}
      />
      {error && <p id="review-notes-error" className="text-sm text-destructive">{error}</p>}
      <p className="hidden whitespace-pre-wrap text-sm print:block">{value}</p>
      <Button type="submit" size="sm" disabled={pending || value === notes} className="justify-self-start print:hidden">
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
