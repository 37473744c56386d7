#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QSettings;
class QQmlEngine;
class QJSEngine;

namespace rc::content {
class ContentStore;
}

namespace rc::ui {

class ContentLibrary;

// The "Content updates" page's side in C++ (QML singleton `ContentUpdates`): when content was last
// checked, what date it is as of, whether it is stale, the mirrors the user set up, and checking them
// (sync::MirrorList and sync::updateContent on a worker thread, with its own connection to the content
// database, so the pages keep reading the old content until the install commits).
//
// Privacy: nothing here touches the network unless the user added a web mirror. Folder mirrors (a USB
// stick, an SD card, a copied folder) are offline media. With "only on unmetered networks" on (the
// default), web mirrors are used only when QNetworkInformation says the connection is not metered;
// where it cannot tell, they are not used and the page says why. Checks start when the user taps
// "Check now", and at most every four hours by themselves when a connection appears and a web mirror
// is set up.
//
// Settings (settings.ini): updates/mirrors, updates/onlyUnmetered, updates/lastCheck.
class ContentUpdates : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double bytesDone READ bytesDone NOTIFY progressChanged)
    Q_PROPERTY(double bytesTotal READ bytesTotal NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString lastCheck READ lastCheck NOTIFY stateChanged)
    Q_PROPERTY(QString contentAsOf READ contentAsOf NOTIFY stateChanged)
    Q_PROPERTY(bool stale READ stale NOTIFY stateChanged)
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)
    Q_PROPERTY(bool statusIsProblem READ statusIsProblem NOTIFY stateChanged)
    Q_PROPERTY(QStringList mirrors READ mirrors NOTIFY mirrorsChanged)
    Q_PROPERTY(bool onlyUnmetered READ onlyUnmetered WRITE setOnlyUnmetered NOTIFY onlyUnmeteredChanged)
    Q_PROPERTY(NetworkState networkState READ networkState NOTIFY networkChanged)

public:
    enum class NetworkState
    {
        Unknown, // no QNetworkInformation backend (or not asked yet: no web mirror)
        Offline,
        Metered,
        Unmetered
    };
    Q_ENUM(NetworkState)

    // `contentDatabase`: the path of content.sqlite (the worker opens its own connection);
    // `metadataDirectory`: the trusted TUF metadata (sync/metadata in the data folder). No default
    // arguments: Qt 6.4 would rather default-construct a second instance than call create().
    ContentUpdates(content::ContentStore *store, ContentLibrary *library, QSettings *settings,
                   const QString &contentDatabase, const QString &metadataDirectory, QObject *parent);
    ~ContentUpdates() override;

    // The instance the composition root made; without one (a QML test of another page), an inert
    // one that says updates are not available here.
    static ContentUpdates *create(QQmlEngine *engine, QJSEngine *);

    bool available() const { return m_store != nullptr; }
    bool busy() const { return m_busy; }
    double bytesDone() const { return double(m_bytesDone); }
    double bytesTotal() const { return double(m_bytesTotal); }
    QString progressText() const;
    QString lastCheck() const;
    QString contentAsOf() const;
    bool stale() const;
    QString status() const { return m_status; }
    bool statusIsProblem() const { return m_statusIsProblem; }
    QStringList mirrors() const { return m_mirrors; }
    bool onlyUnmetered() const { return m_onlyUnmetered; }
    void setOnlyUnmetered(bool only);
    NetworkState networkState() const { return m_network; }

    // Adds a mirror: a web address (https://..., or http:// for a laptop on the local network) or the
    // full path of a folder holding a repository (metadata/ and targets/, or a repository/ folder
    // with them). Returns "" when added, else what is wrong, in words for the user.
    Q_INVOKABLE QString addMirror(const QString &text);
    Q_INVOKABLE void removeMirror(int index);
    // Tries the mirrors in order (web mirrors only when the network allows) and installs what changed.
    Q_INVOKABLE void checkNow();
    // What the network information says now; loads its backend (only then is it asked at all).
    Q_INVOKABLE void refreshNetworkState();
    // The automatic check, as when a connection appears: checks the web mirrors unless the network is
    // offline, metered while "only on unmetered networks" is on, or the last check was recent. Returns
    // whether a check was started (rights-companion --check-updates-once runs it once at start-up).
    bool checkIfDue();

    // Re-reads the trusted metadata (after the bundled import, and after each check).
    void reloadTrustedState();
    // The clock (tests).
    void setClock(std::function<QDateTime()> clock);
    // Blocks until a running check has finished and its result was applied (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void stateChanged();
    void mirrorsChanged();
    void onlyUnmeteredChanged();
    void networkChanged();
    // After every check: whether it succeeded, and the status in words.
    void finished(bool ok, const QString &status);

private:
    QDateTime now() const;
    bool hasWebMirror() const;
    void setBusy(bool busy);
    void setStatus(const QString &status, bool problem);
    void onReachabilityChanged();
    void saveMirrors();

    static inline ContentUpdates *s_instance = nullptr;

    content::ContentStore *m_store;
    ContentLibrary *m_library;
    QSettings *m_settings;
    QString m_database;
    QString m_metadata;
    QStringList m_mirrors;
    bool m_onlyUnmetered = true;
    bool m_busy = false;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
    QString m_status;
    bool m_statusIsProblem = false;
    QDateTime m_lastCheck;
    QDateTime m_contentAsOf;
    QDateTime m_targetsExpire;
    NetworkState m_network = NetworkState::Unknown;
    bool m_networkLoaded = false;
    std::function<QDateTime()> m_clock;
    QThreadPool m_worker;
};

} // namespace rc::ui
