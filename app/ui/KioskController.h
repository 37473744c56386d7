#pragma once

#include "crypto/Kdf.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;
class QSettings;

namespace rc::ui {

class LanguageController;
class VaultController;

// Kiosk mode, for a laptop that many people use one after the other (at a reception centre): full
// screen, the language chooser first, no vault and no files saved, and after a set time without input
// the app goes back to the start and forgets what the last person did. A volunteer's PIN turns it off;
// the PIN is kept only as an Argon2id hash with a random salt.
//
// Time comes from a clock that tests replace (milliseconds, monotonic), and nothing happens between
// two calls of tick(): a timer calls it twice a second while it matters, a test calls it by hand.
class KioskController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    // Whether the vault and its pages may be offered: the distribution profile offers it and kiosk mode
    // is off. The one condition the window, the pages and the routing check.
    Q_PROPERTY(bool vaultAvailable READ vaultAvailable NOTIFY activeChanged)
    // Whether files may be written where the person chooses (PDF handouts, .vcf and .ics files): not
    // on a shared laptop, where they would stay behind for the next person.
    Q_PROPERTY(bool fileExportAllowed READ fileExportAllowed NOTIFY activeChanged)
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY pinSetChanged)
    // Kiosk mode was asked for (--kiosk) but no PIN is set yet: it starts once a volunteer sets one.
    Q_PROPERTY(bool startPending READ startPending NOTIFY startPendingChanged)
    Q_PROPERTY(int timeoutMinutes READ timeoutMinutes WRITE setTimeoutMinutes NOTIFY timeoutMinutesChanged)
    Q_PROPERTY(QList<int> timeoutChoices READ timeoutChoices CONSTANT)
    Q_PROPERTY(int minimumPinLength READ minimumPinLength CONSTANT)
    Q_PROPERTY(int maximumPinLength READ maximumPinLength CONSTANT)
    // "Still there?": the session is about to be forgotten, in `secondsLeft` seconds.
    Q_PROPERTY(bool warning READ warning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    // Seconds to wait before the next PIN may be tried (after too many wrong ones), or 0.
    Q_PROPERTY(int pinWaitSeconds READ pinWaitSeconds NOTIFY pinWaitSecondsChanged)

public:
    using Clock = std::function<qint64()>;

    static constexpr int warningSeconds = 20;
    static constexpr int freeTries = 5;
    static constexpr int waitSecondsAfterWrongTries = 30;
    static constexpr int defaultTimeoutMinutes = 2;
    // Argon2id's floor in this app (RFC 9106's second option): a check takes a fraction of a second,
    // so the laptop does not freeze, and a stolen settings file costs 64 MiB per guess.
    static constexpr crypto::Kdf::Argon2Parameters pinKdf = crypto::Kdf::MinimumArgon2;

    // `settings` keeps the PIN's hash and salt and the inactivity time (may be null: then only for
    // this run); `languages` is set back to the language kiosk mode started in; `vault` is locked when
    // kiosk mode starts. Any of them may be null.
    KioskController(QSettings *settings, LanguageController *languages, VaultController *vault,
                    QObject *parent);
    ~KioskController() override;

    // The QML singleton: the instance the composition root made. Where none was made (the tests of
    // single pages), the interface gets a kiosk of its own that is off and has no PIN, which is what
    // those pages show outside kiosk mode.
    static KioskController *create(QQmlEngine *engine, QJSEngine *);

    void setClock(Clock now);

    bool active() const { return m_active; }
    bool vaultAvailable() const;
    bool fileExportAllowed() const { return !m_active; }
    bool pinSet() const { return !m_hash.isEmpty(); }
    bool startPending() const { return m_startPending; }
    int timeoutMinutes() const { return m_timeoutMinutes; }
    void setTimeoutMinutes(int minutes);
    static QList<int> timeoutChoices() { return { 1, 2, 5, 10 }; }
    static int minimumPinLength() { return 4; }
    static int maximumPinLength() { return 12; }
    bool warning() const { return m_warning; }
    int secondsLeft() const { return m_secondsLeft; }
    int pinWaitSeconds() const { return m_pinWaitSeconds; }

    // Sets the volunteer PIN (4 to 12 digits, typed twice). Returns what is wrong, or "" when it was
    // stored. Refused while kiosk mode is on: the PIN is what keeps people in it.
    Q_INVOKABLE QString setPin(const QString &pin, const QString &repeated);
    // Starts kiosk mode. Without a PIN it does not start: `startPending` is set and false returned.
    Q_INVOKABLE bool start();
    // Leaves kiosk mode with the volunteer PIN. Returns what went wrong, or "" when kiosk mode is off.
    Q_INVOKABLE QString leave(const QString &pin);
    // Someone used the app: the time without input starts again and the warning goes.
    Q_INVOKABLE void registerActivity();
    // Looks at the clock: shows the warning, forgets the session when the time is up, counts down the
    // wait after wrong PINs.
    Q_INVOKABLE void tick();

Q_SIGNALS:
    void activeChanged();
    void pinSetChanged();
    void startPendingChanged();
    void timeoutMinutesChanged();
    void warningChanged();
    void secondsLeftChanged();
    void pinWaitSecondsChanged();
    // The session was forgotten (kiosk mode started, or the time without input was up): the window
    // closes what is open and shows the language chooser with fresh pages.
    void sessionReset();

private:
    qint64 now() const { return m_clock(); }
    qint64 timeoutMs() const { return qint64(m_timeoutMinutes) * 60 * 1000; }
    bool pinMatches(const QString &pin) const;
    void forgetSession();
    void setWarning(bool warning);
    void setSecondsLeft(int seconds);
    void updatePinWait();
    void setStartPending(bool pending);
    void updateTicker();

    QSettings *m_settings;
    QPointer<LanguageController> m_languages;
    QPointer<VaultController> m_vault;
    Clock m_clock;
    QTimer m_ticker;
    bool m_active = false;
    bool m_startPending = false;
    // False until the first input after kiosk mode started or the session was forgotten: a laptop
    // nobody has touched has nothing to forget, and no one to ask "Still there?".
    bool m_inUse = false;
    qint64 m_lastInput = 0;
    int m_timeoutMinutes = defaultTimeoutMinutes;
    bool m_warning = false;
    int m_secondsLeft = 0;
    QString m_startLanguage;
    QByteArray m_hash;
    QByteArray m_salt;
    crypto::Kdf::Argon2Parameters m_kdf = pinKdf;
    int m_wrongTries = 0;
    qint64 m_waitUntil = 0;
    int m_pinWaitSeconds = 0;
};

} // namespace rc::ui
