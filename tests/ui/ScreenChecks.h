#pragma once

// What the screen tests check on a rendered window (tst_screens, tst_textscale, tst_accessibility):
// text that is cut off, drawn as empty boxes, or drawn over other text; controls too small to tap; and
// the helpers these checks share, such as walking and finding items (which the other tests of the loaded
// interface use too). Header-only: each test is one translation unit.

#include <QAccessible>
#include <QFont>
#include <QGlyphRun>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRectF>
#include <QSet>
#include <QStringList>
#include <QTextDocument>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>
#include <functional>

namespace screenchecks {

inline bool isTextItem(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextInput")
        || item->inherits("QQuickTextEdit");
}

// Which items a walk visits; an item left out hides its children too.
enum class Items
{
    All, // every item, shown or not
    Visible, // items whose `visible` is true, however transparent
    Seen, // visible and not fully transparent: what a person can see
    Usable, // seen and enabled: what a person can act on
};

// The items under `item` (itself included), depth first in the order QML declares them.
inline void walk(QQuickItem *item, Items which, const std::function<void(QQuickItem *)> &visit)
{
    if (!item || (which != Items::All && !item->isVisible())
        || ((which == Items::Seen || which == Items::Usable) && item->opacity() <= 0.0)
        || (which == Items::Usable && !item->isEnabled()))
        return;
    visit(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, which, visit);
}

// Visible items, depth first in the order QML declares them.
inline void walk(QQuickItem *item, const std::function<void(QQuickItem *)> &visit)
{
    walk(item, Items::Seen, visit);
}

// The first item under `root` called `objectName`, among those `which` names.
inline QQuickItem *findItem(QQuickItem *root, const QString &objectName, Items which)
{
    QQuickItem *found = nullptr;
    walk(root, which, [&](QQuickItem *item) {
        if (!found && item->objectName() == objectName)
            found = item;
    });
    return found;
}

inline QQuickItem *findVisible(QQuickItem *root, const QString &objectName)
{
    return findItem(root, objectName, Items::Seen);
}

// The first item under `root` of the QML type `className` (e.g. "QQuickStackView"), among those `which`
// names.
inline QQuickItem *findInherits(QQuickItem *root, const char *className, Items which)
{
    QQuickItem *found = nullptr;
    walk(root, which, [&](QQuickItem *item) {
        if (!found && item->inherits(className))
            found = item;
    });
    return found;
}

// What the reader sees of an item's text: the markup of rich and styled text taken away.
inline QString shownText(const QQuickItem *item)
{
    const QString text = item->property("text").toString();
    if (!item->inherits("QQuickText") && !item->inherits("QQuickTextEdit"))
        return text;
    const int format = item->property("textFormat").toInt();
    const bool rich = format == Qt::RichText || format == 3 /* MarkdownText */ || format == 4 /* StyledText */
        || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    if (format == 3)
        document.setMarkdown(text);
    else
        document.setHtml(text);
    return document.toPlainText();
}

// How an item is named in a report: its objectName, or the start of its text.
inline QString describe(const QQuickItem *item, const QString &text)
{
    const QString name = item->objectName().isEmpty() ? QString() : item->objectName() + QLatin1Char(' ');
    const QString start = text.size() > 60 ? text.left(60) + QStringLiteral("…") : text;
    return QStringLiteral("%1\"%2\"").arg(name, start);
}

// Characters that draw nothing of their own: spaces, controls, and format characters such as the bidi
// isolates and the zero-width non-joiner that Persian writing needs.
inline bool drawsNothing(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return QChar::isSpace(c) || category == QChar::Other_Control || category == QChar::Other_Format;
}

// Lays `text` out with `font` as Qt Quick does (with font fallback per script) and says whether any
// glyph came out as .notdef, the empty box.
inline bool hasMissingGlyph(const QString &text, const QFont &font)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    QTextLayout layout(line, font);
    layout.beginLayout();
    for (QTextLine textLine = layout.createLine(); textLine.isValid(); textLine = layout.createLine())
        textLine.setLineWidth(1.0e6);
    layout.endLayout();
    const auto runs = layout.glyphRuns();
    for (const QGlyphRun &run : runs) {
        const auto indexes = run.glyphIndexes();
        for (quint32 index : indexes) {
            if (index == 0)
                return true;
        }
    }
    return false;
}

