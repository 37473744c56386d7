#include "DistributionProfile.h"

#include "crypto/Digest.h"
#include "sync/CanonicalJson.h"

#include <QFile>
#include <QRegularExpression>

#include <cmath>

namespace rc::ui {

namespace {

using rc::sync::json::Value;

constexpr qsizetype maxProfileBytes = 64 * 1024;
constexpr qsizetype maxTextBytes = 120;
constexpr qsizetype maxMirrors = 16;
constexpr double minimumContrast = 4.5;

const QString profileResource = QStringLiteral(":/distribution/profile.json");
const QString rootResource = QStringLiteral(":/distribution/root.json");

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(pattern)).match(text).hasMatch();
}

const QString httpsUrl = QStringLiteral("https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/%+-]*)?");

// Collects the first problem; every check after it is a no-op, so parse() reads straight through.
class Reader
{
public:
    QString error;

    bool fail(const QString &field, const QString &problem)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(field, problem);
        return false;
    }

    const Value *get(const Value &object, const char *key, Value::Type type, const QString &field)
    {
        const Value *value = object.find(key);
        if (!value) {
            fail(field, QStringLiteral("missing"));
            return nullptr;
        }
        if (value->type() != type) {
            fail(field, QStringLiteral("has the wrong type"));
            return nullptr;
        }
        return value;
    }

    void onlyKeys(const Value &object, const QString &prefix, const QList<QByteArray> &allowed)
    {
        for (const auto &[key, value] : object.members()) {
            if (!allowed.contains(key))
                fail(prefix + QString::fromUtf8(key), QStringLiteral("unknown field"));
        }
    }

    // Text that also goes into the .desktop file and AppStream XML: nothing that needs escaping there.
    QString text(const Value &object, const char *key, const QString &field)
    {
        const Value *value = get(object, key, Value::Type::String, field);
        if (!value)
            return {};
        const QByteArray &utf8 = value->toUtf8();
        if (utf8.isEmpty() || utf8.size() > maxTextBytes)
            fail(field, QStringLiteral("must have 1 to %1 bytes of UTF-8").arg(maxTextBytes));
        for (const char c : utf8) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 || byte == 0x7f || QByteArrayView(";<>&\"\\$@`").contains(c))
                fail(field,
                     QStringLiteral("must not contain control characters or any of ; < > & \" \\ $ @ `"));
        }
        return value->toQString();
    }

    QString matching(const Value &object, const char *key, const QString &field, const QString &pattern,
                     const QString &rule)
    {
        const Value *value = get(object, key, Value::Type::String, field);
        if (!value)
            return {};
        const QString string = value->toQString();
        if (string.size() > 200 || !matches(pattern, string))
            fail(field, rule);
        return string;
    }

    QString optional(const Value &object, const char *key, const QString &field, const QString &pattern,
                     const QString &rule)
    {
        return object.find(key) ? matching(object, key, field, pattern, rule) : QString();
    }

    QString path(const Value &object, const char *key, const QString &field, const QString &suffix)
    {
        const QString value = matching(object, key, field, QStringLiteral("[A-Za-z0-9._/-]+"),
                                       QStringLiteral("must be a relative path"));
        if (value.startsWith(QLatin1Char('/'))
            || value.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            fail(field, QStringLiteral("must be a path relative to the source folder, without '..'"));
        if (!value.endsWith(suffix))
            fail(field, QStringLiteral("must name a %1 file").arg(suffix));
        return value;
    }

    QColor colour(const Value &colors, const char *key)
    {
        const QString field = QStringLiteral("colors.") + QLatin1String(key);
        return QColor(matching(colors, key, field, QStringLiteral("#[0-9a-fA-F]{6}"),
                               QStringLiteral("must be #rrggbb")));
    }
};

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue());
}

DistributionProfile::Data genericProfile()
{
    DistributionProfile::Data data;
    data.id = QStringLiteral("default");
    data.displayName = QStringLiteral("Rights Companion");
    data.applicationId = QStringLiteral("org.rightscompanion.RightsCompanion");
    data.packageName = QStringLiteral("rights-companion");
    data.publisher = QStringLiteral("Rights Companion");
    data.accent = QColor(0x00, 0x69, 0x5c);
    data.onAccent = QColor(Qt::white);
    data.rail = QColor(0xe0, 0xee, 0xec);
    data.supportName = QStringLiteral("Rights Companion");
    data.vault = true;
    return data;
}

