#include "ContentSchema.h"

#include <array>

namespace rc::content {

namespace {

constexpr std::array migrations = {
    storage::Migration { 1, R"sql(
CREATE TABLE packs (
    pack TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL,
    digest TEXT NOT NULL,
    content_date TEXT NOT NULL,
    region TEXT NOT NULL,
    default_language TEXT NOT NULL,
    languages TEXT NOT NULL,
    publisher TEXT NOT NULL
);
CREATE TABLE pack_texts (
    pack TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    disclaimer TEXT NOT NULL,
    PRIMARY KEY (pack, lang)
);
CREATE TABLE topics (
    pack TEXT NOT NULL,
    topic TEXT NOT NULL,
    position INTEGER NOT NULL,
    icon TEXT NOT NULL,
    PRIMARY KEY (pack, topic)
);
CREATE TABLE topic_texts (
    pack TEXT NOT NULL,
    topic TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (pack, topic, lang)
);
CREATE TABLE articles (
    pack TEXT NOT NULL,
    article TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (pack, article)
);
CREATE TABLE article_topics (
    pack TEXT NOT NULL,
    article TEXT NOT NULL,
    topic TEXT NOT NULL,
    PRIMARY KEY (pack, article, topic)
);
CREATE TABLE article_texts (
    pack TEXT NOT NULL,
    article TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('reviewed', 'machine', 'outdated')),
    checked TEXT NOT NULL,
    PRIMARY KEY (pack, article, lang)
);
CREATE TABLE article_sources (
    pack TEXT NOT NULL,
    article TEXT NOT NULL,
    lang TEXT NOT NULL,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (pack, article, lang, position)
);
CREATE INDEX article_topics_by_topic ON article_topics (topic, pack);
)sql" },
    // Notices on articles, and the glossary. article_texts.status holds the effective status: a
    // translation whose English text changed since it was made is 'outdated' whatever its file says.
    storage::Migration { 2, R"sql(
ALTER TABLE articles ADD COLUMN notice TEXT NOT NULL DEFAULT '' CHECK (notice IN ('', 'law-changing'));
CREATE TABLE glossary_texts (
    pack TEXT NOT NULL,
    lang TEXT NOT NULL,
    entry TEXT NOT NULL,
    position INTEGER NOT NULL,
    term TEXT NOT NULL,
    explanation TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('reviewed', 'machine', 'outdated')),
    PRIMARY KEY (pack, lang, entry)
);
-- Packs installed before this step have no notices and no glossary, though their version and digest
-- are those of the bundled pack: forget the digest so the next start installs them again. Until
-- then they stay readable.
UPDATE packs SET digest = '';
)sql" },
    // Procedures as timelines of steps (procedures/<id>/<lang>.md). Structure (steps, events, deadline
    // rules) is the same in every language; texts are per language, falling back to the default one.
    // prepare and rights hold one Markdown line each, joined with LF; read holds article ids joined with
    // ','; sources hold URLs joined with LF.
    storage::Migration { 3, R"sql(
CREATE TABLE procedures (
    pack TEXT NOT NULL,
    procedure TEXT NOT NULL,
    position INTEGER NOT NULL,
    track TEXT NOT NULL CHECK (track IN ('', 'general', 'extended', 'dublin')),
    notice TEXT NOT NULL CHECK (notice IN ('', 'law-changing')),
    PRIMARY KEY (pack, procedure)
);
CREATE TABLE procedure_texts (
    pack TEXT NOT NULL,
    procedure TEXT NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    intro TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('reviewed', 'machine', 'outdated')),
    checked TEXT NOT NULL,
    sources TEXT NOT NULL,
    PRIMARY KEY (pack, procedure, lang)
);
CREATE TABLE procedure_steps (
    pack TEXT NOT NULL,
    procedure TEXT NOT NULL,
    lang TEXT NOT NULL,
    step TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    event TEXT NOT NULL,
    who TEXT NOT NULL,
    prepare TEXT NOT NULL,
    rights TEXT NOT NULL,
    read TEXT NOT NULL,
    duration TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (pack, procedure, lang, step)
);
CREATE TABLE procedure_deadlines (
    pack TEXT NOT NULL,
    procedure TEXT NOT NULL,
    lang TEXT NOT NULL,
    step TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    term TEXT NOT NULL,
    event TEXT NOT NULL,
    basis TEXT NOT NULL,
    source TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (pack, procedure, lang, step, position)
);
)sql" },
    // The contact directory (contacts/<id>/<lang>.md). Structure is the same in every language: regions
    // (comma-separated), hours and closed as written (the opening-hours engine reads them), sources
    // (URLs joined with LF), and the channels with their value normalised (E.164, or a national-only
    // service number, or 112) and as written (display). Texts are per language, falling back to the
    // default one; labels holds one label per channel, in channel order, joined with LF.
    storage::Migration { 4, R"sql(
CREATE TABLE contacts (
    pack TEXT NOT NULL,
    contact TEXT NOT NULL,
    regions TEXT NOT NULL,
    hours TEXT NOT NULL,
    closed TEXT NOT NULL CHECK (closed IN ('', 'holidays')),
    verified TEXT NOT NULL,
    sources TEXT NOT NULL,
    PRIMARY KEY (pack, contact)
);
CREATE TABLE contact_channels (
    pack TEXT NOT NULL,
    contact TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('phone', 'whatsapp', 'email', 'website', 'address')),
    value TEXT NOT NULL,
    display TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('', 'national-only', 'emergency')),
    hours TEXT NOT NULL,
    closed TEXT NOT NULL CHECK (closed IN ('', 'holidays')),
    PRIMARY KEY (pack, contact, position)
);
CREATE TABLE contact_topics (
    pack TEXT NOT NULL,
    contact TEXT NOT NULL,
    topic TEXT NOT NULL,
    PRIMARY KEY (pack, contact, topic)
);
CREATE TABLE contact_languages (
    pack TEXT NOT NULL,
    contact TEXT NOT NULL,
    language TEXT NOT NULL,
    PRIMARY KEY (pack, contact, language)
);
CREATE TABLE contact_texts (
    pack TEXT NOT NULL,
    contact TEXT NOT NULL,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    services TEXT NOT NULL,
    description TEXT NOT NULL,
    labels TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('reviewed', 'machine', 'outdated')),
    PRIMARY KEY (pack, contact, lang)
);
CREATE INDEX contact_topics_by_topic ON contact_topics (topic, pack);
)sql" },
    // Search (search/SearchIndex): one FTS5 table per folding profile, rows of any kind (article,
    // glossary; later contact, step) as plain words. The rc_icu tokenizer must be registered on the
    // connection (search::registerIcuTokenizer) before this step runs or the tables are read. The index
    // is derived from the tables above, so it is not in contentTables(): it is rebuilt on install.
    storage::Migration { 5, R"sql(
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, kind UNINDEXED, pack UNINDEXED, item UNINDEXED, lang UNINDEXED,
    tokenize = 'rc_icu', prefix = '2 3');
