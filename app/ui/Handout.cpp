#include "Handout.h"

#include "ContentLibrary.h"
#include "DistributionProfile.h"
#include "LanguageController.h"
#include "MarkdownRenderer.h"
#include "content/ArticleFile.h"
#include "content/ContentStore.h"
#include "content/ProcedureFile.h"
#include "i18n/CalendarFormat.h"
#include "platform/QrCode.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTextOption>
#include <QTranslator>
#include <QUrl>

namespace rc::ui {

namespace {

// The handout says what the app's pages say, in the same words, so the translations made for the pages
// serve the handout too until its own strings are translated: the handout's context first, then these.
const char *const Contexts[]
    = { "rc::ui::Handout", "ArticleView", "StatusBadge", "TimelinePage", "rc::ui::ContactsModel" };

bool isRightToLeft(const QString &language)
{
    for (const auto &known : LanguageController::known()) {
        if (known.code == language)
            return known.rightToLeft;
    }
    return false;
}

// The inside of <body> of the renderer's HTML, to be placed in the handout's own document.
QString bodyOf(const QString &markdown)
{
    const QString html = MarkdownRenderer::toHtml(markdown);
    const qsizetype start = html.indexOf(QLatin1String("<body>"));
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return {};
    return html.mid(start + 6, end - start - 6);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A paragraph that stays left-to-right inside a right-to-left handout (URLs, phone numbers), aligned
// to the handout's start edge.
QString leftToRight(const QString &text, bool rightToLeft)
{
    return QStringLiteral("<p dir=\"ltr\" align=\"%1\" style=\"margin:0\">%2</p>")
        .arg(rightToLeft ? QStringLiteral("right") : QStringLiteral("left"), escaped(text));
}

// The QR code as a black-on-white image with its quiet zone, 8 pixels per module: the PDF scales it to
// the printed size, and whole pixels per module keep the edges sharp at any scale.
QImage qrImage(const platform::QrCode &code)
{
    constexpr int scale = 8;
    const int modules = code.size() + 2 * platform::QrCode::QuietZone;
    QImage image(modules * scale, modules * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.isDark(x, y))
                painter.fillRect((x + platform::QrCode::QuietZone) * scale,
                                 (y + platform::QrCode::QuietZone) * scale, scale, scale, Qt::black);
        }
    }
    return image;
}

QString localPath(const QString &filePath)
{
    if (filePath.startsWith(QLatin1String("file:"))) {
        const QUrl url(filePath);
        return url.isLocalFile() ? url.toLocalFile() : QString();
    }
    return filePath;
}

} // namespace

// What a handout holds, whatever it is made from. `body` is HTML for the inside of <body>.
struct Handout::Page
{
    QString language; // of the text
    QString requested; // what the volunteer asked for
    QString title;
    QString body;
    QString status;
    QString notice;
    QStringList sources;
    QDate checked;
    QString qrPreferred; // the item's own page, when it has one (a contact's website)
};

Handout::Handout(QObject *parent)
    : QObject(parent)
{
}

Handout::Handout(content::ContentStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

Handout::~Handout() = default;

void Handout::setLibrary(ContentLibrary *library)
{
    if (library == m_library)
        return;
    m_library = library;
    Q_EMIT libraryChanged();
}

content::ContentStore *Handout::store() const
{
    return m_library ? m_library->store() : m_store;
}

QString Handout::formatDate(const QDate &date, const QString &language)
{
    return i18n::formatWithGregorian(date, LanguageController::displayCalendarFor(language), language);
}

QString Handout::defaultPath(const QString &name, const QString &language) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    // Content ids and language codes are [a-z0-9-]; anything else is replaced so the name stays a name.
    QString safe = name + QLatin1Char('-') + language;
    for (QChar &c : safe) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            c = QLatin1Char('-');
    }
    return QDir(folder).filePath(safe + QStringLiteral(".pdf"));
}