struct Loaded
{
    DistributionProfile::Data data;
    QString problem;
};

const Loaded &loaded()
{
    static const Loaded instance = [] {
        Loaded result;
        QFile file(profileResource);
        QString error;
        if (!file.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("it is missing from this build");
        } else if (auto data = DistributionProfile::parse(file.read(maxProfileBytes + 1), &error)) {
            result.data = *data;
            return result;
        }
        result.data = genericProfile();
        result.problem = QStringLiteral("The distribution profile could not be read (%1); the generic "
                                        "Rights Companion profile is used.")
                             .arg(error);
        return result;
    }();
    return instance;
}

} // namespace

std::optional<DistributionProfile::Data> DistributionProfile::parse(const QByteArray &json, QString *error)
{
    Reader reader;
    const auto finish = [&]() -> std::optional<Data> {
        if (error)
            *error = reader.error;
        return std::nullopt;
    };
    if (json.size() > maxProfileBytes) {
        reader.fail(QStringLiteral("(file)"), QStringLiteral("larger than 64 KiB"));
        return finish();
    }
    rc::sync::SyncError syntaxError;
    const auto root = rc::sync::json::parse(json, &syntaxError, { maxProfileBytes, 4 });
    if (!root || !root->isObject()) {
        reader.fail(QStringLiteral("(file)"),
                    root ? QStringLiteral("not a JSON object")
                         : QStringLiteral("not valid JSON: %1").arg(syntaxError.message));
        return finish();
    }
    reader.onlyKeys(*root, {},
                    { "format", "id", "displayName", "applicationId", "packageName", "publisher", "colors",
                      "logo", "packs", "trustedRoot", "mirrors", "support", "vault" });

    Data data;
    if (const Value *format = reader.get(*root, "format", Value::Type::Integer, QStringLiteral("format")))
        if (format->toInteger() != 1)
            reader.fail(QStringLiteral("format"), QStringLiteral("must be 1"));
    data.id = reader.matching(*root, "id", QStringLiteral("id"), QStringLiteral("[a-z0-9][a-z0-9-]{0,63}"),
                              QStringLiteral("must be lower case letters, digits and '-'"));
    data.displayName = reader.text(*root, "displayName", QStringLiteral("displayName"));
    data.publisher = reader.text(*root, "publisher", QStringLiteral("publisher"));
    data.applicationId = reader.matching(
        *root, "applicationId", QStringLiteral("applicationId"),
        QStringLiteral("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*){2,}"),
        QStringLiteral("must be reverse DNS with at least three parts, e.g. org.example.App"));
    data.packageName = reader.matching(*root, "packageName", QStringLiteral("packageName"),
                                       QStringLiteral("[a-z0-9][a-z0-9+.-]+"),
                                       QStringLiteral("must be a Debian package name"));

    if (const Value *colors = reader.get(*root, "colors", Value::Type::Object, QStringLiteral("colors"))) {
        reader.onlyKeys(*colors, QStringLiteral("colors."), { "accent", "onAccent", "rail" });
        data.accent = reader.colour(*colors, "accent");
        data.onAccent = reader.colour(*colors, "onAccent");
        data.rail = reader.colour(*colors, "rail");
        if (reader.error.isEmpty() && contrastRatio(data.accent, data.onAccent) < minimumContrast)
            reader.fail(
                QStringLiteral("colors.onAccent"),
                QStringLiteral("the header text needs a contrast of at least 4.5:1 on the accent colour"));
        if (reader.error.isEmpty() && contrastRatio(data.rail, QColor(Qt::black)) < minimumContrast)
            reader.fail(
                QStringLiteral("colors.rail"),
                QStringLiteral("the navigation text (black) needs a contrast of at least 4.5:1 on it"));
    }

    data.logo = reader.path(*root, "logo", QStringLiteral("logo"), QStringLiteral(".svg"));

    if (const Value *packs = reader.get(*root, "packs", Value::Type::Array, QStringLiteral("packs"))) {
        if (packs->items().empty())
            reader.fail(QStringLiteral("packs"), QStringLiteral("must name at least one pack"));
        for (const Value &pack : packs->items()) {
            const QString field = QStringLiteral("packs[%1]").arg(data.packs.size());
            if (!pack.isString() || !matches(QStringLiteral("[a-z0-9][a-z0-9_-]{0,63}"), pack.toQString()))
                reader.fail(field, QStringLiteral("must be the name of a pack folder"));
            data.packs.append(pack.toQString());
        }
    }

    if (const Value *trusted = root->find("trustedRoot"); !trusted)
        reader.fail(QStringLiteral("trustedRoot"),
                    QStringLiteral("missing (null when the profile pins none)"));
    else if (!trusted->isNull())
        data.trustedRoot
            = reader.path(*root, "trustedRoot", QStringLiteral("trustedRoot"), QStringLiteral(".json"));

    if (const Value *mirrors = reader.get(*root, "mirrors", Value::Type::Array, QStringLiteral("mirrors"))) {
        if (qsizetype(mirrors->items().size()) > maxMirrors)
            reader.fail(QStringLiteral("mirrors"), QStringLiteral("at most 16"));
        for (const Value &mirror : mirrors->items()) {
            const QString field = QStringLiteral("mirrors[%1]").arg(data.mirrors.size());
            if (!mirror.isString() || mirror.toUtf8().size() > 200 || !matches(httpsUrl, mirror.toQString()))
                reader.fail(field, QStringLiteral("must be an https:// URL"));
            data.mirrors.append(mirror.toQString());
        }
    }

    if (const Value *support = reader.get(*root, "support", Value::Type::Object, QStringLiteral("support"))) {
        reader.onlyKeys(*support, QStringLiteral("support."), { "name", "email", "url", "phone" });
        data.supportName = reader.text(*support, "name", QStringLiteral("support.name"));
        data.supportEmail = reader.optional(*support, "email", QStringLiteral("support.email"),
                                            QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]+"),
                                            QStringLiteral("not an e-mail address"));
        data.supportUrl = reader.optional(*support, "url", QStringLiteral("support.url"), httpsUrl,
                                          QStringLiteral("must be an https:// URL"));
        data.supportPhone = reader.optional(*support, "phone", QStringLiteral("support.phone"),
                                            QStringLiteral("\\+?[0-9 ()-]+"),
                                            QStringLiteral("digits, spaces, ( ) - and a leading + only"));
    }

    if (const Value *vault = reader.get(*root, "vault", Value::Type::Bool, QStringLiteral("vault")))
        data.vault = vault->toBool();

    if (!reader.error.isEmpty())
        return finish();
    if (error)
        error->clear();
    return data;
}

