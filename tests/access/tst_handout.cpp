#include "DistributionProfile.h"
#include "Handout.h"
#include "InstalledPack.h"
#include "LanguageController.h"
#include "platform/QrCode.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using rc::ui::Handout;

namespace {

const QString Pack = QStringLiteral("nl");
const QString Article = QStringLiteral("registration");

// Output of a poppler tool, or a failure that says what to do.
QString run(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(program, arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text as compared with pdftotext's output: pdftotext gives Arabic letters as their presentation forms
// (U+FExx, the shaped glyphs in the PDF) and adds bidi embedding marks around right-to-left runs, and
// it drops zero-width joiners and non-joiners. NFKC folds the presentation forms back to letters; all
// whitespace and format characters (bidi controls, ZWNJ) are removed on both sides. So are brackets
// and other mirrored characters: in right-to-left text the PDF holds the mirrored glyph, which
// pdftotext gives as the opposite bracket.
QString comparable(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (!c.isSpace() && c.category() != QChar::Other_Format && !c.hasMirrored())
            out.append(c);
    }
    return out;
}

// Whether `text` is in pdftotext's output `flat` (both through comparable()). pdftotext keeps the
// letters of a right-to-left run in logical order, but orders the runs of a line visually when
// numbers are among them: "آخر مراجعة: ٢٨ نوفمبر ٢٠٢٦" comes out as "٢٠٢٦ نوفمبر ٢٨ :آخر مراجعة".
// So for right-to-left text the words in reverse order are accepted too, and so is the whole string
// reversed (for poppler versions that write right-to-left runs in visual order).
bool containsText(const QString &flat, const QString &text, bool rightToLeft)
{
    if (flat.contains(comparable(text)))
        return true;
    if (!rightToLeft)
        return false;
    QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    std::reverse(words.begin(), words.end());
    QString reversed = comparable(text);
    std::reverse(reversed.begin(), reversed.end());
    return flat.contains(comparable(words.join(QLatin1Char(' ')))) || flat.contains(reversed);
}

int darkPixels(const QImage &image)
{
    int dark = 0;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            dark += line[x] < 100 ? 1 : 0;
    }
    return dark;
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT

private:
    InstalledPack m_pack;
    QTemporaryDir m_out;

    QString pdfText(const QString &file)
    {
        bool ok = false;
        const QString text
            = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), file, QStringLiteral("-") }, &ok);
        if (!ok)
            qWarning() << "pdftotext failed on" << file;
        return text;
    }

    // Checks what every handout must have: a PDF whose pages all render, the first one not blank, with
    // exactly one image that is the QR code of `qrTarget`, module for module.
    void checkPdf(const QString &file, const QString &qrTarget)
    {
        QFile pdf(file);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY(pdf.read(5) == "%PDF-");

        bool ok = false;
        const QString info = run(QStringLiteral("pdfinfo"), { file }, &ok);
        QVERIFY2(ok, "pdfinfo could not read the handout");
        const auto pagesLine
            = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
                  .match(info);
        QVERIFY2(pagesLine.hasMatch(), qPrintable(info));
        const int pages = pagesLine.captured(1).toInt();
        QVERIFY(pages >= 1);

        const QString renderDir
            = m_out.filePath(QFileInfo(file).completeBaseName() + QStringLiteral("-pages"));
        QVERIFY(QDir().mkpath(renderDir));
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), file,
              renderDir + QStringLiteral("/page") },
            &ok);
        QVERIFY2(ok, "pdftoppm could not render the handout");
        QStringList images
            = QDir(renderDir).entryList({ QStringLiteral("page*.png") }, QDir::Files, QDir::Name);
        QCOMPARE(images.size(), pages);
        for (const QString &name : std::as_const(images)) {
            const QImage page(QDir(renderDir).filePath(name));
            QVERIFY2(!page.isNull(), qPrintable(name));
            QVERIFY(page.width() > 300 && page.height() > 400); // A4 at 50 dpi: 413 x 585
        }
        const QImage first(QDir(renderDir).filePath(images.first()));
        QVERIFY2(darkPixels(first) > 1000, "the first page is (almost) blank");

        // The QR code, as embedded: one image, 8 pixels a module, quiet zone included, and dark exactly
        // where the code of the expected address is dark.
        const QString imageDir
            = m_out.filePath(QFileInfo(file).completeBaseName() + QStringLiteral("-images"));
        QVERIFY(QDir().mkpath(imageDir));
        run(QStringLiteral("pdfimages"), { QStringLiteral("-png"), file, imageDir + QStringLiteral("/img") },
            &ok);
        QVERIFY2(ok, "pdfimages could not read the handout");
        images = QDir(imageDir).entryList({ QStringLiteral("img*.png") }, QDir::Files, QDir::Name);
        QCOMPARE(images.size(), 1);
        const QImage qr
            = QImage(QDir(imageDir).filePath(images.first())).convertToFormat(QImage::Format_Grayscale8);
        const auto code = rc::platform::QrCode::encode(qrTarget);
        QVERIFY(!code.isNull());
        const int modules = code.size() + 2 * rc::platform::QrCode::QuietZone;
        QCOMPARE(qr.width(), qr.height());
        QCOMPARE(qr.width() % modules, 0);
        const int scale = qr.width() / modules;
        int darkModules = 0;
        for (int y = 0; y < modules; ++y) {
            for (int x = 0; x < modules; ++x) {
                const bool dark = qGray(qr.pixel(x * scale + scale / 2, y * scale + scale / 2)) < 128;
                const bool expected
                    = code.isDark(x - rc::platform::QrCode::QuietZone, y - rc::platform::QrCode::QuietZone);
                QVERIFY2(dark == expected, qPrintable(QStringLiteral("module %1,%2").arg(x).arg(y)));
                darkModules += dark ? 1 : 0;
            }
        }
        QVERIFY(darkModules > code.size()); // a pattern, not an empty square
    }

    // The QR code holds the distribution's support page when it has one, else the first https source
    // (see Handout::write).
    static QString expectedQr(const QStringList &sources)
    {
        const QString support = rc::ui::DistributionProfile::compiledIn().supportUrl;
        if (support.startsWith(QLatin1String("https://")))
            return support;
        const auto it = std::find_if(sources.cbegin(), sources.cend(), [](const QString &s) {
            return s.startsWith(QLatin1String("https://"));
        });
        return it == sources.cend() ? QString() : *it;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The checks read the PDF back with poppler's tools; without them they cannot run, and a skipped
        // test would hide that handouts are untested.
        for (const char *tool : { "pdftotext", "pdftoppm", "pdfinfo", "pdfimages" }) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL(qPrintable(
                    QStringLiteral("%1 is missing: run ./dev (it installs poppler-utils) and try again")
                        .arg(QString::fromLatin1(tool))));
        }
        QVERIFY(m_out.isValid());
        // RC_KEEP_HANDOUTS=1 keeps the PDFs and their renderings to look at.
        if (qEnvironmentVariableIsSet("RC_KEEP_HANDOUTS")) {
            m_out.setAutoRemove(false);
            qInfo() << "handouts in" << m_out.path();
        }
        QVERIFY(m_pack.install());
    }

    void article_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("ar") << QStringLiteral("ar") << true;
        QTest::newRow("ti") << QStringLiteral("ti") << false;
        QTest::newRow("en") << QStringLiteral("en") << false;
    }

    void article()
    {
        QFETCH(QString, language);
        QFETCH(bool, rightToLeft);
        const auto text = m_pack.store.article(Pack, Article, language);
        QVERIFY(text);
        QCOMPARE(text->language, language); // translated, so the handout really is in that language
        QVERIFY(!text->sources.isEmpty());

        Handout handout(&m_pack.store);
        const QString file = m_out.filePath(QStringLiteral("article-%1.pdf").arg(language));
        QCOMPARE(handout.saveArticle(Pack, Article, language, file), QString());
        QVERIFY(QFile::exists(file));

        const QString pdf = pdfText(file);
        const QString flat = comparable(pdf);
        const QString title = comparable(text->title);
        QVERIFY2(containsText(flat, text->title, rightToLeft),
                 qPrintable(QStringLiteral("title \"%1\" not in:\n%2").arg(text->title, pdf)));
        QVERIFY2(pdf.contains(text->sources.first()), qPrintable(pdf));
        const QString checked = Handout::formatDate(text->checked, language);
        QVERIFY(!checked.isEmpty());
        QVERIFY2(containsText(flat, checked, rightToLeft),
                 qPrintable(checked + QStringLiteral(" not in:\n") + pdf));
        if (language == QLatin1String("en")) {
            QVERIFY(pdf.contains(QLatin1String("Sources")));
            QVERIFY(pdf.contains(QLatin1String("Last checked: ")));
            QVERIFY(pdf.contains(QLatin1String("Printed: ")));
        }
        // Right-to-left: the text is set against the right margin. The first line, the app's name, is
        // short: in pdftotext's layout it starts far from the left edge in a right-to-left handout and
        // at the left margin in a left-to-right one.
        const QString appName = rc::ui::DistributionProfile::compiledIn().displayName;
        const QStringList lines = pdf.split(QLatin1Char('\n'));
        const auto nameLine = std::find_if(lines.cbegin(), lines.cend(),
                                           [&](const QString &line) { return line.contains(appName); });
        QVERIFY(nameLine != lines.cend());
        const qsizetype indent = nameLine->indexOf(QRegularExpression(QStringLiteral("\\S")));
        if (rightToLeft)
            QVERIFY2(indent > 30, qPrintable(*nameLine));
        else
            QVERIFY2(indent < 5, qPrintable(*nameLine));

        checkPdf(file, expectedQr(text->sources));
    }

    void machineTranslationSaysSo()
    {
        // English is the source, so its handout carries no translation notice.
        const auto english = m_pack.store.article(Pack, Article, QStringLiteral("en"));
        QVERIFY(english);
        QVERIFY(english->status != QLatin1String("machine"));
        Handout handout(&m_pack.store);
        const QString file = m_out.filePath(QStringLiteral("status-en.pdf"));
        QCOMPARE(handout.saveArticle(Pack, Article, QStringLiteral("en"), file), QString());
        QVERIFY(!pdfText(file).contains(QLatin1String("Machine translation")));

        // A machine-translated text: the notice is there, in the text's language when the app has the
        // words for it, else in English.
        for (const auto &known : rc::ui::LanguageController::known()) {
            const QString &language = known.code;
            const auto text = m_pack.store.article(Pack, Article, language);
            if (!text || text->status != QLatin1String("machine") || text->language != language)
                continue;
            const QString machine = m_out.filePath(QStringLiteral("status-%1.pdf").arg(language));
            QCOMPARE(handout.saveArticle(Pack, Article, language, machine), QString());
            const QString pdf = pdfText(machine);
            QTranslator translator;
            QString expected = QStringLiteral("Machine translation, not yet checked by a person");
            if (translator.load(QStringLiteral(":/i18n/rights-companion_%1.qm").arg(language))) {
                // The handout's own words, else the article page's (Handout reuses the page's translations).
                for (const char *context : { "rc::ui::Handout", "StatusBadge" }) {
                    const QString translated = translator.translate(context, expected.toUtf8().constData());
                    if (!translated.isEmpty()) {
                        expected = translated;
                        break;
                    }
                }
            }
            QVERIFY2(comparable(pdf).contains(comparable(expected)), qPrintable(pdf));
            return;
        }
        QFAIL("no article of the shipped pack has a machine-translated text: this check needs one");
    }

    void procedureInFarsi()
    {
        const QString language = QStringLiteral("fa");
        const auto procedures = m_pack.store.procedures(language);
        QVERIFY(!procedures.isEmpty());
        const QString id = procedures.first().id;
        const auto text = m_pack.store.procedure(Pack, id, language);
        QVERIFY(text);
        QCOMPARE(text->language, language);
        QVERIFY(!text->steps.isEmpty());

        Handout handout(&m_pack.store);
        const QString file = m_out.filePath(QStringLiteral("procedure-fa.pdf"));
        QCOMPARE(handout.saveProcedure(Pack, id, language, file), QString());
        const QString pdf = pdfText(file);
        const QString flat = comparable(pdf);
        QVERIFY2(containsText(flat, text->title, true), qPrintable(pdf));
        QVERIFY2(containsText(flat, text->steps.first().title, true), qPrintable(pdf));
        QVERIFY2(containsText(flat, text->steps.last().title, true), qPrintable(pdf));
        if (!text->sources.isEmpty())
            QVERIFY2(pdf.contains(text->sources.first()), qPrintable(pdf));
        QVERIFY(text->checked.isValid());
        // Farsi dates are in the Solar Hijri calendar with Persian digits, the Gregorian date beside.
        const QString checked = Handout::formatDate(text->checked, language);
        QVERIFY2(containsText(flat, checked, true), qPrintable(checked + QStringLiteral(" not in:\n") + pdf));
        checkPdf(file, expectedQr(text->sources));
    }

    void contactInEnglish()
    {
        const QString id = QStringLiteral("ind");
        const auto text = m_pack.store.contact(Pack, id, QStringLiteral("en"));
        QVERIFY(text);
        Handout handout(&m_pack.store);
        handout.setToday(QDate(2027, 3, 14));
        const QString file = m_out.filePath(QStringLiteral("contact-en.pdf"));
        QCOMPARE(handout.saveContact(Pack, id, QStringLiteral("en"), file), QString());
        const QString pdf = pdfText(file);
        const QString flat = comparable(pdf);
        QVERIFY2(flat.contains(comparable(text->name)), qPrintable(pdf));
        QVERIFY(!text->channels.isEmpty());
        for (const auto &channel : text->channels)
            QVERIFY2(flat.contains(comparable(channel.display)), qPrintable(channel.display));
        QVERIFY2(flat.contains(comparable(Handout::formatDate(text->verified, QStringLiteral("en")))),
                 qPrintable(pdf));
        QVERIFY2(flat.contains(comparable(QStringLiteral("Printed: ")
                                          + Handout::formatDate(QDate(2027, 3, 14), QStringLiteral("en")))),
                 qPrintable(pdf));
        // The QR code opens the contact's website (when the distribution names no support page).
        QString website;
        for (const auto &channel : text->channels) {
            if (channel.kind == QLatin1String("website") && website.isEmpty())
                website = channel.value;
        }
        const QString support = rc::ui::DistributionProfile::compiledIn().supportUrl;
        checkPdf(file,
                 support.startsWith(QLatin1String("https://")) ? support
                     : website.isEmpty()                       ? expectedQr(text->sources)
                                                               : website);
    }

    void folderThatDoesNotExist()
    {
        Handout handout(&m_pack.store);
        const QString file = m_out.filePath(QStringLiteral("missing/folder/article.pdf"));
        const QString error = handout.saveArticle(Pack, Article, QStringLiteral("en"), file);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(m_out.filePath(QStringLiteral("missing/folder"))), qPrintable(error));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QDir(m_out.filePath(QStringLiteral("missing"))).exists());
    }

    void unknownItems()
    {
        Handout handout(&m_pack.store);
        const QString file = m_out.filePath(QStringLiteral("unknown.pdf"));
        QVERIFY(!handout.saveArticle(Pack, QStringLiteral("no-such-article"), QStringLiteral("en"), file)
                     .isEmpty());
        QVERIFY(!handout.saveArticle(QStringLiteral("no-such-pack"), Article, QStringLiteral("en"), file)
                     .isEmpty());
        QVERIFY(!handout.saveProcedure(Pack, QStringLiteral("no-such-procedure"), QStringLiteral("en"), file)
                     .isEmpty());
        QVERIFY(!handout.saveContact(Pack, QStringLiteral("no-such-contact"), QStringLiteral("en"), file)
                     .isEmpty());
        QVERIFY(!QFile::exists(file));
        // Without content at all (a library that was never set).
        Handout empty;
        QVERIFY(!empty.saveArticle(Pack, Article, QStringLiteral("en"), file).isEmpty());
        QVERIFY(!QFile::exists(file));
    }

    void badPaths()
    {
        Handout handout(&m_pack.store);
        // Relative, empty, a folder, and a file: URL (what QML file dialogs give), which is accepted.
        QVERIFY(!handout.saveArticle(Pack, Article, QStringLiteral("en"), QStringLiteral("handout.pdf"))
                     .isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("handout.pdf")));
        QVERIFY(!handout.saveArticle(Pack, Article, QStringLiteral("en"), QString()).isEmpty());
        QVERIFY(!handout.saveArticle(Pack, Article, QStringLiteral("en"), m_out.path()).isEmpty());
        const QString file = m_out.filePath(QStringLiteral("from url.pdf"));
        QCOMPARE(
            handout.saveArticle(Pack, Article, QStringLiteral("en"), QUrl::fromLocalFile(file).toString()),
            QString());
        QVERIFY(QFile::exists(file));
    }

    void replacesAnExistingFileWhole()
    {
        // Saving again over an older handout replaces it; no temporary file is left beside it.
        Handout handout(&m_pack.store);
        const QString folder = m_out.filePath(QStringLiteral("again"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = QDir(folder).filePath(QStringLiteral("handout.pdf"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(200000, 'x'));
        }
        QCOMPARE(handout.saveArticle(Pack, Article, QStringLiteral("ar"), file), QString());
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("handout.pdf") });
    }

    void defaultPathIsInDocuments()
    {
        Handout handout(&m_pack.store);
        const QString path = handout.defaultPath(QStringLiteral("registration"), QStringLiteral("ar"));
        QVERIFY(path.endsWith(QLatin1String("/registration-ar.pdf")));
        QVERIFY(QFileInfo(path).isAbsolute());
        // A hostile name cannot leave the folder.
        const QString hostile = handout.defaultPath(QStringLiteral("../../etc/passwd"), QStringLiteral("en"));
        QCOMPARE(QFileInfo(hostile).absolutePath(), QFileInfo(path).absolutePath());
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