// The characters of `text` that no installed font draws, as "U+1234 'x'"; empty when all are drawn.
inline QStringList missingCharacters(const QString &text, const QFont &font)
{
    if (!hasMissingGlyph(text, font))
        return {};
    QStringList missing;
    QString visibleOnly;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const auto c = char32_t(codePoint);
        if (drawsNothing(c))
            continue;
        const QString character = QString::fromUcs4(&c, 1);
        visibleOnly += character;
        const QString entry
            = QStringLiteral("U+%1 '%2'").arg(quint32(c), 4, 16, QLatin1Char('0')).arg(character);
        if (hasMissingGlyph(character, font) && !missing.contains(entry))
            missing.append(entry);
    }
    // A character that is drawn alone but not in its context (a broken cluster): name the text.
    if (missing.isEmpty() && hasMissingGlyph(visibleOnly, font))
        missing.append(QStringLiteral("a character sequence"));
    return missing;
}

// Whether `text` has letters of a right-to-left script (Arabic, Persian, Hebrew...).
inline bool hasRightToLeftScript(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        const QChar::Direction direction = QChar::direction(char32_t(c));
        if (direction == QChar::DirR || direction == QChar::DirAL)
            return true;
    }
    return false;
}

// Whether an ancestor of `item` scrolls sideways, so that text wider than its item can still be read.
inline bool scrollsSideways(const QQuickItem *item)
{
    for (const QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
        if (parent->inherits("QQuickFlickable")
            && parent->property("contentWidth").toReal() > parent->width() + 1.0)
            return true;
    }
    return false;
}

// Every visible text in the window (header, navigation and page): not cut off, and drawable.
inline void checkText(QQuickItem *root, QStringList *problems)
{
    walk(root, [&](QQuickItem *item) {
        if (!isTextItem(item))
            return;
        const QString text = shownText(item);
        if (text.trimmed().isEmpty())
            return;
        if (item->inherits("QQuickText")) {
            const int elide = item->property("elide").toInt(); // Text.ElideNone is 3
            const int wrapMode = item->property("wrapMode").toInt(); // Text.NoWrap is 0
            const qreal implicitWidth = item->implicitWidth();
            if (elide == 3 && wrapMode == 0 && implicitWidth > item->width() + 1.0 && !scrollsSideways(item))
                problems->append(QStringLiteral("cut off: %1 needs %2 px but has %3")
                                     .arg(describe(item, text))
                                     .arg(qCeil(implicitWidth))
                                     .arg(qFloor(item->width())));
        }
        const QFont font = item->property("font").value<QFont>();
        const QStringList missing = missingCharacters(text, font);
        if (!missing.isEmpty())
            problems->append(
                QStringLiteral("empty boxes: %1 in font '%2': %3")
                    .arg(describe(item, text), font.family(), missing.join(QStringLiteral(", "))));
    });
}

// Whether a person can act on `item`: a control by its class, or anything that tells assistive
// technology it takes focus in an interactive role (e.g. a MouseArea made into a button).
inline bool isInteractive(QQuickItem *item, QAccessibleInterface *accessible)
{
    // A page is announced by its title as a container, not as something to act on.
    if (item->inherits("QQuickPage"))
        return false;
    if (item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox")
        || item->inherits("QQuickSlider") || item->inherits("QQuickSpinBox"))
        return true;
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) {
        // Read-only text (selectable article text, say) is read, not filled in. The text inside an
        // editable ComboBox or a SpinBox is named through that control.
        if (item->property("readOnly").toBool())
            return false;
        const QQuickItem *parent = item->parentItem();
        return !(parent && (parent->inherits("QQuickComboBox") || parent->inherits("QQuickSpinBox")));
    }
    if (!accessible)
        return false;
    static const QSet<QAccessible::Role> roles { QAccessible::Button,       QAccessible::CheckBox,
                                                 QAccessible::RadioButton,  QAccessible::ComboBox,
                                                 QAccessible::EditableText, QAccessible::Slider,
                                                 QAccessible::Link,         QAccessible::PageTab,
                                                 QAccessible::MenuItem };
    return accessible->state().focusable && roles.contains(accessible->role());
}

// What can be tapped: the interactive items above, and text that says it is a link or a button (a
// source address that opens in the browser: it takes taps, though not the keyboard focus).
inline bool isTapTarget(QQuickItem *item)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
    if (isInteractive(item, accessible))
        return true;
    return accessible && isTextItem(item)
        && (accessible->role() == QAccessible::Link || accessible->role() == QAccessible::Button);
}

// Every visible tap target under `root` that is smaller than `minimum` px in either direction.
inline void checkTouchTargets(QQuickItem *root, qreal minimum, QStringList *problems)
{
    walk(root, [&](QQuickItem *item) {
        if (!isTapTarget(item))
            return;
        // Half a pixel of rounding is not a smaller target.
        if (item->width() + 0.5 >= minimum && item->height() + 0.5 >= minimum)
            return;
        const QString text = item->property("text").toString();
        problems->append(QStringLiteral("too small to tap: %1 %2 is %3x%4 px")
                             .arg(QString::fromLatin1(item->metaObject()->className()), describe(item, text))
                             .arg(qFloor(item->width()))
                             .arg(qFloor(item->height())));
    });
}

