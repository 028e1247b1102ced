"use client";
import { FileSpreadsheet } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { CSV_TABLES } from "@/lib/dashboards/csv-tables";

/**
 * Downloads of the figures behind each table, with the page's filters. `exportUrl` is the
 * export route with those filters; each item adds its `table` (a string, not a function,
 * because server pages render this client component).
 */
export function CsvMenu({ exportUrl, tables = CSV_TABLES }: { exportUrl: string; tables?: readonly string[] }) {
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
            <a href={withTable(exportUrl, table)} download>
              {t(table)}
            </a>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function withTable(exportUrl: string, table: string): string {
  const [path, query = ""] = exportUrl.split("?");
  const params = new URLSearchParams(query);
  params.set("table", table);
  return `${path}?${params}`;
}
