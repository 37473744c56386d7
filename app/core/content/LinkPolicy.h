#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rc::content {

// Content may only link to web pages over https, phone numbers and e-mail addresses, and to its own
// articles and glossary entries (article:<id>, glossary:<id>). Anything else (javascript:, file:, http:,
// intent:, data:, app-specific schemes) could be used to trick someone, and remote images would tell a
// server who reads what, so they are never allowed. Neither is raw HTML.
namespace LinkPolicy {

// https (with a host), tel and mailto: what the system may open.
bool isExternalLink(const QString &url);

// A link inside the pack: "article:<id>" or "glossary:<id>", the scheme in lower case and the id as
// article folders and glossary entries spell it (lower-case letters, digits and single '-').
struct InternalLink
{
    enum class Kind
    {
        Article,
        Glossary
    };
    Kind kind;
    QString id;
};
std::optional<InternalLink> internalLink(const QString &url);

// An external or an internal link.
bool isAllowedLink(const QString &url);

// The id rule shared by articles, topics and glossary entries.
bool isValidId(const QString &id);

struct FoundLink
{
    int line; // 1-based, relative to the first line of the scanned text
    QString url;
    bool isImage;
};

// Finds inline links, images, autolinks, reference definitions and raw HTML src/href attributes in
// Markdown. Meant for linting: the renderer enforces the policy again on what md4c actually parses.
QList<FoundLink> scanMarkdown(const QString &markdown);

struct FoundHtml
{
    int line; // 1-based, relative to the first line of the scanned text
    QString tag; // the tag or comment as written, e.g. "<b>" or "<!--"
};

// Finds raw HTML (tags and comments) outside code spans. Autolinks such as <https://...> are not HTML.
QList<FoundHtml> scanRawHtml(const QString &markdown);

} // namespace LinkPolicy
} // namespace rc::content
