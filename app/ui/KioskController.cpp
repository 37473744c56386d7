#include "KioskController.h"

#include "DistributionProfile.h"
#include "InputActivity.h"
#include "LanguageController.h"
#include "VaultController.h"
#include "crypto/Random.h"
#include "crypto/SecureBuffer.h"

#include <QClipboard>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QJSEngine>
#include <QSettings>

namespace rc::ui {

namespace {

const QString hashKey = QStringLiteral("kiosk/pinHash");
const QString saltKey = QStringLiteral("kiosk/pinSalt");
const QString memoryKey = QStringLiteral("kiosk/pinArgon2MemoryKiB");
const QString iterationsKey = QStringLiteral("kiosk/pinArgon2Iterations");
const QString parallelismKey = QStringLiteral("kiosk/pinArgon2Parallelism");
const QString timeoutKey = QStringLiteral("kiosk/timeoutMinutes");

constexpr qsizetype saltSize = 16;
constexpr qsizetype hashSize = 32;

KioskController *s_instance = nullptr;

// The PIN leaves QString as bytes we wipe ourselves (the QML engine's copy cannot be wiped).
struct PinBytes
{
    explicit PinBytes(const QString &pin)
        : bytes(pin.toUtf8())
    {
    }
    ~PinBytes() { crypto::cleanse(bytes); }
    QByteArray bytes;
};

bool isPin(const QString &pin)
{
    if (pin.size() < KioskController::minimumPinLength() || pin.size() > KioskController::maximumPinLength())
        return false;
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QByteArray hashPin(const QString &pin, const QByteArray &salt, const crypto::Kdf::Argon2Parameters &kdf)
{
    const PinBytes secret(pin);
    crypto::SecureBuffer out;
    if (!crypto::Kdf::argon2id(secret.bytes, salt, kdf, hashSize, &out))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out.data()), out.size());
}

} // namespace

