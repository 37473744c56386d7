#include "../RecordingFixture.h"
#include "../core/PackFixture.h"
#include "ContentLibrary.h"
#include "InstalledPack.h"
#include "ReadAloud.h"
#include "content/Readability.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using rc::ui::ReadAloud;
using rc::ui::ReadAloudAvailability;
using rc::ui::ReadAloudPlan;
using Source = ReadAloudPlan::Source;

Q_DECLARE_METATYPE(Source)

// Listening to articles: which source is chosen (recording, the device's voice, or "no voice" with
// English offered), and that a recording really plays: through Qt Multimedia into a private
// PulseAudio server with a null sink, as a phone's speaker would, with play, pause, position, speed
// and the end. The speech engine here is flite, which has English voices only, so Arabic has no voice.
class TestReadAloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A sound server of the test's own: nothing reaches a real speaker, nothing depends on the
        // machine's audio set-up. Qt reads PULSE_SERVER when its media backend starts.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pulseaudio")).isEmpty(),
                 "pulseaudio is not installed (./dev installs it)");
        QVERIFY(m_dir.isValid());
        const QString socket = m_dir.filePath(QStringLiteral("pulse-native"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_pulse.setProcessEnvironment(environment);
        m_pulse.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_pulse.start(
            QStringLiteral("pulseaudio"),
            { QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
              QStringLiteral("--use-pid-file=no"), QStringLiteral("--disable-shm=yes"),
              QStringLiteral("--load=module-null-sink sink_name=silent"),
              QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1 socket=") + socket });
        QVERIFY2(m_pulse.waitForStarted(), qPrintable(m_pulse.errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo::exists(socket), "the sound server did not start", 15000);
        qputenv("PULSE_SERVER", "unix:" + socket.toLocal8Bit());

        // The nl pack with two recordings: "appeal" in Arabic, "registration" in English.
        m_arabic = rc::test::makeRecording(QStringLiteral("marhaban. hatha ikhtibar. nahnu naqra al maqal."),
                                           QStringLiteral("ar"));
        m_english = rc::test::makeRecording(
            QStringLiteral("Registration. You register in Ter Apel. Bring your documents if you have them."));
        QVERIFY2(m_arabic.error.isEmpty() && m_english.error.isEmpty(),
                 qPrintable(m_arabic.error + m_english.error));
        const QString source = m_dir.filePath(QStringLiteral("nl"));
        QVERIFY(rc::test::copyTree(QStringLiteral(RC_SOURCE_DIR "/content/nl"), source));
        QVERIFY(rc::test::writeFile(source + QStringLiteral("/articles/appeal/ar.opus"), m_arabic.opus));
        QVERIFY(
            rc::test::writeFile(source + QStringLiteral("/articles/registration/en.opus"), m_english.opus));
        QVERIFY(m_pack.installAlso(source));
        m_library = std::make_unique<rc::ui::ContentLibrary>(&m_pack.store);
    }

    void cleanupTestCase()
    {
        m_pulse.terminate();
        m_pulse.waitForFinished(5000);
    }

    void plan_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("recordings");
        QTest::addColumn<QStringList>("voices");
        QTest::addColumn<Source>("source");
        QTest::addColumn<QString>("language");
        QTest::addColumn<Source>("offer");
        // reader, language of the text shown, recordings, voices -> source, its language, English offer
        const auto row = [](const char *name, const char *reader, const char *text, const char *recordings,
                            const char *voices, Source source, const char *language, Source offer) {
            const auto list = [](const char *codes) {
                return QString::fromLatin1(codes).split(QLatin1Char(','), Qt::SkipEmptyParts);
            };
            QTest::newRow(name) << QString::fromLatin1(reader) << QString::fromLatin1(text)
                                << list(recordings) << list(voices) << source << QString::fromLatin1(language)
                                << offer;
        };
        row("recording first", "ar", "ar", "ar,en", "ar", Source::Recording, "ar", Source::None);
        row("recording without a text", "ti", "en", "ti", "", Source::Recording, "ti", Source::None);
        row("voice", "fa", "fa", "", "fa,en", Source::Speech, "fa", Source::None);
        row("no voice: English recording offered", "ti", "ti", "en", "en", Source::None, "",
            Source::Recording);
        row("no voice: English voice offered", "so", "so", "", "en", Source::None, "", Source::Speech);
        row("a voice does not read another language's text", "ar", "en", "", "ar", Source::None, "",
            Source::None);
        row("nothing at all", "ps", "ps", "", "", Source::None, "", Source::None);
        row("English reader, nothing to offer", "en", "en", "", "", Source::None, "", Source::None);
        row("English reader, a voice", "en", "en", "", "en", Source::Speech, "en", Source::None);
    }

    void plan()
    {
        QFETCH(QString, reader);
        QFETCH(QString, text);
        QFETCH(QStringList, recordings);
        QFETCH(QStringList, voices);
        QFETCH(Source, source);
        QFETCH(QString, language);
        QFETCH(Source, offer);
        const ReadAloudPlan plan = rc::ui::planReadAloud({ reader, text, recordings, voices });
        QCOMPARE(plan.source, source);
        QCOMPARE(plan.language, language);
        QCOMPARE(plan.offer, offer);
    }

    void nothingHappensBeforeListen()
    {
        ReadAloud reader;
        reader.setLibrary(m_library.get());
        reader.setPack(QStringLiteral("nl"));
        reader.setArticleId(QStringLiteral("appeal"));
        reader.setLanguage(QStringLiteral("ar"));
        QCOMPARE(reader.source(), QString());
        QVERIFY(!reader.isPlaying());
    }

    void playsTheRecording()
    {
        ReadAloud reader;
        reader.setLibrary(m_library.get());
        reader.setPack(QStringLiteral("nl"));
        reader.setArticleId(QStringLiteral("appeal"));
        reader.setLanguage(QStringLiteral("ar"));
        reader.play();
        QCOMPARE(reader.source(), QStringLiteral("recording"));
        QCOMPARE(reader.sourceLanguage(), QStringLiteral("ar"));
        QTRY_VERIFY2_WITH_TIMEOUT(reader.isPlaying(), qPrintable(reader.problem()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(reader.duration() > 0, 10000);
        // The player's length is the recording's.
        QVERIFY2(
            qAbs(reader.duration() - m_arabic.wavDurationMs) <= 100,
            qPrintable(
                QStringLiteral("%1 ms against %2 ms").arg(reader.duration()).arg(m_arabic.wavDurationMs)));
        QTRY_VERIFY_WITH_TIMEOUT(reader.position() > 200, 10000);
        QVERIFY(reader.positionText().contains(QLatin1String(" of 0:0")));

        // Pause holds the position.
        reader.pause();
        QTRY_VERIFY(!reader.isPlaying());
        const qint64 held = reader.position();
        QTest::qWait(400);
        QVERIFY(qAbs(reader.position() - held) < 50);

        // Back to the start, faster, to the end: the player stops by itself.
        reader.seek(0);
        QTRY_VERIFY(reader.position() < held);
        reader.setRate(1.5);
        QCOMPARE(reader.rate(), 1.5);
        reader.play();
        QTRY_VERIFY_WITH_TIMEOUT(reader.isPlaying(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!reader.isPlaying(), 20000);
        QVERIFY(reader.problem().isEmpty());
        // Speeds stay in a range a listener can follow.
        reader.setRate(5);
        QCOMPARE(reader.rate(), 2.0);
        reader.setRate(0.1);
        QCOMPARE(reader.rate(), 0.5);
    }

    void noVoiceOffersTheEnglishRecording()
    {
        // Tigrinya: no recording of "registration", no voice (flite speaks English only).
        ReadAloud reader;
        reader.setSpeechEngine(QStringLiteral("flite"));
        reader.setLibrary(m_library.get());
        reader.setPack(QStringLiteral("nl"));
        reader.setArticleId(QStringLiteral("registration"));
        reader.setLanguage(QStringLiteral("ti"));
        QVERIFY(!reader.voiceLanguages().contains(QStringLiteral("ti")));
        reader.play();
        QCOMPARE(reader.source(), QStringLiteral("none"));
        QCOMPARE(reader.englishOffer(), QStringLiteral("recording"));
        QVERIFY(!reader.isPlaying());
        reader.useEnglish();
        QCOMPARE(reader.source(), QStringLiteral("recording"));
        QCOMPARE(reader.sourceLanguage(), QStringLiteral("en"));
        QTRY_VERIFY_WITH_TIMEOUT(reader.isPlaying(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(reader.duration() - m_english.wavDurationMs) <= 100, 10000);
        reader.stop();
        QTRY_VERIFY(!reader.isPlaying());
    }

    void noVoiceOffersEnglishSpeech()
    {
        // Arabic "decision": no recording anywhere, no Arabic voice; flite reads the English text.
        ReadAloud reader;
        reader.setSpeechEngine(QStringLiteral("flite"));
        reader.setLibrary(m_library.get());
        reader.setPack(QStringLiteral("nl"));
        reader.setArticleId(QStringLiteral("decision"));
        reader.setLanguage(QStringLiteral("ar"));
        QVERIFY2(reader.voiceLanguages().contains(QStringLiteral("en")),
                 "flite should have an English voice");
        reader.prepare();
        QCOMPARE(reader.source(), QStringLiteral("none"));
        QCOMPARE(reader.englishOffer(), QStringLiteral("speech"));
        reader.useEnglish();
        QCOMPARE(reader.source(), QStringLiteral("speech"));
        QCOMPARE(reader.sourceLanguage(), QStringLiteral("en"));
        // Sentence by sentence: the title, then every sentence of the English text.
        const auto english
            = m_pack.store.article(QStringLiteral("nl"), QStringLiteral("decision"), QStringLiteral("en"));
        QVERIFY(english);
        QCOMPARE(reader.duration(), int(1 + rc::content::Readability::sentences(english->body).size()));
        QVERIFY(reader.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(reader.position() >= 1, 20000);
        QVERIFY(reader.positionText().startsWith(QLatin1String("Sentence ")));
        // Jumping ahead goes to that sentence.
        reader.seek(3);
        QCOMPARE(reader.position(), 3);
        reader.pause();
        QVERIFY(!reader.isPlaying());
        // Paused: whatever sentence is being spoken ends, and nothing follows it.
        QTRY_VERIFY_WITH_TIMEOUT(!reader.isSpeaking(), 20000);
        QCOMPARE(reader.position(), 3);
        QTest::qWait(500);
        QVERIFY(!reader.isSpeaking());
        QVERIFY2(reader.problem().isEmpty(), qPrintable(reader.problem()));
    }

    void englishReaderHearsTheVoice()
    {
        ReadAloud reader;
        reader.setSpeechEngine(QStringLiteral("flite"));
        reader.setLibrary(m_library.get());
        reader.setPack(QStringLiteral("nl"));
        reader.setArticleId(QStringLiteral("appeal"));
        reader.setLanguage(QStringLiteral("en"));
        reader.prepare();
        QCOMPARE(reader.source(), QStringLiteral("speech"));
        QCOMPARE(reader.englishOffer(), QString());
        // A new article starts over: nothing prepared, nothing playing.
        reader.setArticleId(QStringLiteral("registration"));
        QCOMPARE(reader.source(), QString());
        reader.prepare();
        QCOMPARE(reader.source(), QStringLiteral("recording"));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_pulse;
    rc::test::Recording m_arabic;
    rc::test::Recording m_english;
    InstalledPack m_pack;
    std::unique_ptr<rc::ui::ContentLibrary> m_library;
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
