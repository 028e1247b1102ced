"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { PersonaAvatar } from "@/components/personas/persona-avatar";

export type MapPersona = { name: string; color: string; description: string; goals: string; needs: string; frustrations: string };

const firstLine = (text: string) => text.split("\n").map((l) => l.trim()).find(Boolean) ?? "";

/** The persona the map is for, in the map header: avatar, name and first goal; opens the persona's card. */
export function PersonaHeader({ persona, personasHref }: { persona: MapPersona; personasHref: string }) {
  const t = useTranslations("editor.persona");
  const tp = useTranslations("personas");
  const goal = firstLine(persona.goals) || firstLine(persona.description);
  return (
    <Dialog.Root>
      <Dialog.Trigger
        data-testid="map-persona"
        aria-label={t("open", { name: persona.name })}
        className="flex min-w-0 max-w-80 items-center gap-2 rounded-full border border-border py-0.5 pl-0.5 pr-3 text-left hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        <PersonaAvatar name={persona.name} color={persona.color} size="sm" />
        <span className="grid min-w-0 leading-tight">
          <span className="truncate text-xs font-medium">{persona.name}</span>
          {goal && <span className="truncate text-[11px] text-muted-foreground">{goal}</span>}
        </span>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 grid max-h-[85dvh] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto rounded-lg bg-background p-6 shadow-lg">
          <div className="flex items-center gap-3">
            <PersonaAvatar name={persona.name} color={persona.color} size="lg" />
            <div className="min-w-0">
              <Dialog.Title className="text-lg font-semibold">{persona.name}</Dialog.Title>
              <Dialog.Description className="text-sm text-muted-foreground">{persona.description || t("forThisMap")}</Dialog.Description>
            </div>
            <Dialog.Close aria-label={t("close")} className="ml-auto rounded p-1 text-muted-foreground hover:bg-muted">
              <X aria-hidden className="h-4 w-4" />
            </Dialog.Close>
          </div>
          <dl className="grid gap-3 text-sm">
            {(["goals", "needs", "frustrations"] as const).map((field) =>
              persona[field] ? (
                <div key={field}>
                  <dt className="font-medium">{tp(field)}</dt>
                  <dd className="whitespace-pre-wrap text-muted-foreground">{persona[field]}</dd>
                </div>
              ) : null,
            )}
          </dl>
          <Link href={personasHref} className="text-sm font-medium text-primary hover:underline">
            {t("allPersonas")}
          </Link>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
