import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ReferenceOperation } from "@/lib/api/v1/reference";

const METHOD_STYLE: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100",
  POST: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
};

/** The operations of the API, as the OpenAPI description has them; the texts come from it (English). */
export async function ApiReference({ operations }: { operations: ReferenceOperation[] }) {
  const t = await getTranslations("evidence.apiReference");
  return (
    <div className="grid gap-6">
      <nav aria-label={t("contents")}>
        <ul className="grid gap-1 text-sm">
          {operations.map((op) => (
            <li key={op.id}>
              <a href={`#${op.id}`} className="font-mono text-primary underline-offset-4 hover:underline">
                {op.method} {op.path}
              </a>{" "}
              <span className="text-muted-foreground">— {op.summary}</span>
            </li>
          ))}
        </ul>
      </nav>
      {operations.map((op) => (
        <Card key={op.id} id={op.id} className="grid scroll-mt-20 gap-4" aria-labelledby={`${op.id}-title`}>
          <h2 id={`${op.id}-title`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            <span className={`rounded px-2 py-0.5 font-mono text-xs ${METHOD_STYLE[op.method] ?? "bg-muted"}`}>{op.method}</span>
            <code className="font-mono text-base">/api/v1{op.path}</code>
          </h2>
          <p className="text-sm">{op.summary}</p>
          {op.description ? <p className="text-sm text-muted-foreground">{op.description}</p> : null}
          {op.fields.length > 0 ? (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("fieldsCaption", { operation: `${op.method} ${op.path}` })}</caption>
                <thead className="text-xs text-muted-foreground">
                  <tr>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("field")}</th>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("where")}</th>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("type")}</th>
                    <th scope="col" className="py-1 font-medium">{t("notes")}</th>
                  </tr>
                </thead>
                <tbody>
                  {op.fields.map((field) => (
                    <tr key={`${field.where}-${field.name}`} className="border-t border-border align-top">
                      <td className="py-1.5 pr-3 font-mono text-xs">
                        {field.name}
                        {field.required ? <span className="ml-1 text-destructive">{t("required")}</span> : null}
                      </td>
                      <td className="py-1.5 pr-3 text-xs text-muted-foreground">{t(`in.${field.where}` as "in.body")}</td>
                      <td className="py-1.5 pr-3 font-mono text-xs">{field.type}</td>
                      <td className="py-1.5 text-xs">{field.description ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <div className="grid gap-1">
            <h3 className="text-sm font-medium">{t("responses")}</h3>
            <ul className="grid gap-0.5 text-sm">
              {op.responses.map((r) => (
                <li key={r.status}>
                  <span className="font-mono text-xs">{r.status}</span> <span className="text-muted-foreground">{r.description}</span>
                </li>
              ))}
            </ul>
          </div>
          <div className="grid gap-1">
            <h3 className="text-sm font-medium">{t("example")}</h3>
            <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs">
              <code>{op.curl}</code>
            </pre>
          </div>
        </Card>
      ))}
    </div>
  );
}
