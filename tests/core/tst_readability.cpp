#include "content/Readability.h"

#include <QStandardPaths>
#include <QTest>

using rc::content::Readability::longSentences;
using rc::content::Readability::sentences;

namespace {

QString words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("word"));
    return list.join(QLatin1Char(' '));
}

} // namespace

class tst_Readability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countsWordsPerSentence()
    {
        const auto found = sentences(QStringLiteral("You ask for asylum. Then you wait! Why? Because."));
        QCOMPARE(found.size(), 4);
        QCOMPARE(found.at(0).words, 4);
        QCOMPARE(found.at(1).words, 3);
        QCOMPARE(found.at(2).words, 1);
        QCOMPARE(found.at(3).text, QStringLiteral("Because."));
    }

    void thirtyWordsIsFineThirtyOneIsNot()
    {
        QVERIFY(longSentences(words(30) + QStringLiteral(".")).isEmpty());
        const auto found = longSentences(words(31) + QStringLiteral("."));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().words, 31);
        QCOMPARE(found.first().line, 1);
    }

    void aSentenceCanSpanLinesAndKeepsItsFirstLine()
    {
        const QString text = QStringLiteral("Intro.\n\n") + words(20) + QStringLiteral("\n") + words(20)
            + QStringLiteral(". Short one.");
        const auto found = longSentences(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().line, 3);
        QCOMPARE(found.first().words, 40);
    }

    void blocksEndSentences()
    {
        // A heading, each list item and a new paragraph end the sentence before them, with or without
        // a full stop: "The time you have for this:" followed by a list is not one long sentence.
        const QString text = QStringLiteral("## ") + words(20) + QStringLiteral("\n") + words(20)
            + QStringLiteral(":\n\n- ") + words(20) + QStringLiteral("\n- ") + words(20)
            + QStringLiteral("\n1. ") + words(20) + QStringLiteral("\n> ") + words(20)
            + QStringLiteral("\n\n") + words(20);
        QVERIFY(longSentences(text).isEmpty());
        QCOMPARE(sentences(text).size(), 7);
    }

    void markupIsNotWords()
    {
        // Link targets, emphasis and list markers are not counted; punctuation alone is no word.
        const QString link = QStringLiteral("[the IND](https://ind.nl/a/very/long/path) ");
        QString text;
        for (int i = 0; i < 15; ++i)
            text += link;
        QCOMPARE(sentences(text).first().words, 30);
        QCOMPARE(sentences(QStringLiteral("**Bold** and _this_ \u2013 and that.")).first().words, 5);
        QCOMPARE(sentences(QStringLiteral("**Bold** and _this_ \u2013 and that.")).first().text,
                 QStringLiteral("Bold and this \u2013 and that."));
    }

    void closingQuotesAndBracketsStillEndASentence()
    {
        QCOMPARE(sentences(QStringLiteral("It is called a \"voornemen.\" Then you answer.")).size(), 2);
        QCOMPARE(sentences(QStringLiteral("Ask your lawyer (or VluchtelingenWerk.) Then go.")).size(), 2);
        // Numbers and abbreviations inside a word do not end one.
        QCOMPARE(sentences(QStringLiteral("Article 82.2 applies. Costs are 1.50 euro.")).size(), 2);
    }

    void otherScriptsCountToo()
    {
        QCOMPARE(sentences(QStringLiteral("قواعد أوروبية جديدة تنطبق. اسأل محاميك.")).size(), 2);
        QCOMPARE(sentences(QStringLiteral("قواعد أوروبية جديدة تنطبق.")).first().words, 4);
    }
};

QTEST_GUILESS_MAIN(tst_Readability)
#include "tst_readability.moc"
