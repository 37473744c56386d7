// Pictograms, so that the app can be used without reading: every topic icon of the bundled pack and every
// pictogram the QML names has an SVG that Qt draws, at 24 and at 96 pixels, in one colour; no SVG in
// assets/pictograms is left unused; the home page shows a pictogram on every topic tile, hidden from
// screen readers; only directional pictograms mirror in Arabic; and `rcpack lint` warns about a topic
// icon the app has no pictogram for.
#include "InterfaceServices.h"
#include "Pictograms.h"
#include "ScreenChecks.h"
#include "content/ContactFile.h"
#include "content/Pictograms.h"

#include <QAccessible>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(RightsCompanion_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(RightsCompanionPlugin)

using screenchecks::findItem;
using screenchecks::Items;
using screenchecks::walk;

namespace {

const QString pictogramFolder = QStringLiteral(RC_SOURCE_DIR "/assets/pictograms");

// The main actions of the app, drawn whether or not a page shows them yet (the read-aloud player
// uses "listen", for example).
const QStringList mainActions {
    QStringLiteral("home"),     QStringLiteral("search"),  QStringLiteral("language"),
    QStringLiteral("settings"), QStringLiteral("back"),    QStringLiteral("contacts"),
    QStringLiteral("timeline"), QStringLiteral("vault"),   QStringLiteral("print"),
    QStringLiteral("listen"),   QStringLiteral("call"),    QStringLiteral("email"),
    QStringLiteral("website"),  QStringLiteral("chat"),    QStringLiteral("copy"),
    QStringLiteral("map"),      QStringLiteral("updates"), QStringLiteral("lock"),
};

QStringList svgFiles()
{
    QStringList names;
    const auto files = QDir(pictogramFolder).entryList({ QStringLiteral("*.svg") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(4));
    return names;
}

// The pictogram drawn at `size` pixels through Qt's image plugin, as the interface draws it.
QImage render(const QString &name, int size, QString *error)
{
    QImageReader reader(rc::ui::Pictograms::resourcePath(name));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull())
        *error = QStringLiteral("%1 at %2 px: %3 (is Qt's SVG image plugin installed? Debian: libqt6svg6)")
                     .arg(name)
                     .arg(size)
                     .arg(reader.errorString());
    return image.convertToFormat(QImage::Format_ARGB32);
}

// The share of pixels that are (nearly) opaque, and whether all visible pixels have the same colour.
struct Coverage
{
    double solid = 0; // alpha >= 200
    bool oneColour = true;
};

Coverage coverage(const QImage &image)
{
    Coverage result;
    int solid = 0;
    QRgb first = 0;
    bool seen = false;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) >= 200)
                ++solid;
            if (qAlpha(pixel) == 255) {
                const QRgb colour = pixel & 0x00ffffff;
                if (seen && colour != first)
                    result.oneColour = false;
                first = colour;
                seen = true;
            }
        }
    }
    result.solid = double(solid) / (image.width() * image.height());
    return result;
}

// The names the QML writes as literals: `Pictograms.source("home")`, and `pictogram: "home"` (a
// Pictogram item's property, or a key in a model).
QMap<QString, QString> namesInQml()
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("Pictograms\\.source\\(\\s*\"([^\"]*)\"\\s*\\)")),
        QRegularExpression(QStringLiteral("\\bpictogram\\s*:\\s*\"([^\"]*)\"")),
    };
    QMap<QString, QString> found; // name -> first file that uses it
    QDirIterator it(QStringLiteral(RC_SOURCE_DIR "/qml"), { QStringLiteral("*.qml") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpression &pattern : patterns) {
            for (auto match = pattern.globalMatch(text); match.hasNext();) {
                const QString name = match.next().captured(1);
                if (!found.contains(name))
                    found.insert(name, QDir(QStringLiteral(RC_SOURCE_DIR)).relativeFilePath(path));
            }
        }
    }
    return found;
}

QStringList bundledTopicIcons()
{
    rc::content::Diagnostics diagnostics;
    const auto pack = rc::content::PackSource::load(QStringLiteral(RC_SOURCE_DIR "/content/nl"),
                                                    QDate::currentDate(), diagnostics);
    QStringList icons;
    for (const auto &topic : pack.topics)
        icons.append(topic.icon);
    return icons;
}

// The images under `root` that show a pictogram: Pictogram items and the icons of buttons.
QList<QQuickItem *> pictogramImages(QQuickItem *root)
{
    QList<QQuickItem *> images;
    walk(root, Items::Visible, [&](QQuickItem *item) {
        if (item->inherits("QQuickImage")
            && item->property("source").toUrl().toString().contains(QLatin1String("/pictograms/")))
            images.append(item);
    });
    return images;
}

