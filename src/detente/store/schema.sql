-- detente's event store (DuckDB). Every statement is idempotent: Store runs this file
-- each time it opens a database for writing.
--
-- No foreign keys: DuckDB checks them row by row and forbids updating referenced keys,
-- and the store only ever inserts whole coded articles in one transaction anyway.

CREATE TABLE IF NOT EXISTS articles (
    id       VARCHAR PRIMARY KEY,
    title    VARCHAR,
    date     DATE,                    -- publication date, when known
    url      VARCHAR,
    origin   VARCHAR,                 -- where it was read from ("path:line 3")
    text     VARCHAR NOT NULL,        -- the body that sentence and event spans refer to
    coded_at TIMESTAMPTZ NOT NULL     -- when the batch holding it was first written
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,      -- Sentence.index; "index" is a reserved word
    text       VARCHAR NOT NULL,
    start      INTEGER NOT NULL,      -- character offsets in the article body
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS events (
    event_id       VARCHAR PRIMARY KEY,  -- a content hash: re-coding the same input adds nothing
    article_id     VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    source_code    VARCHAR,
    source_country VARCHAR,
    target_code    VARCHAR,
    target_country VARCHAR,
    cameo          VARCHAR NOT NULL,
    cameo_root     VARCHAR NOT NULL,
    quad_class     TINYINT,
    goldstein      DOUBLE,
    status         VARCHAR NOT NULL,
    date           VARCHAR,              -- the event date as coded: YYYY, YYYY-MM or YYYY-MM-DD
    date_precision VARCHAR NOT NULL,
    article_date   DATE,                 -- the event's article date, else its article's
    day            DATE,                 -- date as a day (a partial date's first day), else
                                         -- article_date: what filters, sorting and stats use
    plover_event   VARCHAR,
    record         JSON NOT NULL         -- Event.to_dict(): the whole contract, nothing lost
);

-- One ART index, for fetching an article's events. ART indexes only serve selective
-- equality lookups (DuckDB's own advice: under 0.1% of rows) on a single column; the
-- Store.events filters are disjunctions (source OR target), prefixes and date ranges,
-- which a measured ART index did not speed up at all. Those are served by the min-max
-- zone maps DuckDB keeps on every column, which prune well because batches arrive
-- roughly in date order; more ART indexes would only slow every write.
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