// The part of `item` on screen in scene coordinates: its rectangle cut by every ancestor that clips
// (a Flickable's content that is scrolled away is not on screen, and not cut off either).
inline QRectF visibleRect(const QQuickItem *item, const QRectF &rect)
{
    QRectF visible = item->mapRectToScene(rect);
    for (const QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
        if (parent->clip())
            visible &= parent->mapRectToScene(QRectF(0, 0, parent->width(), parent->height()));
    }
    if (item->window())
        visible &= QRectF(0, 0, item->window()->width(), item->window()->height());
    return visible;
}

// Where an item's text is drawn, in its own coordinates: its content size, placed by its padding and
// alignment.
inline QRectF textRect(const QQuickItem *item)
{
    const qreal left = item->property("leftPadding").toReal();
    const qreal right = item->property("rightPadding").toReal();
    const qreal top = item->property("topPadding").toReal();
    const qreal bottom = item->property("bottomPadding").toReal();
    const qreal contentWidth = item->property("contentWidth").toReal();
    const qreal contentHeight = item->property("contentHeight").toReal();
    const qreal width = item->width() - left - right;
    const qreal height = item->height() - top - bottom;
    const int horizontal = item->property("effectiveHorizontalAlignment").toInt();
    const int vertical = item->property("verticalAlignment").toInt();
    qreal x = left;
    if (horizontal & Qt::AlignRight)
        x += width - contentWidth;
    else if (horizontal & Qt::AlignHCenter)
        x += (width - contentWidth) / 2;
    qreal y = top;
    if (vertical & Qt::AlignBottom)
        y += height - contentHeight;
    else if (vertical & Qt::AlignVCenter)
        y += (height - contentHeight) / 2;
    // The spacing after the last line (line height above 1) draws nothing: as high as the text needs.
    const qreal drawnHeight
        = std::min(contentHeight, std::max(item->implicitHeight(), item->height()) - top - bottom);
    return QRectF(x, y, contentWidth, drawnHeight);
}

// How an item is named for assistive technology (Accessible.name and .description, as the page set
// them or as a Label sets its own name to its whole text), without the invisible bidi isolates that
// keep addresses left to right.
inline QStringList givenNames(const QQuickItem *item)
{
    const auto plain = [](QString text) {
        text.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
        return text.trimmed();
    };
    QStringList names;
    for (const QObject *child : item->children()) {
        if (child->inherits("QQuickAccessibleAttached")) {
            names.append(plain(child->property("name").toString()));
            names.append(plain(child->property("description").toString()));
        }
    }
    names.removeAll(QString());
    return names;
}

// Whether text that does not fit is shortened on purpose, with the whole text within reach: the page
// set the eliding (not a button that shortens its label by itself) and gave the whole text as the
// accessible name of the text, or of the control it belongs to (a field's placeholder).
inline bool elidesOnPurpose(QQuickItem *item, const QString &text)
{
    if (item->property("elide").toInt() == 3 /* Text.ElideNone */)
        return false;
    if (item->parentItem() && item->parentItem()->inherits("QQuickIconLabel"))
        return false;
    QString whole = text;
    whole.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    whole = whole.trimmed();
    for (QQuickItem *named = item; named; named = named->parentItem()) {
        if (givenNames(named).contains(whole))
            return true;
        if (named != item && isInteractive(named, QAccessible::queryAccessibleInterface(named)))
            break;
    }
    return false;
}

