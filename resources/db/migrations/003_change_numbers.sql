-- Each notification carries its audit row's id ("change"): a listener whose connection broke asks
-- the audit for the changes after the last one it heard once it is back, and misses none.
CREATE OR REPLACE FUNCTION record_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    record_id text;
    new_revision bigint;
    old_value jsonb;
    new_value jsonb;
    change bigint;
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
    VALUES (TG_TABLE_NAME, record_id, new_revision, old_value, new_value)
    RETURNING id INTO change;
    PERFORM pg_notify('frontier_atlas_changes',
                      json_build_object('table', TG_TABLE_NAME, 'id', record_id,
                                        'revision', new_revision, 'change', change)::text);
    RETURN NULL;
END
$$;
