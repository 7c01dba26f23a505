-- Changes to the dataset that are no record's: records moved in their file's order (table_name
-- is the records' table) or another file of the folder changed (dataset_files). A push that only
-- does that gives no record a new revision, so the audit, each record's history, has nothing to
-- say; kept apart from it, no record's history shows these. A reader that finds a row here that
-- its snapshot did not see reads the dataset whole.
CREATE TABLE dataset_changes (
    id bigserial PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    changed_by text NOT NULL DEFAULT session_user,
    table_name text NOT NULL,
    xact xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX dataset_changes_xact ON dataset_changes (xact);
GRANT SELECT ON dataset_changes TO atlas_reader;

-- Records that `changed_table` changed, once a transaction, and notifies it.
CREATE FUNCTION dataset_changed(changed_table text) RETURNS void LANGUAGE plpgsql
SET search_path = public, pg_temp AS $$
DECLARE
    change bigint;
BEGIN
    IF EXISTS (SELECT FROM dataset_changes
               WHERE xact = pg_current_xact_id() AND table_name = changed_table) THEN
        RETURN;
    END IF;
    INSERT INTO dataset_changes (table_name) VALUES (changed_table) RETURNING id INTO change;
    PERFORM pg_notify('frontier_atlas_changes',
                      json_build_object('dataset', changed_table, 'change', change)::text);
END
$$;

-- A statement's rows (the transition tables old_rows and new_rows) changed the records' order:
-- a row updated to another place passed a row that stayed or another moved one, or a row was
-- inserted before a row that was there. Rows that only shifted, as a deleted row before them
-- shifts them, and rows added last, keep the order a reader brings up to date from the audit.
-- Rows a push inserts and rows it moves past them are told too: read whole, never wrongly.
-- The table is searched only where rows moved or were inserted, with those places as values
-- the plan sees: a save that moves nothing costs a look at its own row.
CREATE FUNCTION records_moved() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    low bigint;
    high bigint;
    first_id text;
    moved boolean;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT position, id INTO low, first_id FROM new_rows ORDER BY position, id LIMIT 1;
        IF NOT FOUND THEN
            RETURN NULL;
        END IF;
        EXECUTE format('SELECT EXISTS (SELECT FROM %I e WHERE (e.position, e.id) > ($1, $2) '
                       'AND NOT EXISTS (SELECT FROM new_rows n WHERE n.id = e.id))',
                       TG_TABLE_NAME) INTO moved USING low, first_id;
    ELSE
        SELECT min(least(o.position, n.position)), max(greatest(o.position, n.position))
        INTO low, high
        FROM old_rows o JOIN new_rows n USING (id) WHERE o.position <> n.position;
        IF low IS NULL THEN
            RETURN NULL;
        END IF;
        -- Each row between the lowest and highest place a moved row left or took, at its old
        -- place, in their new order: any row out of its old order was passed.
        EXECUTE format(
            'WITH moves AS (SELECT n.id, o.position AS was '
            '               FROM old_rows o JOIN new_rows n USING (id) '
            '               WHERE o.position <> n.position), '
            'places AS (SELECT e.id, e.position AS now, coalesce(m.was, e.position) AS was '
            '           FROM %I e LEFT JOIN moves m ON m.id = e.id '
            '           WHERE e.position BETWEEN $1 AND $2), '
            'ordered AS (SELECT id, was, lag(was) OVER w AS was_before, '
            '                   lag(id) OVER w AS id_before '
            '            FROM places WINDOW w AS (ORDER BY now, id)) '
            'SELECT EXISTS (SELECT FROM ordered WHERE (was_before, id_before) > (was, id))',
            TG_TABLE_NAME) INTO moved USING low, high;
    END IF;
    IF moved THEN
        PERFORM dataset_changed(TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION file_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dataset_changed(TG_TABLE_NAME);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['events', 'areas', 'actors', 'sources'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION records_moved()', t || '_placed', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I '
                       'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION records_moved()', t || '_moved', t);
    END LOOP;
END
$$;
CREATE TRIGGER dataset_files_changed AFTER INSERT OR DELETE ON dataset_files
    FOR EACH ROW EXECUTE FUNCTION file_changed();
CREATE TRIGGER dataset_files_revised AFTER UPDATE ON dataset_files FOR EACH ROW
    WHEN (OLD.name <> NEW.name OR OLD.content IS DISTINCT FROM NEW.content)
    EXECUTE FUNCTION file_changed();
REVOKE EXECUTE ON FUNCTION dataset_changed(text), records_moved(), file_changed() FROM PUBLIC;
