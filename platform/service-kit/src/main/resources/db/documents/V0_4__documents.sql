-- Public documents (service kit): deliberations, minutes, programs, press releases, reports,
-- kept in the owning service's database beside the events that name them by id and SHA-256.

CREATE TABLE document (
    document_id VARCHAR(64)  PRIMARY KEY,
    owner_kind  VARCHAR(32)  NOT NULL,
    owner_id    VARCHAR(200) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size        BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     BYTEA        NOT NULL,
    stored_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX document_owner ON document (owner_kind, owner_id);
