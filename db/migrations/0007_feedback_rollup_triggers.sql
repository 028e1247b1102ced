-- The triggers of 0004 now keep feedback_rollup, which counts every touchpoint per day
-- and per month (both in the workspace's time zone), instead of the day-only table that
-- 0006 dropped. The triggers themselves are unchanged; their functions are replaced.
-- See 0004 for why statement-level triggers with transition tables, and key order.

CREATE OR REPLACE FUNCTION feedback_rollup_upsert_sql(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
SELECT format($q$
  INSERT INTO feedback_rollup AS f (
    workspace_id, map_id, touchpoint_id, grain, period_start, responses,
    csat_count, csat_satisfied, csat_sum, nps_count, nps_promoters, nps_detractors, ces_count, ces_sum)
  SELECT r.workspace_id, r.map_id, r.touchpoint_id, gr.grain,
    CASE gr.grain
      WHEN 'day' THEN (r.responded_at AT TIME ZONE w.time_zone)::date
      ELSE date_trunc('month', r.responded_at AT TIME ZONE w.time_zone)::date
    END,
    sum(r.g),
    coalesce(sum(r.g) FILTER (WHERE r.csat IS NOT NULL), 0),
    coalesce(sum(r.g) FILTER (WHERE r.csat >= 4), 0),
    coalesce(sum(r.g * r.csat), 0),
    coalesce(sum(r.g) FILTER (WHERE r.nps IS NOT NULL), 0),
    coalesce(sum(r.g) FILTER (WHERE r.nps >= 9), 0),
    coalesce(sum(r.g) FILTER (WHERE r.nps <= 6), 0),
    coalesce(sum(r.g) FILTER (WHERE r.ces IS NOT NULL), 0),
    coalesce(sum(r.g * r.ces), 0)
  FROM (%s) r
  JOIN workspaces w ON w.id = r.workspace_id
  CROSS JOIN (VALUES ('day'::feedback_rollup_grain), ('month'::feedback_rollup_grain)) AS gr(grain)
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 3, 4, 5
  ON CONFLICT (touchpoint_id, grain, period_start) DO UPDATE SET
    responses = f.responses + excluded.responses,
    csat_count = f.csat_count + excluded.csat_count,
    csat_satisfied = f.csat_satisfied + excluded.csat_satisfied,
    csat_sum = f.csat_sum + excluded.csat_sum,
    nps_count = f.nps_count + excluded.nps_count,
    nps_promoters = f.nps_promoters + excluded.nps_promoters,
    nps_detractors = f.nps_detractors + excluded.nps_detractors,
    ces_count = f.ces_count + excluded.ces_count,
    ces_sum = f.ces_sum + excluded.ces_sum
$q$, src)
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION feedback_rollup_sync() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  -- Transition tables are visible to EXECUTE within this function (not to functions it calls).
  IF TG_OP = 'INSERT' THEN
    EXECUTE feedback_rollup_upsert_sql('SELECT n.*, 1 AS g FROM new_rows n');
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE feedback_rollup_upsert_sql('SELECT o.*, -1 AS g FROM old_rows o');
  ELSE
    EXECUTE feedback_rollup_upsert_sql(
      'SELECT n.*, 1 AS g FROM new_rows n UNION ALL SELECT o.*, -1 AS g FROM old_rows o');
  END IF;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM feedback_rollup WHERE responses <= 0;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION feedback_rollup_truncate() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE feedback_rollup;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION feedback_rollup_rebuild(p_workspace uuid) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM feedback_rollup WHERE workspace_id = p_workspace;
  EXECUTE feedback_rollup_upsert_sql(
    format('SELECT x.*, 1 AS g FROM feedback_responses x WHERE x.workspace_id = %L', p_workspace));
END
$fn$;
--> statement-breakpoint
SELECT feedback_rollup_rebuild(id) FROM workspaces;
