-- A whole dataset: its editable records (events, actors, sources, dated areas) one row each, as
-- the record's JSON with a revision, and every other file of the folder as it is.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE events (
    id text PRIMARY KEY CHECK (id <> ''),
    position bigint NOT NULL,
    properties jsonb NOT NULL CHECK (jsonb_typeof(properties) = 'object'),
    geom geometry(Point, 4326),
    revision bigint NOT NULL DEFAULT 1 CHECK (revision > 0),
    retired text GENERATED ALWAYS AS (properties ->> 'retired') STORED
);
CREATE TABLE areas (LIKE events INCLUDING ALL);
ALTER TABLE areas ALTER COLUMN geom TYPE geometry(Geometry, 4326);
CREATE TABLE actors (LIKE events INCLUDING ALL);
ALTER TABLE actors DROP COLUMN geom;
CREATE TABLE sources (LIKE actors INCLUDING ALL);
CREATE INDEX events_geom ON events USING gist (geom);
CREATE INDEX areas_geom ON areas USING gist (geom);

-- The folder's other files (basemap layers, dataset.json, crossings, sectors.json), byte for byte.
CREATE TABLE dataset_files (
    name text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9_.-]+$'),
    content bytea NOT NULL
);

-- Who changed which record when, from what to what. Filled by the trigger below only: editors
-- may read it but not write it.
CREATE TABLE audit (
    id bigserial PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    changed_by text NOT NULL DEFAULT session_user,
    table_name text NOT NULL,
    record_id text NOT NULL,
    revision bigint,
    old_value jsonb,
    new_value jsonb
);
CREATE INDEX audit_record ON audit (table_name, record_id, id);

-- A row as the audit keeps it: its columns, a geometry as plain GeoJSON.
CREATE FUNCTION audit_value(row_value jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT (row_value #- '{geom,crs}') - 'retired' - 'position'
$$;

CREATE FUNCTION record_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    record_id text;
    new_revision bigint;
    old_value jsonb;
    new_value jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        record_id := OLD.id;
        old_value := audit_value(to_jsonb(OLD));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        record_id := NEW.id;
        new_revision := NEW.revision;
        new_value := audit_value(to_jsonb(NEW));
    END IF;
    INSERT INTO audit (table_name, record_id, revision, old_value, new_value)
    VALUES (TG_TABLE_NAME, record_id, new_revision, old_value, new_value);
    PERFORM pg_notify('frontier_atlas_changes',
                      json_build_object('table', TG_TABLE_NAME, 'id', record_id,
                                        'revision', new_revision)::text);
    RETURN NULL;
END
$$;

-- A change is a new revision; moving a record in the file's order is none.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['events', 'areas', 'actors', 'sources'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION record_changed()', t || '_changed', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW '
                       'WHEN (OLD.revision IS DISTINCT FROM NEW.revision) '
                       'EXECUTE FUNCTION record_changed()', t || '_revised', t);
    END LOOP;
END
$$;

-- Roles without login, granted to the analysts' login roles: a reader sees everything, an editor
-- also changes records. Roles belong to the whole server, so another database may have made them.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'atlas_reader') THEN
        CREATE ROLE atlas_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'atlas_editor') THEN
        CREATE ROLE atlas_editor NOLOGIN IN ROLE atlas_reader;
    END IF;
END
$$;
GRANT SELECT ON schema_version, events, areas, actors, sources, dataset_files, audit TO atlas_reader;
GRANT INSERT, UPDATE, DELETE ON events, areas, actors, sources TO atlas_editor;
REVOKE EXECUTE ON FUNCTION record_changed() FROM PUBLIC;
