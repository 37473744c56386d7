#pragma once

#include <QString>

namespace rc::ui {

// Turns article Markdown into the HTML subset that Qt Quick's Text renders, with Qt's own Markdown
// parser (md4c). Raw HTML is not parsed at all, images are dropped (a remote image would tell a server
// who reads what) and a link that is not https, tel, mailto or an internal article:<id> or glossary:<id>
// link becomes plain text. Lint already refuses such content; this is the second line, for packs that
// did not come through our lint. Internal links stay links: the page decides where they lead
// (ContentLibrary::linkTarget).
namespace MarkdownRenderer {

QString toHtml(const QString &markdown);

} // namespace MarkdownRenderer
} // namespace rc::ui
