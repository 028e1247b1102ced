"use client";
import { useTranslations } from "next-intl";
import { MAP_STARTERS, type MapStarter } from "@/lib/journey/templates/template-ids";
import { TEMPLATE_ICONS } from "./template-icons";


/** Blank or one of the built-in templates, as a radio group (arrow keys move between options). */
export function TemplatePicker({ name, defaultValue = "blank" }: { name: string; defaultValue?: MapStarter }) {
  const t = useTranslations("mapList");
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1.5 text-sm font-medium">{t("create.start")}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {MAP_STARTERS.map((starter) => {
          const Icon = TEMPLATE_ICONS[starter];
          return (
            <label
              key={starter}
              className="flex cursor-pointer gap-3 rounded-md border border-border p-3 hover:bg-muted has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
            >
              <input type="radio" name={name} value={starter} defaultChecked={starter === defaultValue} className="sr-only" />
              <Icon className="mt-0.5 h-5 w-5 shrink-0 text-primary" aria-hidden />
              <span className="grid gap-0.5">
                <span className="text-sm font-medium">{t(`templates.${starter}.name`)}</span>
                <span className="text-xs text-muted-foreground">{t(`templates.${starter}.description`)}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
