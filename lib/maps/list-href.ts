import type { TListMapsQuery } from "./schemas";

/** The maps list's URL for a query; defaults are left out so links stay short. */
export function mapListHref(pathname: string, query: TListMapsQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.sort !== "updated") params.set("sort", query.sort);
  if (query.status !== "active") params.set("status", query.status);
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