const DistributionProfile::Data &DistributionProfile::compiledIn()
{
    return loaded().data;
}

QString DistributionProfile::problem()
{
    return loaded().problem;
}

QByteArray DistributionProfile::trustedRoot()
{
    QFile file(rootResource);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

double DistributionProfile::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

DistributionProfile::DistributionProfile(QObject *parent)
    : QObject(parent)
    , m_data(compiledIn())
{
}

QString DistributionProfile::describe() const
{
    QStringList lines {
        QStringLiteral("profile: %1").arg(m_data.id),
        QStringLiteral("name: %1").arg(m_data.displayName),
        QStringLiteral("application id: %1").arg(m_data.applicationId),
        QStringLiteral("package: %1").arg(m_data.packageName),
        QStringLiteral("publisher: %1").arg(m_data.publisher),
        QStringLiteral("accent: %1").arg(m_data.accent.name()),
        QStringLiteral("on accent: %1").arg(m_data.onAccent.name()),
        QStringLiteral("rail: %1").arg(m_data.rail.name()),
        QStringLiteral("packs: %1").arg(m_data.packs.join(QLatin1Char(' '))),
    };
    for (const QString &mirror : m_data.mirrors)
        lines.append(QStringLiteral("mirror: %1").arg(mirror));
    lines.append(QStringLiteral("support: %1").arg(m_data.supportName));
    for (const QString &contact : { m_data.supportEmail, m_data.supportUrl, m_data.supportPhone }) {
        if (!contact.isEmpty())
            lines.append(QStringLiteral("support contact: %1").arg(contact));
    }
    lines.append(QStringLiteral("vault: %1")
                     .arg(m_data.vault ? QStringLiteral("offered") : QStringLiteral("not offered")));
    const QByteArray root = trustedRoot();
    lines.append(root.isEmpty() ? QStringLiteral("trusted root: none pinned by the profile")
                                : QStringLiteral("trusted root: sha256 %1")
                                      .arg(QString::fromLatin1(rc::crypto::Sha256::hash(root).toHex())));
    if (!problem().isEmpty())
        lines.append(QStringLiteral("problem: %1").arg(problem()));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rc::ui
