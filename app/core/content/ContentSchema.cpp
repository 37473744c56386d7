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
    ContentTable { "glossary_texts", "pack, lang, entry, position, term, explanation, status" },
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
