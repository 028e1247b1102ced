"use client";
import { Printer } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The browser's print dialog with the print layout; "Save as PDF" is one of its destinations. */
export function PrintButton() {
  const t = useTranslations("dashboards");
  return (
    <Button variant="outline" size="sm" onClick={() => window.print()} className="print:hidden">
      <Printer className="size-4" aria-hidden />
      {t("print")}
    </Button>
  );
}