// Text that does not fit where it is shown, for every visible text under `root`: shortened (elided or
// cut after a number of lines) without the whole text within reach; lines wider than the item; text
// taller than the item (drawn over what follows); text drawn outside its button; text cut by an
// ancestor that clips, or by the window's edge. A text in an editable field may be wider than the field (it
// scrolls as one types); text in a view that scrolls sideways may be wider than the view.
inline void checkFit(QQuickItem *root, QStringList *problems)
{
    walk(root, [&](QQuickItem *item) {
        if (!isTextItem(item) || item->width() <= 0 || item->height() <= 0)
            return;
        const QString text = shownText(item);
        if (text.trimmed().isEmpty())
            return;
        const QString what = QStringLiteral("%1 (%2 px text)")
                                 .arg(describe(item, text))
                                 .arg(item->property("font").value<QFont>().pixelSize());
        const bool editable = !item->inherits("QQuickText") && !item->property("readOnly").toBool();
        if (item->property("truncated").toBool() && !elidesOnPurpose(item, text)) {
            problems->append(QStringLiteral("shortened: %1 is cut to %2 px wide, %3 px high")
                                 .arg(what)
                                 .arg(qFloor(item->width()))
                                 .arg(qFloor(item->height())));
            return;
        }
        const qreal left = item->property("leftPadding").toReal();
        const qreal right = item->property("rightPadding").toReal();
        const qreal contentWidth = item->property("contentWidth").toReal();
        const bool truncated = item->property("truncated").toBool();
        if (!truncated && !editable && contentWidth > item->width() - left - right + 1.0
            && !scrollsSideways(item))
            problems->append(QStringLiteral("too wide: %1 needs %2 px but has %3")
                                 .arg(what)
                                 .arg(qCeil(contentWidth + left + right))
                                 .arg(qFloor(item->width())));
        // The text and its padding. (Not contentHeight: with a line height above 1 it counts the
        // spacing after the last line, which draws nothing.)
        const qreal needed = item->implicitHeight();
        if (!truncated && needed > item->height() + 1.0)
            problems->append(QStringLiteral("too high: %1 needs %2 px but has %3")
                                 .arg(what)
                                 .arg(qCeil(needed))
                                 .arg(qFloor(item->height())));
        // Cut by an ancestor or the window. Only the parts that exist on screen count: text scrolled
        // out of a view is cut by the view, and still readable by scrolling.
        const QRectF drawn = item->mapRectToScene(textRect(item));
        const QRectF shown = visibleRect(item, textRect(item));
        if (shown.isEmpty())
            return;
        const bool cutSideways = shown.width() + 1.0 < drawn.width() && !scrollsSideways(item) && !editable;
        bool cutVertically = false;
        if (shown.height() + 1.0 < drawn.height()) {
            // Cut vertically by something that does not scroll.
            cutVertically = true;
            for (const QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
                if (parent->inherits("QQuickFlickable") && parent->clip())
                    cutVertically = false;
            }
        }
        // Drawn outside the button it belongs to (a label taller than a button of fixed height).
        for (const QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
            if (!parent->inherits("QQuickAbstractButton"))
                continue;
            const QRectF button = parent->mapRectToScene(QRectF(0, 0, parent->width(), parent->height()));
            if (!button.adjusted(-1, -1, 1, 1).contains(drawn))
                problems->append(
                    QStringLiteral("outside its button: %1 is drawn at %2,%3 %4x%5, the button at "
                                   "%6,%7 %8x%9")
                        .arg(what)
                        .arg(qRound(drawn.x()))
                        .arg(qRound(drawn.y()))
                        .arg(qCeil(drawn.width()))
                        .arg(qCeil(drawn.height()))
                        .arg(qRound(button.x()))
                        .arg(qRound(button.y()))
                        .arg(qCeil(button.width()))
                        .arg(qCeil(button.height())));
            break;
        }
        if (cutSideways || cutVertically)
            problems->append(QStringLiteral("cut off by its container: %1 is drawn %2x%3 px, %4x%5 shown")
                                 .arg(what)
                                 .arg(qCeil(drawn.width()))
                                 .arg(qCeil(drawn.height()))
                                 .arg(qFloor(shown.width()))
                                 .arg(qFloor(shown.height())));
    });
}

// Texts drawn over each other: the drawn areas of two visible texts, neither inside the other (a
// field and its placeholder), overlap by more than a couple of pixels each way.
inline void checkOverlaps(QQuickItem *root, QStringList *problems)
{
    struct Drawn
    {
        QQuickItem *item;
        QRectF rect;
        QString text;
    };
    QList<Drawn> texts;
    walk(root, [&](QQuickItem *item) {
        if (!isTextItem(item) || item->width() <= 0 || item->height() <= 0)
            return;
        const QString text = shownText(item);
        if (text.trimmed().isEmpty())
            return;
        const QRectF rect = visibleRect(item, textRect(item));
        if (!rect.isEmpty())
            texts.append({ item, rect, text });
    });
    const auto contains = [](const QQuickItem *ancestor, const QQuickItem *item) {
        for (const QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
            if (parent == ancestor)
                return true;
        }
        return false;
    };
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            const QRectF common = texts.at(i).rect & texts.at(j).rect;
            if (common.width() <= 2.0 || common.height() <= 2.0)
                continue;
            if (contains(texts.at(i).item, texts.at(j).item) || contains(texts.at(j).item, texts.at(i).item))
                continue;
            problems->append(QStringLiteral("overlap: %1 and %2 share %3x%4 px")
                                 .arg(describe(texts.at(i).item, texts.at(i).text),
                                      describe(texts.at(j).item, texts.at(j).text))
                                 .arg(qCeil(common.width()))
                                 .arg(qCeil(common.height())));
        }
    }
}

} // namespace screenchecks