CREATE VIRTUAL TABLE search_index_ckb USING fts5(
    title, body, kind UNINDEXED, pack UNINDEXED, item UNINDEXED, lang UNINDEXED,
    tokenize = 'rc_icu ckb', prefix = '2 3');
-- Installed packs have no index yet: forget their digests so the next start installs (and indexes)
-- them again, as in step 2.
UPDATE packs SET digest = '';
)sql" },
    // Which targets of the signed repository (docs/publishing.md) each pack was installed from, by
    // hash: an update downloads and installs only the targets whose hash differs from these. Packs
    // installed from a .rcpack file have none. Written in the transaction that installs the content;
    // not a content table (packs do not carry it).
    storage::Migration { 6, R"sql(
CREATE TABLE installed_targets (
    name TEXT PRIMARY KEY NOT NULL,
    pack TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    length INTEGER NOT NULL
);
)sql" },
    // Recordings of articles read aloud: Ogg Opus (content/AudioFile), one per article and language,
    // checked before they are written. A language may have a recording without a text of its own.
    storage::Migration { 7, R"sql(
CREATE TABLE article_audio (
    pack TEXT NOT NULL,
    article TEXT NOT NULL,
    lang TEXT NOT NULL,
    codec TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (pack, article, lang)
);
)sql" },
};

constexpr std::array tables = {
    ContentTable { "packs",
                   "pack, version, digest, content_date, region, default_language, languages, publisher" },
    ContentTable { "pack_texts", "pack, lang, title, disclaimer" },
    ContentTable { "topics", "pack, topic, position, icon" },
    ContentTable { "topic_texts", "pack, topic, lang, title, summary" },
    ContentTable { "articles", "pack, article, position, notice" },
    ContentTable { "article_topics", "pack, article, topic" },
    ContentTable { "article_texts", "pack, article, lang, title, summary, body, status, checked" },
    ContentTable { "article_sources", "pack, article, lang, position, url" },
    ContentTable { "article_audio", "pack, article, lang, codec, duration_ms, data" },
    ContentTable { "glossary_texts", "pack, lang, entry, position, term, explanation, status" },
    ContentTable { "procedures", "pack, procedure, position, track, notice" },
    ContentTable { "procedure_texts",
                   "pack, procedure, lang, title, summary, intro, status, checked, sources" },
    ContentTable {
        "procedure_steps",
        "pack, procedure, lang, step, position, title, event, who, prepare, rights, read, duration, "
        "description" },
    ContentTable { "procedure_deadlines",
                   "pack, procedure, lang, step, position, label, term, event, basis, source, note" },
    ContentTable { "contacts", "pack, contact, regions, hours, closed, verified, sources" },
    ContentTable { "contact_channels",
                   "pack, contact, position, kind, value, display, scope, hours, closed" },
    ContentTable { "contact_topics", "pack, contact, topic" },
    ContentTable { "contact_languages", "pack, contact, language" },
    ContentTable { "contact_texts", "pack, contact, lang, name, services, description, labels, status" },
};

} // namespace

std::span<const storage::Migration> contentMigrations()
{
    return migrations;
}

int contentSchemaVersion()
{
    return migrations.back().version;
}

std::span<const ContentTable> contentTables()
{
    return tables;
}

} // namespace rc::content
