#pragma once

#include "sync/LanShare.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace rc::ui {

// "Share with phones nearby" on the "Content updates" page (QML singleton `LanShareController`): a
// volunteer's computer serves the app's repository over HTTP on the local network (sync::LanShare),
// shows the addresses to type on a phone (and a QR code of the first), the time left, and stops by
// itself after 30 minutes.
//
// What it serves is the repository that came with the app (share/rights-companion/content/repository):
// a complete repository, signed by the distributor, which the app verified when it started. Updates
// from mirrors are installed into the content database and keep only the trusted metadata, not the
// target files, so newer content installed from a mirror cannot be shared; the page says so. Nothing
// personal is ever in that folder. Phones check everything against the distributor's signatures.
//
// Desktop builds only: on Android and iOS `available` is false.
class LanShareController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QStringList addresses READ addresses NOTIFY runningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY timeChanged)
    Q_PROPERTY(QString timeLeft READ timeLeft NOTIFY timeChanged)
    Q_PROPERTY(int filesServed READ filesServed NOTIFY filesServedChanged)
    Q_PROPERTY(QString status READ status NOTIFY runningChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY runningChanged)

public:
    // `repository`: the folder to share (metadata/, targets/). No default arguments: Qt 6.4 would
    // rather default-construct a second instance than call create().
    LanShareController(const QString &repository, QObject *parent);
    ~LanShareController() override;

    // The instance the composition root made; without one, an inert one (available: false).
    static LanShareController *create(QQmlEngine *engine, QJSEngine *);

    bool available() const;
    bool running() const { return m_share.isRunning(); }
    QStringList addresses() const { return m_addresses; }
    int secondsLeft() const;
    QString timeLeft() const;
    int filesServed() const { return m_share.filesServed(); }
    QString status() const { return m_status; }
    QString problem() const { return m_problem; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

    // Tests: a short lifetime, the loopback address, port 0.
    void setOptions(const sync::LanShare::Options &options) { m_options = options; }
    // Tests: the addresses to show instead of those of the network interfaces.
    void setAddressesForTest(const QStringList &hosts) { m_testHosts = hosts; }
    sync::LanShare *share() { return &m_share; }

Q_SIGNALS:
    void runningChanged();
    void timeChanged();
    void filesServedChanged();

private:
    void onStopped(sync::LanShare::StopReason reason);

    static inline LanShareController *s_instance = nullptr;

    QString m_repository;
    sync::LanShare m_share;
    sync::LanShare::Options m_options;
    QStringList m_addresses;
    QStringList m_testHosts;
    QString m_status;
    QString m_problem;
    QTimer m_tick;
};

} // namespace rc::ui
