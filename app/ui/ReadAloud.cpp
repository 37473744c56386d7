#include "ReadAloud.h"

#include "LanguageController.h"
#include "content/ContentStore.h"
#include "content/Readability.h"
#include "i18n/CalendarFormat.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMediaPlayer>
#include <QTextToSpeech>
#include <QTime>
#include <QUrl>

namespace rc::ui {

ReadAloudPlan planReadAloud(const ReadAloudAvailability &available)
{
    using Source = ReadAloudPlan::Source;
    const QString &reader = available.readerLanguage;
    ReadAloudPlan plan;
    if (available.recordings.contains(reader)) {
        plan.source = Source::Recording;
        plan.language = reader;
        return plan;
    }
    // A voice only reads the text in its own language: an Arabic voice must not read the English
    // text that stands in for a missing translation.
    if (available.textLanguage == reader && available.voices.contains(reader)) {
        plan.source = Source::Speech;
        plan.language = reader;
        return plan;
    }
    const QString english = QStringLiteral("en");
    if (reader != english) {
        if (available.recordings.contains(english))
            plan.offer = Source::Recording;
        else if (available.voices.contains(english))
            plan.offer = Source::Speech;
    }
    return plan;
}

namespace {

QString sourceName(ReadAloudPlan::Source source)
{
    switch (source) {
    case ReadAloudPlan::Source::Recording:
        return QStringLiteral("recording");
    case ReadAloudPlan::Source::Speech:
        return QStringLiteral("speech");
    case ReadAloudPlan::Source::None:
        break;
    }
    return QStringLiteral("none");
}

// The locale a language of the packs speaks in (the same table as dates and collation use).
QLocale localeOf(const QString &code)
{
    return QLocale(i18n::icuLocaleFor(code));
}

QString clock(qint64 ms)
{
    const QTime time = QTime(0, 0).addMSecs(int(qBound(qint64(0), ms, qint64(24 * 3600 * 1000 - 1))));
    return time.toString(ms >= 3600 * 1000 ? QStringLiteral("h:mm:ss") : QStringLiteral("m:ss"));
}

} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{
}

ReadAloud::~ReadAloud()
{
    // Stop before the members go, so that no signal reaches a half-destroyed object.
    if (m_player)
        m_player->stop();
    interruptSpeech();
}

void ReadAloud::setLibrary(ContentLibrary *library)
{
    if (m_library == library)
        return;
    m_library = library;
    reset();
    Q_EMIT libraryChanged();
}

void ReadAloud::setPack(const QString &pack)
{
    if (m_pack == pack)
        return;
    m_pack = pack;
    reset();
    Q_EMIT articleChanged();
}

void ReadAloud::setArticleId(const QString &id)
{
    if (m_articleId == id)
        return;
    m_articleId = id;
    reset();
    Q_EMIT articleChanged();
}

void ReadAloud::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    reset();
    Q_EMIT articleChanged();
}

content::ContentStore *ReadAloud::store() const
{
    return m_library ? m_library->store() : nullptr;
}

QString ReadAloud::source() const
{
    return m_prepared ? sourceName(m_plan.source) : QString();
}

QString ReadAloud::englishOffer() const
{
    return m_prepared && m_plan.offer != ReadAloudPlan::Source::None ? sourceName(m_plan.offer) : QString();
}

int ReadAloud::position() const
{
    if (m_plan.source == ReadAloudPlan::Source::Recording && m_player)
        return int(m_player->position());
    if (m_plan.source == ReadAloudPlan::Source::Speech)
        return m_pendingSentence >= 0 ? m_pendingSentence : m_sentence;
    return 0;
}

int ReadAloud::duration() const
{
    if (m_plan.source == ReadAloudPlan::Source::Recording && m_player)
        return int(m_player->duration());
    if (m_plan.source == ReadAloudPlan::Source::Speech)
        return int(m_sentences.size());
    return 0;
}

QString ReadAloud::positionText() const
{
    if (m_plan.source == ReadAloudPlan::Source::Recording)
        return tr("%1 of %2").arg(clock(position()), clock(duration()));
    if (m_plan.source == ReadAloudPlan::Source::Speech && !m_sentences.isEmpty())
        return tr("Sentence %1 of %2")
            .arg(qMin(int(position()) + 1, int(m_sentences.size())))
            .arg(m_sentences.size());
    return {};
}

void ReadAloud::setRate(double rate)
{
    rate = qBound(0.5, rate, 2.0);
    if (qFuzzyCompare(m_rate, rate))
        return;
    m_rate = rate;
    if (m_player)
        m_player->setPlaybackRate(rate);
    // QTextToSpeech's rate runs from -1 (slowest) through 0 (normal) to 1 (fastest).
    Q_EMIT rateChanged();
}