KioskController::KioskController(QSettings *settings, LanguageController *languages, VaultController *vault,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_vault(vault)
    , m_clock([] { return QDeadlineTimer::current().deadline(); })
{
    // The first one made is the app's (a second one, reading the same settings, is not).
    if (!s_instance)
        s_instance = this;
    m_ticker.setInterval(500);
    connect(&m_ticker, &QTimer::timeout, this, &KioskController::tick);
    if (InputActivity *input = InputActivity::instance())
        connect(input, &InputActivity::activity, this, &KioskController::registerActivity);
    if (m_settings) {
        m_hash = QByteArray::fromBase64(m_settings->value(hashKey).toByteArray());
        m_salt = QByteArray::fromBase64(m_settings->value(saltKey).toByteArray());
        m_kdf = { m_settings->value(memoryKey).toUInt(), m_settings->value(iterationsKey).toUInt(),
                  m_settings->value(parallelismKey).toUInt() };
        // An edited or damaged entry: as if no PIN were set, so a volunteer sets a new one. (Kiosk mode
        // never starts without a PIN, so this opens nothing.)
        if (m_hash.size() != hashSize || m_salt.size() != saltSize || !crypto::Kdf::isWithinBounds(m_kdf)) {
            m_hash.clear();
            m_salt.clear();
            m_kdf = pinKdf;
        }
        const int minutes = m_settings->value(timeoutKey, defaultTimeoutMinutes).toInt();
        m_timeoutMinutes = timeoutChoices().contains(minutes) ? minutes : defaultTimeoutMinutes;
    }
    m_secondsLeft = int(timeoutMs() / 1000);
}

KioskController::~KioskController()
{
    crypto::cleanse(m_hash);
    if (s_instance == this)
        s_instance = nullptr;
}

KioskController *KioskController::create(QQmlEngine *, QJSEngine *)
{
    if (s_instance) {
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    // Owned by the engine that asked; not the instance later engines get.
    auto *inactive = new KioskController(nullptr, nullptr, nullptr, nullptr);
    s_instance = nullptr;
    QJSEngine::setObjectOwnership(inactive, QJSEngine::JavaScriptOwnership);
    return inactive;
}

void KioskController::setClock(Clock now)
{
    m_clock = std::move(now);
    m_lastInput = this->now();
}

bool KioskController::vaultAvailable() const
{
    return DistributionProfile::compiledIn().vault && !m_active;
}

void KioskController::setTimeoutMinutes(int minutes)
{
    if (!timeoutChoices().contains(minutes) || minutes == m_timeoutMinutes)
        return;
    m_timeoutMinutes = minutes;
    if (m_settings)
        m_settings->setValue(timeoutKey, minutes);
    Q_EMIT timeoutMinutesChanged();
    tick();
}

QString KioskController::setPin(const QString &pin, const QString &repeated)
{
    if (m_active)
        return tr("Leave kiosk mode before you change the PIN.");
    if (!isPin(pin))
        return tr("The PIN must be %1 to %2 digits.").arg(minimumPinLength()).arg(maximumPinLength());
    if (pin != repeated)
        return tr("The two PINs are not the same. Type them again.");
    const QByteArray salt = crypto::Random::bytes(saltSize);
    const QByteArray hash = hashPin(pin, salt, pinKdf);
    if (hash.isEmpty())
        return tr("The PIN could not be stored. Close other apps and try again.");
    const bool wasSet = pinSet();
    crypto::cleanse(m_hash);
    m_hash = hash;
    m_salt = salt;
    m_kdf = pinKdf;
    if (m_settings) {
        m_settings->setValue(hashKey, m_hash.toBase64());
        m_settings->setValue(saltKey, m_salt.toBase64());
        m_settings->setValue(memoryKey, m_kdf.memoryKiB);
        m_settings->setValue(iterationsKey, m_kdf.iterations);
        m_settings->setValue(parallelismKey, m_kdf.parallelism);
        // On disk at once: a kiosk that restarts must still know its PIN.
        m_settings->sync();
    }
    if (!wasSet)
        Q_EMIT pinSetChanged();
    return {};
}

bool KioskController::pinMatches(const QString &pin) const
{
    if (!pinSet() || !isPin(pin))
        return false;
    const QByteArray hash = hashPin(pin, m_salt, m_kdf);
    return !hash.isEmpty() && crypto::constantTimeEquals(hash, m_hash);
}

bool KioskController::start()
{
    if (m_active)
        return true;
    if (!pinSet()) {
        setStartPending(true);
        return false;
    }
    setStartPending(false);
    // Nothing personal on a shared screen: the vault locks and stays out of reach until a volunteer
    // leaves kiosk mode.
    if (m_vault)
        m_vault->lock();
    m_startLanguage = m_languages ? m_languages->current() : QString();
    m_active = true;
    Q_EMIT activeChanged();
    forgetSession();
    updateTicker();
    return true;
}

QString KioskController::leave(const QString &pin)
{
    if (!m_active)
        return {};
    updatePinWait();
    if (m_pinWaitSeconds > 0)
        return tr("Too many wrong PINs. Wait %n seconds, then try again.", nullptr, m_pinWaitSeconds);
    if (!pinMatches(pin)) {
        ++m_wrongTries;
        // From the fifth wrong PIN on, each one costs a wait: guessing 10,000 four-digit PINs by hand
        // takes days.
        if (m_wrongTries >= freeTries) {
            m_waitUntil = now() + qint64(waitSecondsAfterWrongTries) * 1000;
            updatePinWait();
            updateTicker();
            return tr("That PIN is not right. Wait %n seconds, then try again.", nullptr, m_pinWaitSeconds);
        }
        return tr("That PIN is not right.");
    }
    m_wrongTries = 0;
    m_active = false;
    m_inUse = false;
    setWarning(false);
    setSecondsLeft(int(timeoutMs() / 1000));
    updateTicker();
    Q_EMIT activeChanged();
    return {};
}

void KioskController::registerActivity()
{
    if (!m_active)
        return;
    m_inUse = true;
    m_lastInput = now();
    setWarning(false);
    setSecondsLeft(int(timeoutMs() / 1000));
}

void KioskController::tick()
{
    updatePinWait();
    if (!m_active || !m_inUse)
        return;
    const qint64 left = timeoutMs() - (now() - m_lastInput);
    if (left <= 0) {
        forgetSession();
        return;
    }
    setSecondsLeft(int((left + 999) / 1000));
    setWarning(left <= qint64(warningSeconds) * 1000);
}

void KioskController::forgetSession()
{
    m_inUse = false;
    m_lastInput = now();
    setWarning(false);
    setSecondsLeft(int(timeoutMs() / 1000));
    // A copied phone number or text stays on the clipboard otherwise, for the next person to paste.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        app->clipboard()->clear();
    // The language kiosk mode started in, so that the next person finds the chooser as the volunteer
    // left it. The pages are rebuilt after this, in that language.
    if (m_languages && !m_startLanguage.isEmpty() && m_languages->current() != m_startLanguage)
        m_languages->select(m_startLanguage);
    Q_EMIT sessionReset();
}

void KioskController::setWarning(bool warning)
{
    if (m_warning != warning) {
        m_warning = warning;
        Q_EMIT warningChanged();
    }
}

void KioskController::setSecondsLeft(int seconds)
{
    if (m_secondsLeft != seconds) {
        m_secondsLeft = seconds;
        Q_EMIT secondsLeftChanged();
    }
}

void KioskController::updatePinWait()
{
    const qint64 left = m_waitUntil - now();
    const int seconds = left > 0 ? int((left + 999) / 1000) : 0;
    if (m_pinWaitSeconds != seconds) {
        m_pinWaitSeconds = seconds;
        Q_EMIT pinWaitSecondsChanged();
    }
    if (seconds == 0)
        updateTicker();
}

void KioskController::setStartPending(bool pending)
{
    if (m_startPending != pending) {
        m_startPending = pending;
        Q_EMIT startPendingChanged();
    }
}

void KioskController::updateTicker()
{
    const bool needed = m_active || m_pinWaitSeconds > 0;
    if (needed && !m_ticker.isActive())
        m_ticker.start();
    else if (!needed)
        m_ticker.stop();
}

} // namespace rc::ui
