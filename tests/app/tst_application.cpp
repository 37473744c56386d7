// The rights-companion executable as a user or a packager meets it: start-up self-test, screenshots,
// and starting with damaged or missing content.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString app = QStringLiteral(RC_BINARY_DIR "/bin/rights-companion");
const QString bundledPack = QStringLiteral(RC_BINARY_DIR "/share/rights-companion/content/nl.rcpack");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(app, arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A rendered page has text and colour in it: a blank or single-colour image means nothing was drawn.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(app), qPrintable(app));
        QVERIFY2(QFile::exists(bundledPack), qPrintable(bundledPack));
    }

    void selfTestVisitsEveryPage()
    {
        const Run result = run({ QStringLiteral("--self-test") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String(
                     "self-test: ok, 17 pages loaded, 6 of them again with the vault unlocked")),
                 qPrintable(result.out));
        QVERIFY2(!result.out.contains(QLatin1String("notice shown to the user")), qPrintable(result.out));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        QTest::newRow("home, phone, en") << QStringLiteral("home") << QStringLiteral("en") << QSize(360, 740);
        QTest::newRow("topic, phone, nl")
            << QStringLiteral("topic") << QStringLiteral("nl") << QSize(360, 740);
        QTest::newRow("article, desktop, nl")
            << QStringLiteral("article") << QStringLiteral("nl") << QSize(1280, 800);
        QTest::newRow("glossary, phone, nl")
            << QStringLiteral("glossary") << QStringLiteral("nl") << QSize(360, 740);
        QTest::newRow("language, desktop, en")
            << QStringLiteral("language") << QStringLiteral("en") << QSize(1280, 800);
        QTest::newRow("settings, phone, nl")
            << QStringLiteral("settings") << QStringLiteral("nl") << QSize(360, 740);
    }
    void screenshots()
    {
        QFETCH(QString, page);
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        const Run result = run({ QStringLiteral("--screenshot"), file, QStringLiteral("--page"), page,
                                 QStringLiteral("--lang"), lang, QStringLiteral("--size"),
                                 QStringLiteral("%1x%2").arg(size.width()).arg(size.height()) });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        QVERIFY2(distinctColours(image) > 20, "the page looks blank");
    }

    void screenshotOfAnUnknownPageFails()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        const Run result = run(
            { QStringLiteral("--screenshot"), file, QStringLiteral("--page"), QStringLiteral("nowhere") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("no page called 'nowhere'")));
        QVERIFY(!QFile::exists(file));
    }

    void aBadSizeIsExplained()
    {
        QTemporaryDir dir;
        const Run result = run({ QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                                 QStringLiteral("--size"), QStringLiteral("huge") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("--size takes WIDTHxHEIGHT")));
    }

    void aDamagedContentDatabaseIsSetAsideAndContentReinstalled()
    {
        QTemporaryDir data;
        QFile garbage(data.filePath(QStringLiteral("content.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\xA5'));
        garbage.close();

        const Run result = run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String("The content database was damaged")),
                 qPrintable(result.out));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("content.sqlite.damaged"))));
        // The self-test's throwaway vault never lands in the data folder it was pointed at.
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("vault/vault.rcv"))));

        // The second start finds a healthy database with the content in it: no notice any more.
        const Run again = run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path() });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.out.contains(QLatin1String("notice shown to the user")), qPrintable(again.out));
    }

    void aTruncatedBundledPackDoesNotStopTheApp()
    {
        QTemporaryDir content;
        QFile source(bundledPack);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile truncated(content.filePath(QStringLiteral("nl.rcpack")));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(source.read(source.size() / 2));
        truncated.close();

        const Run result
            = run({ QStringLiteral("--self-test"), QStringLiteral("--content-dir"), content.path() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String("nl.rcpack")), qPrintable(result.out));
    }

    void truncatedPackKeepsContentThatWasAlreadyInstalled()
    {
        QTemporaryDir data;
        QCOMPARE(run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path() }).exitCode,
                 0);

        QTemporaryDir content;
        QFile source(bundledPack);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        // Same size, damaged in the middle: the kind of thing a bad USB stick does.
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 4096 && i < bytes.size(); ++i)
            bytes[i] = char(0xFF);
        QFile damaged(content.filePath(QStringLiteral("nl.rcpack")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(bytes);
        damaged.close();

        QTemporaryDir shots;
        const QString file = shots.filePath(QStringLiteral("home.png"));
        const Run result = run({ QStringLiteral("--screenshot"), file, QStringLiteral("--data-dir"),
                                 data.path(), QStringLiteral("--content-dir"), content.path() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const Run selfTest = run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path(),
                                   QStringLiteral("--content-dir"), content.path() });
        QCOMPARE(selfTest.exitCode, 0);
        // The article page still found an article: the installed content survived.
        QVERIFY2(!selfTest.out.contains(QLatin1String("FAIL")), qPrintable(selfTest.out));
    }

    void missingBundledContentIsExplained()
    {
        QTemporaryDir empty;
        const Run result
            = run({ QStringLiteral("--self-test"), QStringLiteral("--content-dir"), empty.path() });
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QLatin1String("No bundled content was found")));
    }

    // Every one of the twelve languages has its interface translation in the app: starting in any of
    // them works and reports no missing translation. (The fallback when a translation is missing is
    // tested in tst_languagecontroller, with a folder that lacks one.)
    void everyLanguageHasItsInterface_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : { "en", "nl", "ar", "fa", "prs", "ps", "ti", "tr", "ckb", "so", "uk", "fr" })
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void everyLanguageHasItsInterface()
    {
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("home.png"));
        const Run result = run({ QStringLiteral("--screenshot"), png, QStringLiteral("--lang"), code });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.err.contains(QLatin1String("not available")), qPrintable(result.err));
        QVERIFY(QFileInfo(png).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
