"use client";
import { useTranslations } from "next-intl";
import { PERSONA_COLORS } from "@/lib/personas/persona-avatar";

/** The avatar colour as a radio group of swatches (arrow keys move, the name says which colour). */
export function ColourPicker({ name, defaultValue }: { name: string; defaultValue: string }) {
  const t = useTranslations("personas");
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium">{t("color")}</legend>
      <div className="flex flex-wrap gap-2">
        {PERSONA_COLORS.map((color, i) => (
          <label key={color} className="cursor-pointer">
            <input type="radio" name={name} value={color} defaultChecked={color === defaultValue} className="peer sr-only" aria-label={t("colorOption", { index: i + 1 })} />
            <span
              aria-hidden
              className="block h-8 w-8 rounded-full ring-offset-2 ring-offset-background peer-checked:ring-2 peer-checked:ring-foreground peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-4 peer-focus-visible:outline-ring"
              style={{ backgroundColor: color }}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
