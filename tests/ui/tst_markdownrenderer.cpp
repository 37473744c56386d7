#include "MarkdownRenderer.h"

#include <QTest>

using rc::ui::MarkdownRenderer::toHtml;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersHeadingsListsAndEmphasis()
    {
        const QString html
            = toHtml(QStringLiteral("## Your lawyer\n\n- one\n- two\n\nThis is **important**."));
        QVERIFY(html.contains(QLatin1String("<h2")));
        QVERIFY(html.contains(QLatin1String("Your lawyer")));
        QVERIFY(html.contains(QLatin1String("<li")));
        QVERIFY(html.contains(QLatin1String("font-weight")));
    }

    void keepsAllowedLinks()
    {
        const QString html = toHtml(
            QStringLiteral("[IND](https://ind.nl/) and [call](tel:+31880430430) and [mail](mailto:a@b.nl)"));
        QVERIFY(html.contains(QLatin1String("href=\"https://ind.nl/\"")));
        QVERIFY(html.contains(QLatin1String("href=\"tel:+31880430430\"")));
        QVERIFY(html.contains(QLatin1String("href=\"mailto:a@b.nl\"")));
    }

    void keepsInternalLinks()
    {
        const QString html
            = toHtml(QStringLiteral("[the appeal](article:appeal) and a [voornemen](glossary:voornemen)"));
        QVERIFY2(html.contains(QLatin1String("href=\"article:appeal\"")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("href=\"glossary:voornemen\"")), qPrintable(html));
    }

    void unsafeLinksBecomePlainText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("javascript") << QStringLiteral("[tap here](javascript:alert(1))");
        QTest::newRow("http") << QStringLiteral("[tap here](http://fake-ngo.example/)");
        QTest::newRow("file") << QStringLiteral("[tap here](file:///etc/passwd)");
        QTest::newRow("intent") << QStringLiteral("[tap here](intent://scan/#Intent;end)");
        QTest::newRow("autolink") << QStringLiteral("<http://fake-ngo.example/>");
        QTest::newRow("reference") << QStringLiteral("[tap here][x]\n\n[x]: javascript:alert(1)");
        QTest::newRow("internal link with a bad id") << QStringLiteral("[tap here](article:../../etc)");
        QTest::newRow("internal link in capitals") << QStringLiteral("[tap here](ARTICLE:appeal)");
        QTest::newRow("unknown internal scheme") << QStringLiteral("[tap here](topic:arrival)");
    }
    void unsafeLinksBecomePlainText()
    {
        QFETCH(QString, markdown);
        const QString html = toHtml(markdown);
        QVERIFY2(!html.contains(QLatin1String("href")), qPrintable(html));
    }

    void imagesAreDropped()
    {
        const QString html
            = toHtml(QStringLiteral("Before ![tracker](https://tracker.example/pixel.png) after"));
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(!html.contains(QLatin1String("tracker.example")));
        QVERIFY(html.contains(QLatin1String("Before")));
        QVERIFY(html.contains(QLatin1String("after")));
    }

    void rawHtmlIsNotInterpreted()
    {
        const QString html
            = toHtml(QStringLiteral("<img src=\"https://tracker.example/x.png\"> <a "
                                    "href=\"javascript:x\">x</a>\n\n<script>alert(1)</script>"));
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("href=\"javascript")));
    }

    void doesNotPinAFontSize()
    {
        // The user's text size must apply: the body may not carry the document's default font.
        const QString html = toHtml(QStringLiteral("Text"));
        QVERIFY(html.contains(QLatin1String("<body>")));
    }

    // Dutch names with brackets inside Arabic, Persian or Pashto text stay one left-to-right unit, so a
    // line break inside them cannot send the brackets to the wrong side.
    void isolatesLatinRunsInRightToLeftText()
    {
        const QChar lri(0x2066);
        const QChar pdi(0x2069);
        const QString html = toHtml(QStringLiteral(
            "شما در مرکز IND (Immigratie- en Naturalisatiedienst) درخواست می‌دهید. "
            "([beroep](glossary:beroep))"));
        QVERIFY2(html.contains(lri + QStringLiteral("IND (Immigratie- en Naturalisatiedienst)") + pdi),
                 qPrintable(html));
        // A bracketed Dutch word keeps its brackets in the unit, and stays a link.
        QVERIFY2(html.contains(lri + QStringLiteral("(<a href=\"glossary:beroep\"")), qPrintable(html));
        // Left-to-right text is left alone.
        const QString latin = toHtml(QStringLiteral("The IND (Immigratie- en Naturalisatiedienst) decides."));
        QVERIFY(!latin.contains(lri) && !latin.contains(pdi));
        // Isolates always come in pairs.
        const QString mixed = toHtml(QStringLiteral("مرحلة (AA) و (VA و Dublin) ثم 12 (يوم"));
        QCOMPARE(mixed.count(lri), mixed.count(pdi));
    }

    void survivesHostileInput()
    {
        QString deep;
        for (int i = 0; i < 5000; ++i)
            deep += QStringLiteral("> ");
        deep += QStringLiteral("quote");
        QVERIFY(toHtml(deep).contains(QLatin1String("quote")));
        QVERIFY(!toHtml(QString(200000, QLatin1Char('['))).isEmpty());
        QVERIFY(!toHtml(QStringLiteral("\u202E\u0000\uFFFF")).isEmpty());
    }
};

QTEST_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
