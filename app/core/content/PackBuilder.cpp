#include "PackBuilder.h"

#include "ContentSchema.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <cstdio>

namespace rc::content {

namespace {

// The procedures: structure from the default language, texts in every language the pack has.
bool writeProcedures(storage::Database &db, const PackSource &pack, QString *error)
{
    auto fail = [&](const QString &what) {
        *error = QStringLiteral("%1: %2").arg(what, db.lastError());
        return false;
    };
    const PackMetadata &meta = pack.metadata;
    auto insertProcedure = db.prepare(QStringLiteral(
        "INSERT INTO procedures (pack, procedure, position, track, notice) VALUES (?1, ?2, ?3, ?4, ?5)"));
    auto insertText = db.prepare(
        QStringLiteral("INSERT INTO procedure_texts (pack, procedure, lang, title, summary, intro, status, "
                       "checked, sources) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    auto insertStep = db.prepare(QStringLiteral(
        "INSERT INTO procedure_steps (pack, procedure, lang, step, position, title, event, who, prepare, "
        "rights, read, duration, description) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"));
    auto insertDeadline = db.prepare(QStringLiteral(
        "INSERT INTO procedure_deadlines (pack, procedure, lang, step, position, label, term, event, basis, "
        "source, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    const QChar lf = QLatin1Char('\n');
    for (const Procedure &procedure : pack.procedures) {
        const ProcedureFile &original = procedure.translations.value(meta.defaultLanguage);
        if (!insertProcedure.bind(1, meta.id)
                 .bind(2, procedure.id)
                 .bind(3, original.order)
                 .bind(4, original.track)
                 .bind(5, original.notice)
                 .exec())
            return fail(QStringLiteral("cannot write procedure %1").arg(procedure.id));
        for (auto it = procedure.translations.begin(); it != procedure.translations.end(); ++it) {
            const ProcedureFile &file = it.value();
            const QString where = QStringLiteral("procedure %1 (%2)").arg(procedure.id, it.key());
            if (!insertText.bind(1, meta.id)
                     .bind(2, procedure.id)
                     .bind(3, it.key())
                     .bind(4, file.title)
                     .bind(5, file.summary)
                     .bind(6, file.intro)
                     .bind(7, toString(file.effectiveStatus()))
                     .bind(8, file.checked.toString(Qt::ISODate))
                     .bind(9, file.sources.join(lf))
                     .exec())
                return fail(QStringLiteral("cannot write %1").arg(where));
            for (int position = 0; position < file.steps.size(); ++position) {
                const ProcedureFile::Step &step = file.steps.at(position);
                if (!insertStep.bind(1, meta.id)
                         .bind(2, procedure.id)
                         .bind(3, it.key())
                         .bind(4, step.id)
                         .bind(5, position)
                         .bind(6, step.title)
                         .bind(7, step.event)
                         .bind(8, step.who)
                         .bind(9, step.prepare.join(lf))
                         .bind(10, step.rights.join(lf))
                         .bind(11, step.read.join(QLatin1Char(',')))
                         .bind(12, step.duration)
                         .bind(13, step.description)
                         .exec())
                    return fail(QStringLiteral("cannot write step %1 of %2").arg(step.id, where));
                for (int d = 0; d < step.deadlines.size(); ++d) {
                    const ProcedureFile::Deadline &deadline = step.deadlines.at(d);
                    if (!insertDeadline.bind(1, meta.id)
                             .bind(2, procedure.id)
                             .bind(3, it.key())
                             .bind(4, step.id)
                             .bind(5, d)
                             .bind(6, deadline.label)
                             .bind(7, deadline.term)
                             .bind(8, deadline.from)
                             .bind(9, deadline.basis)
                             .bind(10, deadline.source)
                             .bind(11, deadline.note)
                             .exec())
                        return fail(QStringLiteral("cannot write the deadlines of step %1 of %2")
                                        .arg(step.id, where));
                }
            }
        }
    }
    return true;
}

// The contacts: structure from the default language, texts (with channel labels) in every language.
bool writeContacts(storage::Database &db, const PackSource &pack, QString *error)
{
    auto fail = [&](const QString &what) {
        *error = QStringLiteral("%1: %2").arg(what, db.lastError());
        return false;
    };
    const PackMetadata &meta = pack.metadata;
    auto insertContact = db.prepare(
        QStringLiteral("INSERT INTO contacts (pack, contact, regions, hours, closed, verified, sources) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    auto insertChannel = db.prepare(QStringLiteral(
        "INSERT INTO contact_channels (pack, contact, position, kind, value, display, scope, hours, closed) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    auto insertTopic
        = db.prepare(QStringLiteral("INSERT INTO contact_topics (pack, contact, topic) VALUES (?1, ?2, ?3)"));
    auto insertLanguage = db.prepare(
        QStringLiteral("INSERT INTO contact_languages (pack, contact, language) VALUES (?1, ?2, ?3)"));
    auto insertText = db.prepare(
        QStringLiteral("INSERT INTO contact_texts (pack, contact, lang, name, services, description, labels, "
                       "status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    const QChar lf = QLatin1Char('\n');
    for (const Contact &contact : pack.contacts) {
        const ContactFile &original = contact.translations.value(meta.defaultLanguage);
        const QString where = QStringLiteral("contact %1").arg(contact.id);
        if (!insertContact.bind(1, meta.id)
                 .bind(2, contact.id)
                 .bind(3, original.regions.join(QLatin1Char(',')))
                 .bind(4, original.hours)
                 .bind(5, original.closed)
                 .bind(6, original.verified.toString(Qt::ISODate))
                 .bind(7, original.sources.join(lf))
                 .exec())
            return fail(QStringLiteral("cannot write %1").arg(where));
        for (int position = 0; position < original.channels.size(); ++position) {
            const ContactFile::Channel &channel = original.channels.at(position);
            if (!insertChannel.bind(1, meta.id)
                     .bind(2, contact.id)
                     .bind(3, position)
                     .bind(4, channel.kind)
                     .bind(5, channel.value)
                     .bind(6, channel.display)
                     .bind(7, ContactFile::toString(channel.scope))
                     .bind(8, channel.hours)
                     .bind(9, channel.closed)
                     .exec())
                return fail(QStringLiteral("cannot write the channels of %1").arg(where));
        }
        for (const QString &topic : original.topics) {
            if (!insertTopic.bind(1, meta.id).bind(2, contact.id).bind(3, topic).exec())
                return fail(QStringLiteral("cannot write the topics of %1").arg(where));
        }
        for (const QString &language : original.spokenLanguages) {
            if (!insertLanguage.bind(1, meta.id).bind(2, contact.id).bind(3, language).exec())
                return fail(QStringLiteral("cannot write the languages of %1").arg(where));
        }
        for (auto it = contact.translations.begin(); it != contact.translations.end(); ++it) {
            const ContactFile &file = it.value();
            QStringList labels;
            for (const ContactFile::Channel &channel : file.channels)
                labels.append(channel.label);
            if (!insertText.bind(1, meta.id)
                     .bind(2, contact.id)
                     .bind(3, it.key())
                     .bind(4, file.name)
                     .bind(5, file.services)
                     .bind(6, file.description)
                     .bind(7, labels.join(lf))
                     .bind(8, toString(file.effectiveStatus()))
                     .exec())
                return fail(QStringLiteral("cannot write %1 (%2)").arg(where, it.key()));
        }
    }
    return true;
}

bool writePack(storage::Database &db, const PackSource &pack, QString *error)
{
    auto fail = [&](const QString &what) {
        *error = QStringLiteral("%1: %2").arg(what, db.lastError());
        return false;
    };
    QString migrationError;
    if (storage::migrate(db, contentMigrations(), &migrationError) != storage::MigrationResult::Ok) {
        *error = migrationError;
        return false;
    }
    storage::Transaction tx(db);
    if (!tx.isActive())
        return fail(QStringLiteral("cannot start writing"));

    const PackMetadata &meta = pack.metadata;
    const QString packId = meta.id;
    auto insertPack = db.prepare(QStringLiteral("INSERT INTO packs VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!insertPack.bind(1, packId)
             .bind(2, meta.version)
             .bind(3, QString::fromLatin1(pack.digest.toHex()))
             .bind(4, pack.contentDate.toString(Qt::ISODate))
             .bind(5, meta.region)
             .bind(6, meta.defaultLanguage)
             .bind(7, meta.languages.join(QLatin1Char(',')))
             .bind(8, meta.publisher)
             .exec())
        return fail(QStringLiteral("cannot write the pack record"));

    auto insertPackText = db.prepare(QStringLiteral("INSERT INTO pack_texts VALUES (?1, ?2, ?3, ?4)"));
    for (const QString &lang : meta.languages) {
        if (!meta.title.contains(lang) && !meta.disclaimer.contains(lang))
            continue;
        const QString title = meta.title.value(lang, meta.title.value(meta.defaultLanguage));
        const QString disclaimer = meta.disclaimer.value(lang, meta.disclaimer.value(meta.defaultLanguage));
        if (!insertPackText.bind(1, packId).bind(2, lang).bind(3, title).bind(4, disclaimer).exec())
            return fail(QStringLiteral("cannot write the pack texts"));
    }

    auto insertTopic = db.prepare(QStringLiteral("INSERT INTO topics VALUES (?1, ?2, ?3, ?4)"));
    auto insertTopicText = db.prepare(QStringLiteral("INSERT INTO topic_texts VALUES (?1, ?2, ?3, ?4, ?5)"));
    for (int i = 0; i < pack.topics.size(); ++i) {
        const Topic &topic = pack.topics.at(i);
        if (!insertTopic.bind(1, packId).bind(2, topic.id).bind(3, i).bind(4, topic.icon).exec())
            return fail(QStringLiteral("cannot write topic %1").arg(topic.id));
        for (auto it = topic.title.begin(); it != topic.title.end(); ++it) {
            if (!insertTopicText.bind(1, packId)
                     .bind(2, topic.id)
                     .bind(3, it.key())
                     .bind(4, it.value())
                     .bind(5, topic.summary.value(it.key()))
                     .exec())
                return fail(QStringLiteral("cannot write topic %1").arg(topic.id));
        }
    }

    auto insertArticle = db.prepare(
        QStringLiteral("INSERT INTO articles (pack, article, position, notice) VALUES (?1, ?2, ?3, ?4)"));
    auto insertArticleTopic = db.prepare(QStringLiteral("INSERT INTO article_topics VALUES (?1, ?2, ?3)"));
    auto insertText
        = db.prepare(QStringLiteral("INSERT INTO article_texts VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    auto insertSource = db.prepare(QStringLiteral("INSERT INTO article_sources VALUES (?1, ?2, ?3, ?4, ?5)"));
    auto insertAudio = db.prepare(QStringLiteral("INSERT INTO article_audio (pack, article, lang, codec, "
                                                 "duration_ms, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    for (const Article &article : pack.articles) {
        const ArticleFile &original = article.translations.value(meta.defaultLanguage);
        // The notice, like topics and order, is the original's.
        if (!insertArticle.bind(1, packId)
                 .bind(2, article.id)
                 .bind(3, original.order)
                 .bind(4, original.notice)
                 .exec())
            return fail(QStringLiteral("cannot write article %1").arg(article.id));
        // Topics and order come from the default language: translations follow the original.
        for (const QString &topic : original.topics) {
            if (!insertArticleTopic.bind(1, packId).bind(2, article.id).bind(3, topic).exec())
                return fail(QStringLiteral("cannot write article %1").arg(article.id));
        }
        for (auto it = article.translations.begin(); it != article.translations.end(); ++it) {
            const ArticleFile &file = it.value();
            if (!insertText.bind(1, packId)
                     .bind(2, article.id)
                     .bind(3, it.key())
                     .bind(4, file.title)
                     .bind(5, file.summary)
                     .bind(6, file.body)
                     .bind(7, toString(file.effectiveStatus()))
                     .bind(8, file.checked.toString(Qt::ISODate))
                     .exec())
                return fail(QStringLiteral("cannot write article %1 (%2)").arg(article.id, it.key()));
            for (int i = 0; i < file.sources.size(); ++i) {
                if (!insertSource.bind(1, packId)
                         .bind(2, article.id)
                         .bind(3, it.key())
                         .bind(4, i)
                         .bind(5, file.sources.at(i))
                         .exec())
                    return fail(QStringLiteral("cannot write the sources of article %1").arg(article.id));
            }
        }
        for (auto it = article.recordings.begin(); it != article.recordings.end(); ++it) {
            if (!insertAudio.bind(1, packId)
                     .bind(2, article.id)
                     .bind(3, it.key())
                     .bind(4, QStringLiteral("opus"))
                     .bind(5, it->info.durationMs)
                     .bind(6, it->data)
                     .exec())
                return fail(QStringLiteral("cannot write the recording of article %1 (%2)")
                                .arg(article.id, it.key()));
        }
    }
    // Every language's entries, in the order of the original glossary.
    auto insertEntry = db.prepare(
        QStringLiteral("INSERT INTO glossary_texts (pack, lang, entry, position, term, explanation, status) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    const GlossaryFile original = pack.glossary.value(meta.defaultLanguage);
    for (auto it = pack.glossary.begin(); it != pack.glossary.end(); ++it) {
        for (int position = 0; position < original.entries.size(); ++position) {
            const GlossaryFile::Entry *entry = it->find(original.entries.at(position).id);
            if (!entry)
                continue;
            if (!insertEntry.bind(1, packId)
                     .bind(2, it.key())
                     .bind(3, entry->id)
                     .bind(4, position)
                     .bind(5, entry->term)
                     .bind(6, entry->explanation)
                     .bind(7, toString(it->effectiveStatus()))
                     .exec())
                return fail(QStringLiteral("cannot write glossary entry %1 (%2)").arg(entry->id, it.key()));
        }
    }
    if (!writeProcedures(db, pack, error))
        return false;
    if (!writeContacts(db, pack, error))
        return false;
    if (!tx.commit())
        return fail(QStringLiteral("cannot finish writing"));
    return true;
}

} // namespace

QString PackBuilder::build(const PackSource &pack, const QString &outputDir, QString *error)
{
    if (!QDir().mkpath(outputDir)) {
        *error = QStringLiteral("cannot create the folder %1").arg(outputDir);
        return {};
    }
    const QString target = QDir(outputDir).filePath(fileNameFor(pack.metadata.id));
    QTemporaryFile temp(target + QStringLiteral(".XXXXXX.tmp"));
    if (!temp.open()) {
        *error = QStringLiteral("cannot create a file in %1: %2").arg(outputDir, temp.errorString());
        return {};
    }
    const QString tempPath = temp.fileName();
    temp.close();
    {
        storage::Database db;
        if (!db.open(tempPath, storage::Database::Mode::ReadWriteCreate)
            || !db.exec(QStringLiteral("PRAGMA journal_mode=MEMORY; PRAGMA page_size=4096;"))) {
            *error = QStringLiteral("cannot create %1: %2").arg(tempPath, db.lastError());
            return {};
        }
        // The schema has the search tables; a pack leaves them empty (the app indexes what it installs).
        if (!writePack(db, pack, error))
            return {};
        // A compact file, identical for identical input.
        if (!db.exec(QStringLiteral("VACUUM"))) {
            *error = db.lastError();
            return {};
        }
    }
    // QTemporaryFile made the file private (0600); a pack is published for others to read.
    QFile::setPermissions(tempPath,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target).constData()) != 0) {
        *error = QStringLiteral("cannot move the pack into place at %1").arg(target);
        return {};
    }
    temp.setAutoRemove(false);
    return target;
}

} // namespace rc::content
