-- Each table in its file's order, as DatasetStore reads it: an index scan streams the rows as they
-- are read, where sorting 100,000 events first spilled to disk before the first row was sent.
CREATE INDEX events_order ON events (position, id);
CREATE INDEX areas_order ON areas (position, id);
CREATE INDEX actors_order ON actors (position, id);
CREATE INDEX sources_order ON sources (position, id);
