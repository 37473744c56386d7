#pragma once

#include <QList>
#include <QString>

namespace rc::content {

// Content may only link to web pages over https, phone numbers and e-mail addresses. Anything else
// (javascript:, file:, http:, intent:, data:, app-specific schemes) could be used to trick someone, and
// remote images would tell a server who reads what, so they are never allowed.
namespace LinkPolicy {

bool isAllowedLink(const QString &url);

struct FoundLink
{
    int line; // 1-based, relative to the first line of the scanned text
    QString url;
    bool isImage;
};

// Finds inline links, images, autolinks, reference definitions and raw HTML src/href attributes in
// Markdown. Meant for linting: the renderer enforces the policy again on what md4c actually parses.
QList<FoundLink> scanMarkdown(const QString &markdown);

} // namespace LinkPolicy
} // namespace rc::content
