#pragma once

#include "ContentLibrary.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QAudioOutput;
class QBuffer;
class QMediaPlayer;
class QTextToSpeech;

namespace rc::ui {

// How an article can be listened to, decided from what exists, in this order (pure, for tests):
//   1. a recording in the reader's language (the pack's articles/<id>/<language>.opus);
//   2. the system's speech synthesis, if it has a voice for the language the text is shown in;
//   3. nothing in the reader's language: say so, and offer English (its recording, else an English
//      voice reading the English text).
struct ReadAloudPlan
{
    enum class Source
    {
        None,
        Recording, // the recording in `language`
        Speech, // a voice reading the text in `language`
    };
    Source source = Source::None;
    QString language; // of the recording or the voice
    Source offer = Source::None; // what "Listen in English" would play; None when there is nothing
};

struct ReadAloudAvailability
{
    QString readerLanguage; // the interface language
    QString textLanguage; // the language the article is shown in (English when not translated)
    QStringList recordings; // languages the article has recordings in
    QStringList voices; // languages the system has a voice for
};

ReadAloudPlan planReadAloud(const ReadAloudAvailability &available);

// The "Listen" part of an article page: plays the article's recording with Qt Multimedia, or reads
// the text sentence by sentence with Qt TextToSpeech, with play/pause, position and speed.
//
// Nothing is loaded or asked of the system before prepare() (the first press on "Listen"): a page
// that is only read costs no audio device and no speech engine.
//
// QML: `ReadAloud { library: ContentLibrary; pack: ...; articleId: ...; language: ContentLibrary.language }`
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(rc::ui::ContentLibrary *library READ library WRITE setLibrary NOTIFY libraryChanged)
    Q_PROPERTY(QString pack READ pack WRITE setPack NOTIFY articleChanged)
    Q_PROPERTY(QString articleId READ articleId WRITE setArticleId NOTIFY articleChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY articleChanged)
    // "" (not prepared), "recording", "speech" or "none"
    Q_PROPERTY(QString source READ source NOTIFY stateChanged)
    Q_PROPERTY(QString sourceLanguage READ sourceLanguage NOTIFY stateChanged)
    // "" or "recording"/"speech": what useEnglish() would play
    Q_PROPERTY(QString englishOffer READ englishOffer NOTIFY stateChanged)
    Q_PROPERTY(bool playing READ isPlaying NOTIFY stateChanged)
    // Milliseconds for a recording; for speech, the sentence being read (0-based) of `duration` sentences.
    Q_PROPERTY(int position READ position NOTIFY positionChanged)
    Q_PROPERTY(int duration READ duration NOTIFY positionChanged)
    Q_PROPERTY(QString positionText READ positionText NOTIFY positionChanged)
    Q_PROPERTY(double rate READ rate WRITE setRate NOTIFY rateChanged)
    // What went wrong, in words for the user; "" when nothing did.
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)

public:
    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    ContentLibrary *library() const { return m_library; }
    void setLibrary(ContentLibrary *library);
    QString pack() const { return m_pack; }
    void setPack(const QString &pack);
    QString articleId() const { return m_articleId; }
    void setArticleId(const QString &id);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    QString source() const;
    QString sourceLanguage() const { return m_plan.language; }
    QString englishOffer() const;
    bool isPlaying() const { return m_playing; }
    int position() const;
    int duration() const;
    QString positionText() const;
    double rate() const { return m_rate; }
    void setRate(double rate);
    QString problem() const { return m_problem; }

    // Decides what can be played (planReadAloud) and loads it. Called by play() when needed.
    Q_INVOKABLE void prepare();
    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void stop();
    // A recording: to `position` ms. Speech: to sentence `position`.
    Q_INVOKABLE void seek(int position);
    // Plays the English offer (a recording, else speech of the English text) and makes it the source.
    Q_INVOKABLE void useEnglish();

    // A sentence is still being spoken: after pause() on an engine that cannot be interrupted.
    bool isSpeaking() const { return m_speaking; }
    // The speech engine to use ("" = the platform's default); tests name one.
    void setSpeechEngine(const QString &engine) { m_speechEngine = engine; }
    // The languages the system's speech synthesis has a voice for, by language code.
    QStringList voiceLanguages();

Q_SIGNALS:
    void libraryChanged();
    void articleChanged();
    void stateChanged();
    void positionChanged();
    void rateChanged();

private:
    void reset();
    void startRecording(const QString &language);
    void startSpeech(const QString &language);
    void speakCurrent();
    void setProblem(const QString &problem);
    void setPlaying(bool playing);
    QTextToSpeech *speech();
    bool canInterruptSpeech();
    void interruptSpeech();
    void speechStateChanged(int state);
    content::ContentStore *store() const;

    QPointer<ContentLibrary> m_library;
    QString m_pack;
    QString m_articleId;
    QString m_language;
    QString m_speechEngine;
    bool m_prepared = false;
    ReadAloudPlan m_plan;
    bool m_playing = false;
    double m_rate = 1.0;
    QString m_problem;

    std::unique_ptr<QMediaPlayer> m_player;
    std::unique_ptr<QAudioOutput> m_output;
    std::unique_ptr<QBuffer> m_buffer;
    bool m_speechConnected = false;
    QLocale m_speechLocale;
    QStringList m_sentences;
    int m_sentence = 0;
    int m_pendingSentence = -1; // where to go once the sentence being spoken ends
    bool m_speaking = false; // a sentence was handed to the engine and has not finished
    bool m_started = false; // the engine said it is speaking that sentence
};

} // namespace rc::ui