QString Handout::text(const char *source, const QString &language)
{
    if (language != m_translatorLanguage) {
        m_translatorLanguage = language;
        delete m_translator;
        m_translator = new QTranslator(this);
        // A language without a translation file leaves the translator empty: English it is.
        if (!m_translator->load(QStringLiteral(":/i18n/rights-companion_%1.qm").arg(language))) {
            delete m_translator;
            m_translator = nullptr;
        }
    }
    for (const char *context : Contexts) {
        const QString translated = m_translator ? m_translator->translate(context, source) : QString();
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString Handout::saveArticle(const QString &pack, const QString &articleId, const QString &language,
                             const QString &filePath)
{
    content::ContentStore *content = store();
    if (!content)
        return tr("No content is installed, so there is nothing to print.");
    const auto article = content->article(pack, articleId, language);
    if (!article)
        return tr("This article is not installed. Update the content and try again.");
    Page page;
    page.language = article->language;
    page.requested = language;
    page.title = article->title;
    page.status = article->status;
    page.notice = article->notice;
    page.sources = article->sources;
    page.checked = article->checked;
    if (!article->summary.isEmpty())
        page.body += QStringLiteral("<p><b>%1</b></p>").arg(escaped(article->summary));
    page.body += bodyOf(article->body);
    return write(page, filePath);
}

QString Handout::saveProcedure(const QString &pack, const QString &procedureId, const QString &language,
                               const QString &filePath)
{
    content::ContentStore *content = store();
    if (!content)
        return tr("No content is installed, so there is nothing to print.");
    const auto procedure = content->procedure(pack, procedureId, language);
    if (!procedure)
        return tr("This procedure is not installed. Update the content and try again.");
    const QString lang = procedure->language;
    Page page;
    page.language = lang;
    page.requested = language;
    page.title = procedure->title;
    page.status = procedure->status;
    page.notice = procedure->notice;
    page.sources = procedure->sources;
    page.checked = procedure->checked;
    QString &body = page.body;
    if (!procedure->summary.isEmpty())
        body += QStringLiteral("<p><b>%1</b></p>").arg(escaped(procedure->summary));
    body += bodyOf(procedure->intro);
    // The steps as a numbered timeline: what happens, who does it, what to prepare, the time limits.
    int number = 0;
    for (const content::ProcedureStep &step : procedure->steps) {
        body += QStringLiteral("<h2>%1. %2</h2>").arg(++number).arg(escaped(step.title));
        if (!step.who.isEmpty())
            body += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(escaped(text(QT_TRANSLATE_NOOP("rc::ui::Handout", "Who is there"), lang)),
                             escaped(step.who));
        if (!step.duration.isEmpty())
            body += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(escaped(text(QT_TRANSLATE_NOOP("rc::ui::Handout", "How long"), lang)),
                             escaped(step.duration));
        body += bodyOf(step.description);
        const auto list = [&](const char *heading, const QStringList &lines) {
            if (lines.isEmpty())
                return;
            body += QStringLiteral("<p><b>%1</b></p>").arg(escaped(text(heading, lang)));
            QString markdown;
            for (const QString &line : lines)
                markdown += QStringLiteral("- ") + line + QLatin1Char('\n');
            body += bodyOf(markdown);
        };
        list(QT_TRANSLATE_NOOP("rc::ui::Handout", "What to prepare"), step.prepare);
        list(QT_TRANSLATE_NOOP("rc::ui::Handout", "Your rights"), step.rights);
        for (const content::ProcedureDeadline &deadline : step.deadlines) {
            const QString limit = deadline.term == content::ProcedureFile::AskLawyer
                ? text(QT_TRANSLATE_NOOP("rc::ui::Handout",
                                         "Time limit: %1. Ask your lawyer at once how much time you have."),
                       lang)
                      .arg(deadline.label)
                : text(QT_TRANSLATE_NOOP("rc::ui::Handout", "Time limit: %1, %2."), lang)
                      .arg(deadline.label, deadline.term);
            body += QStringLiteral("<p><b>%1</b></p>").arg(escaped(limit));
            if (!deadline.basis.isEmpty())
                body += QStringLiteral("<p>%1</p>")
                            .arg(escaped(text(QT_TRANSLATE_NOOP("rc::ui::Handout", "Legal basis: %1"), lang)
                                             .arg(deadline.basis)));
            if (!deadline.note.isEmpty())
                body += QStringLiteral("<p><i>%1</i></p>").arg(escaped(deadline.note));
        }
    }
    return write(page, filePath);
}

QString Handout::saveContact(const QString &pack, const QString &contactId, const QString &language,
                             const QString &filePath)
{
    content::ContentStore *content = store();
    if (!content)
        return tr("No content is installed, so there is nothing to print.");
    const auto contact = content->contact(pack, contactId, language);
    if (!contact)
        return tr("This contact is not installed. Update the content and try again.");
    const QString lang = contact->language;
    const bool rightToLeft = isRightToLeft(lang);
    Page page;
    page.language = lang;
    page.requested = language;
    page.title = contact->name;
    page.status = contact->status;
    page.sources = contact->sources;
    page.checked = contact->verified;
    QString &body = page.body;
    if (!contact->services.isEmpty())
        body += QStringLiteral("<p><b>%1</b></p>").arg(escaped(contact->services));
    body += bodyOf(contact->description);
    if (!contact->hours.isEmpty())
        body += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(text(QT_TRANSLATE_NOOP("rc::ui::Handout", "Opening hours:"), lang)))
            + leftToRight(contact->hours, rightToLeft);
    // Every way to reach them, as the directory lists it; numbers and addresses stay left-to-right.
    for (const content::ContactChannel &channel : contact->channels) {
        QString heading = channel.label;
        if (heading.isEmpty()) {
            if (channel.kind == QLatin1String("phone"))
                heading = text(QT_TRANSLATE_NOOP("rc::ui::Handout", "Phone"), lang);
            else if (channel.kind == QLatin1String("whatsapp"))
                heading = text(QT_TRANSLATE_NOOP("rc::ui::Handout", "WhatsApp"), lang);
            else if (channel.kind == QLatin1String("email"))
                heading = text(QT_TRANSLATE_NOOP("rc::ui::Handout", "E-mail"), lang);
            else if (channel.kind == QLatin1String("website"))
                heading = text(QT_TRANSLATE_NOOP("rc::ui::Handout", "Website"), lang);
            else
                heading = text(QT_TRANSLATE_NOOP("rc::ui::Handout", "Address"), lang);
        }
        body += QStringLiteral("<p style=\"margin-bottom:0\"><b>%1</b></p>").arg(escaped(heading));
        body += leftToRight(channel.display.isEmpty() ? channel.value : channel.display, rightToLeft);
        if (!channel.hours.isEmpty())
            body += leftToRight(channel.hours, rightToLeft);
        if (channel.nationalOnly)
            body += QStringLiteral("<p><i>%1</i></p>")
                        .arg(escaped(text(
                            QT_TRANSLATE_NOOP("rc::ui::Handout", "Only from a Dutch phone number"), lang)));
        if (channel.kind == QLatin1String("website") && page.qrPreferred.isEmpty()
            && channel.value.startsWith(QLatin1String("https://")))
            page.qrPreferred = channel.value;
    }
    return write(page, filePath);
}

QString Handout::write(const Page &page, const QString &filePath)
{
    const QString path = localPath(filePath.trimmed());
    if (path.isEmpty() || QFileInfo(path).isRelative())
        return tr("Type the full path of the file, starting with /.");
    if (QFileInfo(path).isDir())
        return tr("%1 is a folder. Type a file name at the end, for example handout.pdf.").arg(path);
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return tr("The folder %1 does not exist. Choose a folder that exists, or create it first.")
            .arg(QFileInfo(path).absolutePath());

    const QString lang = page.language;
    const bool rightToLeft = isRightToLeft(lang);
    const DistributionProfile::Data &profile = DistributionProfile::compiledIn();
    const QDate printed = m_today.isValid() ? m_today : QDate::currentDate();

    // What the QR code holds. The app registers no URL scheme and has no web address of its own for an
    // article (its article: links only work inside a pack's text), so no code could open the article in
    // the app on another phone. It holds instead the page the distribution names for its support
    // (where that organisation says how to get the app), and when the profile names none, the item's
    // own website (a contact) or its first source: an official page any phone can open. The address
    // is printed beside the code, so that it can also be typed.
    QString qrTarget;
    QString qrCaption;
    if (profile.supportUrl.startsWith(QLatin1String("https://"))) {
        qrTarget = profile.supportUrl;
        qrCaption
            = text(QT_TRANSLATE_NOOP("rc::ui::Handout", "Scan to get %1 and read more in the app:"), lang)
                  .arg(profile.displayName);
    } else {
        qrTarget = page.qrPreferred;
        for (qsizetype i = 0; qrTarget.isEmpty() && i < page.sources.size(); ++i) {
            if (page.sources.at(i).startsWith(QLatin1String("https://")))
                qrTarget = page.sources.at(i);
        }
        qrCaption = text(QT_TRANSLATE_NOOP("rc::ui::Handout", "Scan to open the source on a phone:"), lang);
    }
    const platform::QrCode code
        = qrTarget.isEmpty() ? platform::QrCode() : platform::QrCode::encode(qrTarget);

    QString html;
    html += QStringLiteral("<html><body%1>").arg(rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString());
    html += QStringLiteral("<p style=\"color:#555555\">%1</p>").arg(escaped(profile.displayName));
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(page.title));
    // How far the text can be trusted, as the app says it on the article page.
    if (page.language != page.requested) {
        const auto name = [](const QString &code) {
            for (const auto &known : LanguageController::known()) {
                if (known.code == code)
                    return known.endonym;
            }
            return code;
        };
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(
                        text(QT_TRANSLATE_NOOP("rc::ui::Handout",
                                               "Not yet translated into %1. You are reading the text in %2."),
                             lang)
                            .arg(name(page.requested), name(page.language))));
    }
    if (page.status == QLatin1String("machine"))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(text(QT_TRANSLATE_NOOP("rc::ui::Handout",
                                                        "Machine translation, not yet checked by a person"),
                                      lang)));
    else if (page.status == QLatin1String("outdated"))
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(text(
                        QT_TRANSLATE_NOOP("rc::ui::Handout", "This translation may be out of date"), lang)));
    if (page.notice == content::ArticleFile::LawChangingNotice)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(text(QT_TRANSLATE_NOOP("rc::ui::Handout",
                                                        "The law on this is changing. Ask your lawyer or "
                                                        "VluchtelingenWerk what applies to you."),
                                      lang)));
    html += page.body;
    if (!page.sources.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(escaped(text(QT_TRANSLATE_NOOP("rc::ui::Handout", "Sources"), lang)));
        for (const QString &source : page.sources)
            html += leftToRight(source, rightToLeft);
    }
    // Dates are isolated (U+2068 ... U+2069) so that their digits and brackets keep their order in
    // right-to-left text.
    const auto dated = [&](const char *label, const QDate &date) {
        return QStringLiteral("<p style=\"margin:0\">%1</p>")
            .arg(escaped(text(label, lang).arg(QChar(0x2068) + formatDate(date, lang) + QChar(0x2069))));
    };
    html += QStringLiteral("<p></p>");
    if (page.checked.isValid())
        html += dated(QT_TRANSLATE_NOOP("rc::ui::Handout", "Last checked: %1"), page.checked);
    html += dated(QT_TRANSLATE_NOOP("rc::ui::Handout", "Printed: %1"), printed);

    QTextDocument document;
    const QUrl qrUrl(QStringLiteral("rc-handout:qr"));
    if (!code.isNull()) {
        const QImage image = qrImage(code);
        document.addResource(QTextDocument::ImageResource, qrUrl, image);
        html += QStringLiteral("<p>%1</p>").arg(escaped(qrCaption));
        // 160 px at 96 dpi: a little over 4 cm on paper, large enough for any phone camera.
        html += QStringLiteral("<p align=\"%1\"><img src=\"%2\" width=\"160\" height=\"160\"></p>")
                    .arg(rightToLeft ? QStringLiteral("right") : QStringLiteral("left"), qrUrl.toString());
        html += leftToRight(qrTarget, rightToLeft);
    }
    html += QStringLiteral("</body></html>");

    // Noto covers every script of the content languages (Latin, Arabic script, Ethiopic); Qt picks the
    // first family in the list that has a glyph and embeds the subsets it used.
    QFont font;
    font.setFamilies({ QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                       QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Ethiopic") });
    font.setPointSizeF(11);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(option);
    document.setHtml(html);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not save the handout to %1: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(page.title);
        writer.setCreator(profile.displayName);
        document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return tr("Could not save the handout to %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace rc::ui
