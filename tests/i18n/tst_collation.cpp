#include "i18n/Collation.h"

#include <QTest>

using rc::i18n::Collation;

namespace {

QStringList sorted(const QString &language, QStringList words,
                   Collation::Strength strength = Collation::Strength::Tertiary)
{
    Collation(language, strength).sort(words);
    return words;
}

} // namespace

class TestCollation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The Persian alphabet: ب پ ت ... ک گ ل ... ن و ه ی. Root order (Arabic) puts ه before و.
    void persianOrder()
    {
        const Collation fa(u"fa");
        QVERIFY(fa.isTailored());
        QVERIFY(fa.lessThan(u"ب", u"پ"));
        QVERIFY(fa.lessThan(u"پ", u"ت"));
        QVERIFY(fa.lessThan(u"ک", u"گ"));
        QVERIFY(fa.lessThan(u"گ", u"ل"));
        QVERIFY(fa.lessThan(u"و", u"ه"));
        QVERIFY(Collation(u"ar").lessThan(u"ه", u"و"));
        QCOMPARE(sorted(QStringLiteral("fa"),
                        { QStringLiteral("گواهی"), QStringLiteral("وکیل"), QStringLiteral("پناهنده"),
                          QStringLiteral("هویت"), QStringLiteral("بازداشت"), QStringLiteral("کار") }),
                 QStringList({ QStringLiteral("بازداشت"), QStringLiteral("پناهنده"), QStringLiteral("کار"),
                               QStringLiteral("گواهی"), QStringLiteral("وکیل"), QStringLiteral("هویت") }));
        // Arabic kaf and Persian keheh are one letter at the base level (text typed on an Arabic keyboard).
        QCOMPARE(Collation(u"fa", Collation::Strength::Primary).compare(u"كار", u"کار"), 0);
    }

    // Turkish: ç, ğ, ı, ö, ş, ü are letters of their own; ı comes before i.
    void turkishOrder()
    {
        const Collation tr(u"tr");
        QVERIFY(tr.isTailored());
        QVERIFY(tr.lessThan(u"cz", u"ça"));
        QVERIFY(tr.lessThan(u"ça", u"d"));
        QVERIFY(tr.lessThan(u"ız", u"ia"));
        QVERIFY(tr.lessThan(u"sz", u"şa"));
        // Without the Turkish rules ç is an accented c and ı follows i.
        QVERIFY(Collation(u"en").lessThan(u"ça", u"cz"));
        QVERIFY(Collation(u"en").lessThan(u"ia", u"ız"));
        QCOMPARE(sorted(QStringLiteral("tr"),
                        { QStringLiteral("iş"), QStringLiteral("çocuk"), QStringLiteral("ılık"),
                          QStringLiteral("cami"), QStringLiteral("dava") }),
                 QStringList({ QStringLiteral("cami"), QStringLiteral("çocuk"), QStringLiteral("dava"),
                               QStringLiteral("ılık"), QStringLiteral("iş") }));
    }

    // Tashkeel is a secondary difference: ignored at primary strength, a tie-breaker otherwise.
    void arabicIgnoresTashkeelAtPrimaryStrength()
    {
        const Collation primary(u"ar", Collation::Strength::Primary);
        QCOMPARE(primary.compare(u"كَتَبَ", u"كتب"), 0);
        QCOMPARE(primary.compare(u"مُحَامٍ", u"محام"), 0);
        QVERIFY(primary.lessThan(u"كَتَبَ", u"كتز"));
        const Collation tertiary(u"ar");
        QVERIFY(tertiary.compare(u"كَتَبَ", u"كتب") != 0);
        QVERIFY(tertiary.lessThan(u"كَتَبَ", u"كتز"));
    }

    // Languages ICU 72 has no rules for still sort by their script's order.
    void rootOrderWithoutTailoring()
    {
        for (const char16_t *language : { u"ti", u"ckb", u"so", u"xx", u"", u"fa@colStrength=primary" }) {
            const Collation collation(language);
            QVERIFY(!collation.isTailored());
            QVERIFY(collation.lessThan(u"apple", u"Banana"));
        }
        // Ethiopic syllables by consonant, then vowel order: ሀ ሁ ... ለ ... መ.
        QCOMPARE(sorted(QStringLiteral("ti"),
                        { QStringLiteral("መስከረም"), QStringLiteral("ለካቲት"), QStringLiteral("ሀገር") }),
                 QStringList({ QStringLiteral("ሀገር"), QStringLiteral("ለካቲት"), QStringLiteral("መስከረም") }));
    }

    void sortByKeepsTiesInOrder()
    {
        struct Entry
        {
            QString term;
            int id;
        };
        QList<Entry> entries = { { QStringLiteral("b"), 1 },
                                 { QStringLiteral("A"), 2 },
                                 { QStringLiteral("a"), 3 },
                                 { QStringLiteral("B"), 4 } };
        Collation(u"en", Collation::Strength::Primary).sortBy(entries, [](const Entry &e) { return e.term; });
        QList<int> ids;
        for (const Entry &e : entries)
            ids.append(e.id);
        QCOMPARE(ids, QList<int>({ 2, 3, 1, 4 }));
    }

    void sortKeysAgreeWithCompare()
    {
        const Collation fa(u"fa");
        const QStringList words = { QStringLiteral("پ"), QStringLiteral("ب"), QStringLiteral("ه"),
                                    QStringLiteral("و"), QStringLiteral("a"), QString() };
        for (const QString &a : words) {
            for (const QString &b : words) {
                const int byCompare = fa.compare(a, b);
                const int byKey
                    = fa.sortKey(a) < fa.sortKey(b) ? -1 : (fa.sortKey(b) < fa.sortKey(a) ? 1 : 0);
                QCOMPARE(byKey, byCompare < 0 ? -1 : (byCompare > 0 ? 1 : 0));
            }
        }
    }

    // Terms come from downloaded content: odd text sorts without crashing and deterministically.
    void hostileText()
    {
        const Collation ar(u"ar");
        const QString huge(200000, QChar(0x0628));
        const QString unpaired = QString(QChar(0xD800)) + QStringLiteral("x");
        const QString marks = QString(5000, QChar(0x064E)); // fatha alone, many times
        QStringList words = { huge, unpaired, marks, QString(), QStringLiteral("ب"), QString(QChar(0)) };
        ar.sort(words);
        QCOMPARE(words.size(), 6);
        QVERIFY(ar.compare(huge, huge) == 0);
        QVERIFY(ar.lessThan(QStringLiteral("ب"), huge));
        QVERIFY(ar.sortKey(huge).size() > 0);
        QStringList again = words;
        std::reverse(again.begin(), again.end());
        ar.sort(again);
        // Equal-sorting entries (the empty string, a lone NUL, marks only) may swap; the rest is fixed.
        QCOMPARE(again.indexOf(huge), words.indexOf(huge));
        QCOMPARE(again.indexOf(QStringLiteral("ب")), words.indexOf(QStringLiteral("ب")));
    }
};

QTEST_GUILESS_MAIN(TestCollation)
#include "tst_collation.moc"
