"use client";
import { FileDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button";

/**
 * The page as a PDF rendered on the server, with the page's filters or quarter in `href`.
 * A plain download link: it works without JavaScript and is reached with the keyboard.
 */
export function PdfDownloadLink({ href }: { href: string }) {
  const t = useTranslations("dashboards.pdf");
  return (
    <a href={href} download className={buttonVariants({ variant: "outline", size: "sm", className: "print:hidden" })}>
      <FileDown className="size-4" aria-hidden />
      {t("download")}
    </a>
  );
}
