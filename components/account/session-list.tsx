"use client";
import { Monitor } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { endSessionAction, signOutEverywhereAction } from "@/app/account/sessions/actions";
import { Button } from "@/components/ui/button";

export type SessionRow = {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  browser: string | null;
  system: string | null;
};

/** The user's signed-in browsers, each with a way to sign it out, and "sign out everywhere". */
export function SessionList({ sessions, now }: { sessions: SessionRow[]; now: string }) {
  const t = useTranslations("account");
  const format = useFormatter();
  const [pending, startTransition] = useTransition();

  const end = (id: string) =>
    startTransition(async () => {
      const result = await endSessionAction({ sessionId: id });
      if (result.ok) toast.success(t("sessionEnded"));
      else toast.error(t("sessionEndFailed"));
    });

  return (
    <div className="grid gap-4">
      <ul className="divide-y divide-border rounded-lg border border-border bg-card" aria-label={t("sessionsTitle")}>
        {sessions.map((s) => {
          const device =
            s.browser && s.system ? t("browserOn", { browser: s.browser, system: s.system }) : (s.browser ?? s.system ?? t("unknownDevice"));
          return (
            <li key={s.id} className="flex items-center gap-3 p-4" data-testid="session-row">
              <Monitor className="h-5 w-5 shrink-0 text-muted-foreground" aria-hidden />
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {device}
                  {s.current ? <span className="ml-2 rounded bg-muted px-1.5 py-0.5 text-xs text-muted-foreground">{t("thisBrowser")}</span> : null}
                </p>
                <p className="text-sm text-muted-foreground">
                  {t("sessionDetails", {
                    // Relative to the server's "now", so server and browser render the same text.
                    signedIn: format.relativeTime(new Date(s.createdAt), new Date(now)),
                    lastSeen: format.relativeTime(new Date(s.lastSeenAt), new Date(now)),
                    ip: s.ip ?? "—",
                  })}
                </p>
              </div>
              {s.current ? null : (
                <Button variant="outline" size="sm" disabled={pending} onClick={() => end(s.id)} aria-label={t("endSessionOf", { device })}>
                  {t("endSession")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <form action={signOutEverywhereAction}>
        <Button type="submit" variant="destructive">
          {t("signOutEverywhere")}
        </Button>
      </form>
    </div>
  );
}