QTextToSpeech *ReadAloud::speech()
{
    // One engine per process, never destroyed while the app runs: pages come and go while a sentence
    // may still be spoken, and Qt 6.4's flite engine cannot be destroyed or stopped mid-sentence
    // (it crashes in its synthesis thread).
    static QHash<QString, QPointer<QTextToSpeech>> engines;
    QPointer<QTextToSpeech> &engine = engines[m_speechEngine];
    if (!engine) {
        engine = m_speechEngine.isEmpty() ? new QTextToSpeech(QCoreApplication::instance())
                                          : new QTextToSpeech(m_speechEngine, QCoreApplication::instance());
    }
    if (!m_speechConnected) {
        m_speechConnected = true;
        connect(engine, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            if (m_speaking)
                speechStateChanged(state);
        });
    }
    return engine;
}

bool ReadAloud::canInterruptSpeech()
{
    return speech()->engine() != QLatin1String("flite");
}

void ReadAloud::interruptSpeech()
{
    if (!m_speaking || !canInterruptSpeech())
        return;
    m_speaking = false;
    speech()->stop();
}

void ReadAloud::speechStateChanged(int state)
{
    // Qt 6.4's flite engine reports an error without a reason when its audio runs dry between two
    // parts of a long sentence (a busy device): that sentence is over, the reading goes on. An error
    // with a reason stops the reading and is shown.
    const bool hiccup = state == QTextToSpeech::Error && m_started && speech()->errorString().isEmpty();
    if (state == QTextToSpeech::Error && !hiccup) {
        m_speaking = false;
        setProblem(tr("The device's voice stopped with an error: %1").arg(speech()->errorString()));
        setPlaying(false);
        return;
    }
    if (state == QTextToSpeech::Speaking)
        m_started = true;
    // A sentence finished. (A Ready that follows a stop() can arrive after the next sentence was
    // handed over; it comes before that sentence's Speaking.)
    if ((state != QTextToSpeech::Ready && !hiccup) || !m_started)
        return;
    m_speaking = false;
    m_sentence = m_pendingSentence >= 0 ? m_pendingSentence : m_sentence + 1;
    m_pendingSentence = -1;
    if (m_sentence >= m_sentences.size()) {
        m_sentence = 0;
        setPlaying(false);
    } else if (m_playing) {
        speakCurrent();
    }
    Q_EMIT positionChanged();
}

QStringList ReadAloud::voiceLanguages()
{
    QStringList languages;
    QTextToSpeech *engine = speech();
    if (engine->state() == QTextToSpeech::Error)
        return languages;
    // A voice speaks one of the app's languages when its language is that language's; Dari needs
    // an Afghan voice (an Iranian Persian one is offered for Persian only).
    const QList<QLocale> voices = engine->availableLocales();
    for (const LanguageController::Language &known : LanguageController::known()) {
        const QLocale wanted = localeOf(known.code);
        const bool dari = known.code == QLatin1String("prs");
        const bool spoken = std::any_of(voices.cbegin(), voices.cend(), [&](const QLocale &voice) {
            return voice.language() == wanted.language()
                && (!dari || voice.territory() == wanted.territory());
        });
        if (spoken)
            languages.append(known.code);
    }
    languages.sort();
    return languages;
}

void ReadAloud::reset()
{
    stop();
    m_prepared = false;
    m_plan = {};
    m_sentences.clear();
    m_sentence = 0;
    m_buffer.reset();
    m_problem.clear();
    Q_EMIT stateChanged();
    Q_EMIT positionChanged();
}

void ReadAloud::prepare()
{
    if (m_prepared)
        return;
    content::ContentStore *content = store();
    if (!content || m_articleId.isEmpty())
        return;
    ReadAloudAvailability available;
    available.readerLanguage = m_language;
    const std::optional<content::ArticleText> text = content->article(m_pack, m_articleId, m_language);
    available.textLanguage = text ? text->language : QString();
    available.recordings = content->recordingLanguages(m_pack, m_articleId);
    // Asking for voices starts the speech engine: only when no recording makes it unnecessary.
    if (!available.recordings.contains(m_language))
        available.voices = voiceLanguages();
    m_plan = planReadAloud(available);
    m_prepared = true;
    if (m_plan.source == ReadAloudPlan::Source::Recording)
        startRecording(m_plan.language);
    else if (m_plan.source == ReadAloudPlan::Source::Speech)
        startSpeech(m_plan.language);
    Q_EMIT stateChanged();
    Q_EMIT positionChanged();
}

