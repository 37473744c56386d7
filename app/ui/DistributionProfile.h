#pragma once

#include <QByteArray>
#include <QColor>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace rc::ui {

// The distribution profile this build was made for (packaging/distributions/<id>.json, chosen with
// -DRC_DISTRIBUTION at configure time and compiled in as :/distribution/profile.json): the name, the
// application id, the colours, the bundled packs, the pinned TUF root, the mirrors, the support contact
// and whether the vault is offered. It is constant for the life of the build, so QML may make its own
// instance (the singleton is default-constructible on purpose: there is nothing to wire).
class DistributionProfile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString id READ id CONSTANT)
    Q_PROPERTY(QString displayName READ displayName CONSTANT)
    Q_PROPERTY(QString applicationId READ applicationId CONSTANT)
    Q_PROPERTY(QString publisher READ publisher CONSTANT)
    Q_PROPERTY(QColor accent READ accent CONSTANT)
    Q_PROPERTY(QColor textOnAccent READ textOnAccent CONSTANT)
    Q_PROPERTY(QColor railBackground READ railBackground CONSTANT)
    Q_PROPERTY(QStringList bundledPacks READ bundledPacks CONSTANT)
    Q_PROPERTY(QStringList mirrors READ mirrors CONSTANT)
    Q_PROPERTY(QString supportName READ supportName CONSTANT)
    Q_PROPERTY(QString supportEmail READ supportEmail CONSTANT)
    Q_PROPERTY(QString supportUrl READ supportUrl CONSTANT)
    Q_PROPERTY(QString supportPhone READ supportPhone CONSTANT)
    Q_PROPERTY(bool vaultOffered READ vaultOffered CONSTANT)

public:
    struct Data
    {
        QString id;
        QString displayName;
        QString applicationId;
        QString packageName;
        QString publisher;
        QColor accent;
        QColor onAccent;
        QColor rail;
        QString logo; // path in the source tree; the build turns it into the icons
        QStringList packs;
        QString trustedRoot; // path in the source tree, or empty
        QStringList mirrors;
        QString supportName;
        QString supportEmail;
        QString supportUrl;
        QString supportPhone;
        bool vault = true;
    };

    // Reads a profile with the rules of packaging/cmake/ReadDistribution.cmake (strict JSON, known fields
    // only, each checked) and one more: the header text must have a contrast of at least 4.5:1 against
    // the accent colour (WCAG AA). Returns nullopt and says why in `error` otherwise.
    static std::optional<Data> parse(const QByteArray &json, QString *error);

    // The compiled-in profile, read once. If it cannot be read (it was checked at configure time, so
    // this means a broken build), the generic Rights Companion profile is used and problem() says why.
    static const Data &compiledIn();
    static QString problem();
    // The pinned TUF root metadata (:/distribution/root.json), or empty when the profile pins none.
    static QByteArray trustedRoot();

    // WCAG 2 contrast ratio, 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);

    explicit DistributionProfile(QObject *parent = nullptr);

    QString id() const { return m_data.id; }
    QString displayName() const { return m_data.displayName; }
    QString applicationId() const { return m_data.applicationId; }
    QString publisher() const { return m_data.publisher; }
    QColor accent() const { return m_data.accent; }
    QColor textOnAccent() const { return m_data.onAccent; }
    QColor railBackground() const { return m_data.rail; }
    QStringList bundledPacks() const { return m_data.packs; }
    QStringList mirrors() const { return m_data.mirrors; }
    QString supportName() const { return m_data.supportName; }
    QString supportEmail() const { return m_data.supportEmail; }
    QString supportUrl() const { return m_data.supportUrl; }
    QString supportPhone() const { return m_data.supportPhone; }
    bool vaultOffered() const { return m_data.vault; }

    // "key: value" lines, one per field, for `rights-companion --print-profile`.
    QString describe() const;

private:
    const Data &m_data;
};

} // namespace rc::ui
