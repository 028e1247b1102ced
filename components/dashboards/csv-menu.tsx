"use client";
import { FileSpreadsheet } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { CSV_TABLES } from "@/lib/dashboards/csv-tables";

/** Downloads of the figures behind each table, with the page's filters. */
export function CsvMenu({ exportHref, tables = CSV_TABLES }: { exportHref: (table: string) => string; tables?: readonly string[] }) {
  const t = useTranslations("dashboards.csv");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className="print:hidden">
          <FileSpreadsheet className="size-4" aria-hidden />
          {t("download")}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {tables.map((table) => (
          <DropdownMenuItem key={table} asChild>
            <a href={exportHref(table)} download>
              {t(table)}
            </a>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