void ReadAloud::startRecording(const QString &language)
{
    content::ContentStore *content = store();
    const std::optional<content::ArticleRecording> recording
        = content ? content->recording(m_pack, m_articleId, language) : std::nullopt;
    if (!recording) {
        setProblem(tr("The recording of this article could not be read."));
        m_plan.source = ReadAloudPlan::Source::None;
        return;
    }
    if (!m_player) {
        m_player = std::make_unique<QMediaPlayer>();
        m_output = std::make_unique<QAudioOutput>();
        m_player->setAudioOutput(m_output.get());
        m_player->setPlaybackRate(m_rate);
        connect(m_player.get(), &QMediaPlayer::positionChanged, this, &ReadAloud::positionChanged);
        connect(m_player.get(), &QMediaPlayer::durationChanged, this, &ReadAloud::positionChanged);
        connect(
            m_player.get(), &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) { setPlaying(state == QMediaPlayer::PlayingState); });
        connect(m_player.get(), &QMediaPlayer::errorOccurred, this,
                [this](QMediaPlayer::Error, const QString &message) {
                    setProblem(tr("The recording cannot be played on this device: %1").arg(message));
                });
    }
    m_player->stop();
    // The player reads from memory: the recording is public content, but nothing needs a temporary file.
    m_buffer = std::make_unique<QBuffer>();
    m_buffer->setData(recording->data);
    m_buffer->open(QIODevice::ReadOnly);
    m_player->setSourceDevice(m_buffer.get(), QUrl(QStringLiteral("recording.opus")));
}

void ReadAloud::startSpeech(const QString &language)
{
    content::ContentStore *content = store();
    const std::optional<content::ArticleText> text
        = content ? content->article(m_pack, m_articleId, language) : std::nullopt;
    m_sentences.clear();
    if (text) {
        m_sentences.append(text->title);
        const QList<content::Readability::Sentence> sentences = content::Readability::sentences(text->body);
        for (const content::Readability::Sentence &sentence : sentences)
            m_sentences.append(sentence.text);
    }
    m_sentence = 0;
    m_pendingSentence = -1;
    m_speechLocale = localeOf(language);
}

void ReadAloud::speakCurrent()
{
    if (m_sentence < 0 || m_sentence >= m_sentences.size())
        return;
    QTextToSpeech *engine = speech();
    // The engine is shared: its language and speed are this reader's for each sentence.
    engine->setLocale(m_speechLocale);
    engine->setRate(qBound(-1.0, m_rate - 1.0, 1.0));
    m_speaking = true;
    m_started = false;
    engine->say(m_sentences.at(m_sentence));
}

void ReadAloud::play()
{
    prepare();
    setProblem({});
    switch (m_plan.source) {
    case ReadAloudPlan::Source::Recording:
        if (m_player)
            m_player->play();
        break;
    case ReadAloudPlan::Source::Speech:
        if (m_sentences.isEmpty())
            return;
        setPlaying(true);
        // Where the engine cannot be interrupted, a sentence still being spoken goes on to the next.
        if (!m_speaking)
            speakCurrent();
        break;
    case ReadAloudPlan::Source::None:
        break;
    }
}

void ReadAloud::pause()
{
    if (m_player)
        m_player->pause();
    // Speech stops at once where the engine allows it (the sentence is heard again whole on play:
    // easier to follow than one resumed from its middle), else at the end of the sentence.
    interruptSpeech();
    setPlaying(false);
}

void ReadAloud::stop()
{
    if (m_player)
        m_player->stop();
    interruptSpeech();
    setPlaying(false);
}

void ReadAloud::seek(int position)
{
    if (m_plan.source == ReadAloudPlan::Source::Recording && m_player) {
        m_player->setPosition(qBound(qint64(0), qint64(position), m_player->duration()));
        return;
    }
    if (m_plan.source != ReadAloudPlan::Source::Speech || m_sentences.isEmpty())
        return;
    const int sentence = int(qBound(qint64(0), qint64(position), qint64(m_sentences.size() - 1)));
    interruptSpeech();
    if (m_speaking) {
        // The engine finishes its sentence first; then this one.
        m_pendingSentence = sentence;
    } else {
        m_sentence = sentence;
        if (m_playing)
            speakCurrent();
    }
    Q_EMIT positionChanged();
}

void ReadAloud::useEnglish()
{
    prepare();
    const ReadAloudPlan::Source offer = m_plan.offer;
    if (offer == ReadAloudPlan::Source::None)
        return;
    stop();
    m_plan.source = offer;
    m_plan.language = QStringLiteral("en");
    m_plan.offer = ReadAloudPlan::Source::None;
    if (offer == ReadAloudPlan::Source::Recording)
        startRecording(m_plan.language);
    else
        startSpeech(m_plan.language);
    Q_EMIT stateChanged();
    Q_EMIT positionChanged();
    play();
}

void ReadAloud::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT stateChanged();
}

void ReadAloud::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    Q_EMIT stateChanged();
}

} // namespace rc::ui
