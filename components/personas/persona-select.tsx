"use client";
import { useTranslations } from "next-intl";
import type * as React from "react";
import { NativeSelect } from "@/components/ui/input";

export type PersonaOption = { id: string; name: string; color: string };

/** Chooses one of the workspace's personas, or none (submitted as ""). */
export function PersonaSelect({ personas, ...props }: React.ComponentProps<"select"> & { personas: PersonaOption[] }) {
  const t = useTranslations("mapList");
  return (
    <NativeSelect {...props}>
      <option value="">{t("noPersona")}</option>
      {personas.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </NativeSelect>
  );
}
