-- feedback_daily_rollup is derived from feedback_responses and kept exact here, in the
-- database, so every way a response is written or removed (form, API, CSV import,
-- retention purge, erasure, a deleted map or touchpoint) updates it in the same
-- transaction without the application having to remember.
--
-- Statement-level triggers with transition tables: a batch of 1,000 API responses or a
-- 100,000-row CSV import costs one grouped upsert, not one per row. Upserts run in key
-- order so two concurrent batches lock shared rows in the same order (no deadlock).
--
-- The day is the response's calendar day in the workspace's time zone; changing a
-- workspace's time zone rebuilds its rows.

-- The one definition of the aggregation. `src` yields feedback_responses rows plus a
-- sign column `g` (+1 counts a row in, -1 counts it out).
CREATE FUNCTION feedback_rollup_upsert_sql(src text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
SELECT format($q$
  INSERT INTO feedback_daily_rollup AS f (
    workspace_id, map_id, touchpoint_id, day, responses,
    csat_count, csat_satisfied, csat_sum, nps_count, nps_promoters, nps_detractors, ces_count, ces_sum)
  SELECT r.workspace_id, r.map_id, r.touchpoint_id,
    (r.responded_at AT TIME ZONE w.time_zone)::date,
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
  GROUP BY 1, 2, 3, 4
  ORDER BY 3, 4
  ON CONFLICT (touchpoint_id, day) DO UPDATE SET
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
CREATE FUNCTION feedback_rollup_sync() RETURNS trigger
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
    DELETE FROM feedback_daily_rollup WHERE responses <= 0;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER feedback_rollup_insert AFTER INSERT ON feedback_responses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_sync();
--> statement-breakpoint
CREATE TRIGGER feedback_rollup_update AFTER UPDATE ON feedback_responses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_sync();
--> statement-breakpoint
CREATE TRIGGER feedback_rollup_delete AFTER DELETE ON feedback_responses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_sync();
--> statement-breakpoint
CREATE FUNCTION feedback_rollup_truncate() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE feedback_daily_rollup;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER feedback_rollup_truncate AFTER TRUNCATE ON feedback_responses
  FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_truncate();
--> statement-breakpoint
-- Recounts one workspace from its responses: after a time-zone change, and to fill the
-- table for responses stored before this migration.
CREATE FUNCTION feedback_rollup_rebuild(p_workspace uuid) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM feedback_daily_rollup WHERE workspace_id = p_workspace;
  EXECUTE feedback_rollup_upsert_sql(
    format('SELECT x.*, 1 AS g FROM feedback_responses x WHERE x.workspace_id = %L', p_workspace));
END
$fn$;
--> statement-breakpoint
CREATE FUNCTION feedback_rollup_time_zone_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM feedback_rollup_rebuild(NEW.id);
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER feedback_rollup_time_zone AFTER UPDATE OF time_zone ON workspaces
  FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
  EXECUTE FUNCTION feedback_rollup_time_zone_changed();
--> statement-breakpoint
SELECT feedback_rollup_rebuild(id) FROM workspaces;
