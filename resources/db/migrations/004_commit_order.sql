-- Each audit row names the transaction that wrote it. Audit ids are given out as rows are
-- written, not as transactions commit: a reader that asked for the ids after the last one it had
-- seen missed a change committed after a later id. The writing transaction, against the
-- snapshot the reader last read in, says exactly which changes it has not seen.
ALTER TABLE audit ADD COLUMN xact xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX audit_xact ON audit (xact);