QString pictogramName(const QQuickItem *image)
{
    return image->property("source").toUrl().fileName().chopped(4);
}

// Whether QML set `Accessible.ignored: true` on the item (the attached object is its child).
bool accessibleIgnored(const QQuickItem *item)
{
    const auto children = item->children();
    for (const QObject *child : children) {
        if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0)
            return child->property("ignored").toBool();
    }
    return false;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

} // namespace

class TestPictograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_app.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(!svgFiles().isEmpty(), qPrintable(QStringLiteral("no SVG files in ") + pictogramFolder));
    }

    void cleanupTestCase() { m_app.unloadInterface(); }

    // The names rc_core was built with are the files in the folder (the build configures itself again
    // when a file is added or removed): the lint and the interface agree with what is there.
    void compiledListIsTheFolder() { QCOMPARE(rc::content::pictogramNames(), svgFiles()); }

    void drawnClearly_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : svgFiles())
            QTest::newRow(qPrintable(name)) << name;
    }

    // Each file is a 24 x 24 drawing without text; Qt draws it at 24 and 96 pixels in one colour, with
    // enough solid area to be seen at 24 pixels and enough space around it to be a shape, not a block.
    void drawnClearly()
    {
        QFETCH(QString, name);
        QFile file(rc::ui::Pictograms::resourcePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(name + QStringLiteral(".svg is not in the QML module's resources")));
        const QByteArray svg = file.readAll();
        QVERIFY2(svg.contains("viewBox=\"0 0 24 24\""), "the drawing must be on a 24 x 24 grid");
        QVERIFY2(!svg.contains("<text") && !svg.contains("<tspan"), "a pictogram has no text in it");
        QVERIFY2(!svg.contains("<image"), "a pictogram is drawn, not a picture embedded in an SVG");
        for (const int size : { 24, 96 }) {
            QString error;
            const QImage image = render(name, size, &error);
            QVERIFY2(!image.isNull(), qPrintable(error));
            QCOMPARE(image.size(), QSize(size, size));
            const Coverage drawn = coverage(image);
            QVERIFY2(drawn.solid >= 0.15 && drawn.solid <= 0.75,
                     qPrintable(QStringLiteral("%1 at %2 px: %3% of the pixels are solid; a bold pictogram "
                                               "has between 15% and 75%")
                                    .arg(name)
                                    .arg(size)
                                    .arg(qRound(drawn.solid * 100))));
            QVERIFY2(drawn.oneColour, qPrintable(name + QStringLiteral(" uses more than one colour")));
        }
    }

    // Every topic of the bundled pack has its pictogram, and so has every name the QML uses.
    void everyNameHasAPictogram()
    {
        const QStringList files = svgFiles();
        QStringList missing;
        for (const QString &icon : bundledTopicIcons()) {
            if (!files.contains(icon))
                missing.append(QStringLiteral("topic icon '%1' (content/nl/topics.json)").arg(icon));
        }
        const QMap<QString, QString> used = namesInQml();
        // The scan finds what the pages write (if it found nothing, it would prove nothing).
        for (const char *expected :
             { "home", "vault", "settings", "back", "print", "copy", "map", "glossary" })
            QVERIFY2(used.contains(QString::fromLatin1(expected)),
                     qPrintable(QStringLiteral("the QML scan did not find the pictogram '%1'")
                                    .arg(QString::fromLatin1(expected))));
        for (auto it = used.cbegin(); it != used.cend(); ++it) {
            if (!files.contains(it.key()))
                missing.append(QStringLiteral("'%1' (%2)").arg(it.key(), it.value()));
        }
        for (const QString &kind : rc::content::ContactFile::channelKinds()) {
            const QString name = rc::ui::Pictograms::forChannel(kind);
            if (name.isEmpty() || !files.contains(name))
                missing.append(QStringLiteral("'%1' for contact channels of kind %2").arg(name, kind));
        }
        for (const QString &name : rc::ui::Pictograms::directionalNames()) {
            if (!files.contains(name))
                missing.append(QStringLiteral("'%1' (directional)").arg(name));
        }
        for (const QString &name : mainActions) {
            if (!files.contains(name))
                missing.append(QStringLiteral("'%1' (main action)").arg(name));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no SVG in assets/pictograms for:\n  ")
                            + missing.join(QStringLiteral("\n  "))));
        // A name without a file gives no image rather than a broken one.
        QVERIFY(rc::ui::Pictograms::source(QStringLiteral("no-such-pictogram")).isEmpty());
        QCOMPARE(rc::ui::Pictograms::source(QStringLiteral("home")),
                 QUrl(QStringLiteral("qrc:/RightsCompanion/pictograms/home.svg")));
    }

    // No dead files: each SVG is a topic icon, named by the QML or C++, or one of the main actions.
    void noUnusedFiles()
    {
        QSet<QString> known(mainActions.cbegin(), mainActions.cend());
        for (const QString &icon : bundledTopicIcons())
            known.insert(icon);
        for (const QString &name : namesInQml().keys())
            known.insert(name);
        for (const QString &kind : rc::content::ContactFile::channelKinds())
            known.insert(rc::ui::Pictograms::forChannel(kind));
        QStringList unused;
        for (const QString &name : svgFiles()) {
            if (!known.contains(name))
                unused.append(name + QStringLiteral(".svg"));
        }
        QVERIFY2(
            unused.isEmpty(),
            qPrintable(QStringLiteral("assets/pictograms holds files nothing uses: ") + unused.join(u' ')));
    }

    // `rcpack lint` warns, at the line of the icon, when a topic's icon has no pictogram; the pack still
    // builds (a warning, not an error), and the bundled pack has no such warning.
    void lintWarnsAboutAMissingPictogram()
    {
        const QString pack = m_app.data.filePath(QStringLiteral("lint-pack"));
        QVERIFY(copyFolder(QStringLiteral(RC_TEST_DATA "/packs/minimal"), pack));
        QFile topics(pack + QStringLiteral("/topics.json"));
        QVERIFY(topics.open(QIODevice::ReadOnly));
        QByteArray json = topics.readAll();
        topics.close();
        const QByteArray before = "\"icon\": \"legal-help\"";
        QVERIFY2(json.contains(before),
                 "the minimal fixture changed: it has no topic with the legal-help icon");
        const int line = int(json.left(json.indexOf(before)).count('\n')) + 1;
        json.replace(before, "\"icon\": \"no-such-pictogram\"");
        QVERIFY(topics.open(QIODevice::WriteOnly | QIODevice::Truncate));
        topics.write(json);
        topics.close();

        const QString rcpack = QStringLiteral(RC_BINARY_DIR "/bin/rcpack");
        QVERIFY2(QFileInfo(rcpack).isExecutable(), qPrintable(rcpack + QStringLiteral(" is not built")));
        const auto lint = [&](const QString &source, QString *errors) {
            QProcess process;
            process.start(rcpack, { QStringLiteral("lint"), source });
            if (!process.waitForFinished(60000))
                return -1;
            *errors = QString::fromUtf8(process.readAllStandardError());
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QString errors;
        QCOMPARE(lint(pack, &errors), 0);
        const QString expected
            = QStringLiteral("%1/topics.json:%2: warning: topic 'legal-help': the app has no "
                             "pictogram 'no-such-pictogram' (assets/pictograms), so its tile "
                             "shows none")
                  .arg(pack)
                  .arg(line);
        QVERIFY2(errors.contains(expected),
                 qPrintable(QStringLiteral("expected\n  ") + expected + QStringLiteral("\nin\n") + errors));
        QCOMPARE(errors.split(u'\n').filter(QStringLiteral("has no pictogram")).size(), 1);

        QCOMPARE(lint(QStringLiteral(RC_SOURCE_DIR "/content/nl"), &errors), 0);
        QVERIFY2(!errors.contains(QStringLiteral("has no pictogram")), qPrintable(errors));
    }

    // The home page as a person sees it: a large pictogram on every topic tile, drawn (dark pixels on
    // the page) and skipped by screen readers, while the tile keeps its name.
    void homeShowsAPictogramPerTopic()
    {
        QVERIFY(loadInterface());
        QVERIFY(showIn(QStringLiteral("en"), QStringLiteral("home")));
        const auto topics = m_app.pack.store.topics(QStringLiteral("en"));
        QVERIFY2(!topics.isEmpty(), "the nl pack has no topics");
        const QImage frame = m_app.window->grabWindow();
        QVERIFY(!frame.isNull());
        int drawnOnScreen = 0;
        for (const auto &topic : topics) {
            QQuickItem *tile
                = findItem(m_app.window->contentItem(), QStringLiteral("topic-") + topic.id, Items::Visible);
            QVERIFY2(tile, qPrintable(QStringLiteral("no tile for the topic ") + topic.id));
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(tile);
            QVERIFY2(accessible && accessible->text(QAccessible::Name) == topic.title,
                     qPrintable(QStringLiteral("the tile of %1 lost its accessible name").arg(topic.id)));
            QQuickItem *pictogram = findItem(tile, QStringLiteral("pictogram-") + topic.icon, Items::Visible);
            QVERIFY2(
                pictogram,
                qPrintable(QStringLiteral("the tile of %1 shows no pictogram %2").arg(topic.id, topic.icon)));
            QCOMPARE(pictogram->property("status").toInt(), 1); // Image.Ready
            QVERIFY2(pictogram->width() >= 48 && pictogram->height() >= 48,
                     qPrintable(QStringLiteral("the pictogram of %1 is %2 x %3; topic tiles show them large")
                                    .arg(topic.id)
                                    .arg(pictogram->width())
                                    .arg(pictogram->height())));
            QVERIFY2(accessibleIgnored(pictogram),
                     "a pictogram beside a title is decoration for screen readers");
            // Above the title: the first text of the tile starts below the pictogram.
            const QRectF picture = pictogram->mapRectToScene(pictogram->boundingRect());
            QQuickItem *title = nullptr;
            walk(tile, Items::Visible, [&](QQuickItem *item) {
                if (!title && item->inherits("QQuickText")
                    && item->property("text").toString() == topic.title)
                    title = item;
            });
            QVERIFY2(title, qPrintable(QStringLiteral("the tile of %1 has no title").arg(topic.id)));
            QVERIFY(title->mapRectToScene(title->boundingRect()).top() >= picture.bottom());

            const QRect onScreen = (picture.toAlignedRect()).intersected(frame.rect());
            if (onScreen.width() < 48 || onScreen.height() < 48)
                continue;
            int dark = 0;
            for (int y = onScreen.top(); y <= onScreen.bottom(); ++y) {
                for (int x = onScreen.left(); x <= onScreen.right(); ++x) {
                    if (qGray(frame.pixel(x, y)) < 128)
                        ++dark;
                }
            }
            const double share = double(dark) / (onScreen.width() * onScreen.height());
            QVERIFY2(share > 0.15,
                     qPrintable(QStringLiteral("the pictogram of %1 is not drawn (%2% dark pixels)")
                                    .arg(topic.id)
                                    .arg(qRound(share * 100))));
            ++drawnOnScreen;
        }
        QVERIFY2(drawnOnScreen >= 2, "fewer than two topic pictograms were on screen to check their pixels");
    }

    void pagesDrawTheirPictograms_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("page");
        for (const char *lang : { "en", "ar" }) {
            for (const char *page : { "home", "topic", "timeline", "contact", "settings" })
                QTest::addRow("%s-%s", lang, page) << QString::fromLatin1(lang) << QString::fromLatin1(page);
        }
    }

    // Every pictogram on the window (page, header, navigation) is drawn, and in Arabic only the ones
    // that show a direction are mirrored: the back arrow points right, a phone stays as it is.
    void pagesDrawTheirPictograms()
    {
        QFETCH(QString, lang);
        QFETCH(QString, page);
        QVERIFY(loadInterface());
        QVERIFY(showIn(lang, page));
        const QList<QQuickItem *> images = pictogramImages(m_app.window->contentItem());
        QVERIFY2(!images.isEmpty(), "no pictogram on the window");
        bool back = false;
        for (QQuickItem *image : images) {
            const QString name = pictogramName(image);
            QVERIFY2(image->property("status").toInt() == 1,
                     qPrintable(QStringLiteral("the pictogram %1 did not load").arg(name)));
            const bool mirrored = image->property("mirror").toBool();
            const bool expected = lang == QLatin1String("ar") && rc::ui::Pictograms::directional(name);
            QVERIFY2(mirrored == expected,
                     qPrintable(QStringLiteral("%1 %2: the pictogram %3 is %4mirrored")
                                    .arg(lang, page, name, mirrored ? QString() : QStringLiteral("not "))));
            if (name == QLatin1String("back"))
                back = true;
        }
        // Pages opened from home have the back arrow in the header.
        QCOMPARE(back, page != QLatin1String("home"));
        if (page == QLatin1String("contact")) {
            // Each way to reach the organisation has its pictogram (a phone for calls, an envelope for
            // e-mail, a pin for the address), and so has each copy button.
            QStringList names;
            for (QQuickItem *image : images)
                names.append(pictogramName(image));
            QQuickItem *contactPage
                = findItem(m_app.window->contentItem(), QStringLiteral("contact"), Items::Visible);
            QVERIFY(contactPage);
            const auto *details = contactPage->property("details").value<QObject *>();
            QVERIFY(details);
            QStringList expected;
            const QVariantList channels = details->property("channels").toList();
            for (const QVariant &value : channels) {
                const QVariantMap channel = value.toMap();
                const QString kind = channel.value(QStringLiteral("kind")).toString();
                if (!channel.value(QStringLiteral("url")).toString().isEmpty()
                    || kind == QLatin1String("address"))
                    expected.append(rc::ui::Pictograms::forChannel(kind));
                if (!channel.value(QStringLiteral("copyText")).toString().isEmpty())
                    expected.append(QStringLiteral("copy"));
            }
            QVERIFY2(!expected.isEmpty(), "the contact shown has no way to reach it");
            for (const QString &name : std::as_const(expected))
                QVERIFY2(names.contains(name),
                         qPrintable(QStringLiteral("the contact page shows no '%1' pictogram; it shows %2")
                                        .arg(name, names.join(u' '))));
        }
    }

    // Every kind of channel in the bundled directory, on a contact that has it: the button shows the
    // channel's pictogram (and a copy button its own), and none of them is mirrored in Arabic.
    void everyChannelKindHasItsPictogram_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("kind");
        for (const char *lang : { "en", "ar" }) {
            for (const QString &kind : rc::content::ContactFile::channelKinds())
                QTest::addRow("%s-%s", lang, qPrintable(kind)) << QString::fromLatin1(lang) << kind;
        }
    }

    void everyChannelKindHasItsPictogram()
    {
        QFETCH(QString, lang);
        QFETCH(QString, kind);
        QVERIFY(loadInterface());
        QVERIFY(showIn(lang, QStringLiteral("home")));
        QVariantMap arguments;
        bool copied = false;
        const auto contacts = m_app.pack.store.contacts(lang);
        for (const auto &listed : contacts) {
            const auto contact = m_app.pack.store.contact(listed.pack, listed.id, lang);
            for (const auto &channel : contact ? contact->channels : QList<rc::content::ContactChannel>()) {
                if (channel.kind == kind && arguments.isEmpty()) {
                    arguments = { { QStringLiteral("pack"), listed.pack },
                                  { QStringLiteral("contactId"), listed.id } };
                    copied = kind != QLatin1String("website");
                }
            }
        }
        QVERIFY2(!arguments.isEmpty(),
                 qPrintable(QStringLiteral("no contact installed has a %1 channel").arg(kind)));
        QSignalSpy shown(m_app.router.get(), &rc::ui::PageRouter::pageShown);
        m_app.router->open(QStringLiteral("contact"), arguments);
        // Shown at once or a little later, as the window decides.
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        QTest::qWait(150);

        const QString expected = rc::ui::Pictograms::forChannel(kind);
        QStringList names;
        for (QQuickItem *image : pictogramImages(m_app.window->contentItem())) {
            const QString name = pictogramName(image);
            names.append(name);
            QVERIFY2(image->property("status").toInt() == 1,
                     qPrintable(QStringLiteral("the pictogram %1 did not load").arg(name)));
            QCOMPARE(image->property("mirror").toBool(),
                     lang == QLatin1String("ar") && rc::ui::Pictograms::directional(name));
        }
        QVERIFY2(names.contains(expected),
                 qPrintable(QStringLiteral("no '%1' pictogram for the %2 channel; "
                                           "the page shows %3")
                                .arg(expected, kind, names.join(u' '))));
        if (copied)
            QVERIFY2(names.contains(QStringLiteral("copy")), qPrintable(names.join(u' ')));
    }

private:
    bool loadInterface()
    {
        if (m_app.window)
            return true;
        // The nl pack, and a contact with a channel of every kind (the nl pack has no e-mail, WhatsApp or
        // address yet).
        if (!m_app.pack.install()
            || !m_app.pack.installAlso(QStringLiteral(RC_SOURCE_DIR "/tests/access/packs/test-channels"))) {
            qWarning("the nl pack and tests/access/packs/test-channels could not be built and installed");
            return false;
        }
        QString problem = m_app.createServices();
        if (problem.isEmpty())
            problem = m_app.loadInterface();
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        return problem.isEmpty();
    }

    // Opens `page` from home in `lang`, as a person would.
    bool showIn(const QString &lang, const QString &page)
    {
        const QString error = m_app.openFromHome(lang, page);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return error.isEmpty();
    }

    InterfaceServices m_app;
};

QTEST_MAIN(TestPictograms)
#include "tst_pictograms.moc"
