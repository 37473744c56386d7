// Known answers for the search folding (search/TextFolding), one test per rule, in every script the
// content uses, plus hostile input.
#include "search/TextFolding.h"

#include <QTest>

using rc::search::FoldingProfile;
using rc::search::foldingProfileFor;
using rc::search::MaxTokenBytes;

namespace {

QString fold(const QString &word, const QString &language)
{
    return rc::search::foldWord(word, foldingProfileFor(language));
}

} // namespace

class tst_TextFolding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profiles();
    void arabicTashkeelIsRemoved_data();
    void arabicTashkeelIsRemoved();
    void arabicLetterFormsAreUnified_data();
    void arabicLetterFormsAreUnified();
    void hamzaLettersStay();
    void persianLettersDigitsAndZwnj_data();
    void persianLettersDigitsAndZwnj();
    void soraniLettersStayApart();
    void pashtoLettersStay();
    void turkishDottedAndDotlessI_data();
    void turkishDottedAndDotlessI();
    void ukrainianCase();
    void tigrinyaIsUnchanged();
    void frenchAndOtherLatinAccents_data();
    void frenchAndOtherLatinAccents();
    void compatibilityForms();
    void foldingIsIdempotent();
    void hostileInput();
};

void tst_TextFolding::profiles()
{
    QCOMPARE(foldingProfileFor(u"ckb"), FoldingProfile::Sorani);
    for (const char16_t *language : { u"ar", u"fa", u"prs", u"ps", u"en", u"tr", u"ti", u"", u"xx" })
        QCOMPARE(foldingProfileFor(language), FoldingProfile::General);
}

void tst_TextFolding::arabicTashkeelIsRemoved_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("typed");
    QTest::newRow("harakat") << QStringLiteral("مُحَامِيكَ") << QStringLiteral("محاميك");
    QTest::newRow("shadda and tanween") << QStringLiteral("مَجَّانِيٍّ") << QStringLiteral("مجاني");
    QTest::newRow("sukun") << QStringLiteral("اِسْأَلْ") << QStringLiteral("اسأل");
    QTest::newRow("superscript alef") << QStringLiteral("هٰذا") << QStringLiteral("هذا");
    QTest::newRow("tatweel") << QStringLiteral("المحـــامي") << QStringLiteral("المحامي");
    QTest::newRow("tashkeel and tatweel") << QStringLiteral("المُحَـــامِي") << QStringLiteral("المحامي");
}

void tst_TextFolding::arabicTashkeelIsRemoved()
{
    QFETCH(QString, written);
    QFETCH(QString, typed);
    for (const QString &language : { QStringLiteral("ar"), QStringLiteral("ckb") })
        QCOMPARE(fold(written, language), fold(typed, language));
    // The folded form has no mark left.
    for (const QChar c : fold(written, QStringLiteral("ar")))
        QVERIFY2(c.category() != QChar::Mark_NonSpacing && c.unicode() != 0x0640,
                 qPrintable(fold(written, QStringLiteral("ar"))));
}

void tst_TextFolding::arabicLetterFormsAreUnified_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("ي ی") << QStringLiteral("في") << QStringLiteral("فی");
    QTest::newRow("ى ی") << QStringLiteral("على") << QStringLiteral("علی");
    QTest::newRow("ى ي") << QStringLiteral("على") << QStringLiteral("علي");
    QTest::newRow("ك ک") << QStringLiteral("كتاب") << QStringLiteral("کتاب");
    QTest::newRow("أ ا") << QStringLiteral("أحمد") << QStringLiteral("احمد");
    QTest::newRow("إ ا") << QStringLiteral("إجراءات") << QStringLiteral("اجراءات");
    QTest::newRow("آ ا") << QStringLiteral("آخر") << QStringLiteral("اخر");
    QTest::newRow("ٱ ا") << QStringLiteral("ٱلله") << QStringLiteral("الله");
    QTest::newRow("ة ه") << QStringLiteral("المقابلة") << QStringLiteral("المقابله");
    QTest::newRow("ۀ ه") << QStringLiteral("خانۀ") << QStringLiteral("خانه");
    QTest::newRow("ە ه outside Sorani") << QStringLiteral("خانە") << QStringLiteral("خانه");
}

void tst_TextFolding::arabicLetterFormsAreUnified()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    for (const QString &language :
         { QStringLiteral("ar"), QStringLiteral("fa"), QStringLiteral("prs"), QStringLiteral("ps") })
        QCOMPARE(fold(a, language), fold(b, language));
    // The forms kept are the Persian ones.
    QCOMPARE(fold(QStringLiteral("محاميك"), QStringLiteral("ar")), QStringLiteral("محامیک"));
}

void tst_TextFolding::hamzaLettersStay()
{
    // Hamza that is part of the letter is not tashkeel: ئ and ؤ are letters of their own, also when
    // typed as a letter plus a combining hamza.
    for (const QString &language : { QStringLiteral("ar"), QStringLiteral("ckb"), QStringLiteral("ps") }) {
        QCOMPARE(fold(QStringLiteral("ئێوە"), language).left(1), QStringLiteral("ئ"));
        QVERIFY(fold(QStringLiteral("سئل"), language) != fold(QStringLiteral("سيل"), language));
        QVERIFY(fold(QStringLiteral("مؤمن"), language) != fold(QStringLiteral("مومن"), language));
        QCOMPARE(fold(QStringLiteral("\u064A\u0654"), language), fold(QStringLiteral("ئ"), language));
    }
}

void tst_TextFolding::persianLettersDigitsAndZwnj_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("typed");
    QTest::newRow("Arabic yeh for Farsi yeh") << QStringLiteral("رایگان") << QStringLiteral("رايگان");
    QTest::newRow("Arabic kaf for keheh") << QStringLiteral("وکیل") << QStringLiteral("وكيل");
    QTest::newRow("ZWNJ") << QStringLiteral("می\u200Cخواهم") << QStringLiteral("میخواهم");
    QTest::newRow("Persian digits") << QStringLiteral("۲۸") << QStringLiteral("28");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٢٨") << QStringLiteral("28");
    QTest::newRow("Persian and Arabic digits") << QStringLiteral("۱۴۰۳") << QStringLiteral("١٤٠٣");
    QTest::newRow("decimal separator") << QStringLiteral("١٢٫٥") << QStringLiteral("12.5");
}

void tst_TextFolding::persianLettersDigitsAndZwnj()
{
    QFETCH(QString, written);
    QFETCH(QString, typed);
    QCOMPARE(fold(written, QStringLiteral("fa")), fold(typed, QStringLiteral("fa")));
    QCOMPARE(fold(written, QStringLiteral("prs")), fold(typed, QStringLiteral("prs")));
    QCOMPARE(fold(QStringLiteral("۰۱۲۳۴۵۶۷۸۹"), QStringLiteral("fa")), QStringLiteral("0123456789"));
    QCOMPARE(fold(QStringLiteral("٠١٢٣٤٥٦٧٨٩"), QStringLiteral("ckb")), QStringLiteral("0123456789"));
}

void tst_TextFolding::soraniLettersStayApart()
{
    const QString ckb = QStringLiteral("ckb");
    // ە (the vowel e) and ه (h) are different letters in Sorani.
    QVERIFY(fold(QStringLiteral("ە"), ckb) != fold(QStringLiteral("ه"), ckb));
    QVERIFY(fold(QStringLiteral("پارێزەر"), ckb) != fold(QStringLiteral("پارێزهر"), ckb));
    QVERIFY(fold(QStringLiteral("ە"), ckb) != fold(QStringLiteral("ھ"), ckb));
    QVERIFY(fold(QStringLiteral("ە"), ckb) != fold(QStringLiteral("ة"), ckb));
    // Kurdish letters are never touched.
    for (const QString &letter :
         { QStringLiteral("ێ"), QStringLiteral("ۆ"), QStringLiteral("ڵ"), QStringLiteral("ڕ"),
           QStringLiteral("ڤ"), QStringLiteral("ە"), QStringLiteral("ھ") })
        QCOMPARE(fold(letter, ckb), letter);
    QCOMPARE(fold(QStringLiteral("پارێزەری خۆڕایی").split(QLatin1Char(' ')).first(), ckb),
             QStringLiteral("پارێزەری"));
    QCOMPARE(fold(QStringLiteral("هۆڵەندا"), ckb), QStringLiteral("هۆڵەندا"));
    // What Arabic keyboards type for Sorani yeh and kaf is still the same letter.
    QCOMPARE(fold(QStringLiteral("يارمەتي"), ckb), fold(QStringLiteral("یارمەتی"), ckb));
    QCOMPARE(fold(QStringLiteral("كورد"), ckb), fold(QStringLiteral("کورد"), ckb));
    // The same word folded for Persian would lose the difference: Sorani has its own profile.
    QCOMPARE(fold(QStringLiteral("پارێزەر"), QStringLiteral("fa")),
             fold(QStringLiteral("پارێزهر"), QStringLiteral("fa")));
}

void tst_TextFolding::pashtoLettersStay()
{
    // Each Pashto letter stays, and stays apart from the letter it looks like.
    const QList<QPair<QString, QString>> letters = {
        { QStringLiteral("ټ"), QStringLiteral("ت") }, { QStringLiteral("ډ"), QStringLiteral("د") },
        { QStringLiteral("ړ"), QStringLiteral("ر") }, { QStringLiteral("ښ"), QStringLiteral("س") },
        { QStringLiteral("ږ"), QStringLiteral("ژ") }, { QStringLiteral("ګ"), QStringLiteral("گ") },
        { QStringLiteral("ڼ"), QStringLiteral("ن") }, { QStringLiteral("ې"), QStringLiteral("ی") },
        { QStringLiteral("ۍ"), QStringLiteral("ی") },
    };
    for (const auto &[pashto, other] : letters) {
        QCOMPARE(fold(pashto, QStringLiteral("ps")), pashto);
        QVERIFY2(fold(pashto, QStringLiteral("ps")) != fold(other, QStringLiteral("ps")), qPrintable(pashto));
    }
    QCOMPARE(fold(QStringLiteral("وړیا"), QStringLiteral("ps")), QStringLiteral("وړیا"));
    QCOMPARE(fold(QStringLiteral("ښځه"), QStringLiteral("ps")), QStringLiteral("ښځه"));
}

void tst_TextFolding::turkishDottedAndDotlessI_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("istanbul") << QStringLiteral("istanbul");
    QTest::newRow("İstanbul") << QStringLiteral("İstanbul");
    QTest::newRow("ISTANBUL") << QStringLiteral("ISTANBUL");
    QTest::newRow("Istanbul") << QStringLiteral("Istanbul");
    QTest::newRow("ıstanbul") << QStringLiteral("ıstanbul");
    QTest::newRow("İSTANBUL") << QStringLiteral("İSTANBUL");
}

void tst_TextFolding::turkishDottedAndDotlessI()
{
    QFETCH(QString, typed);
    QCOMPARE(fold(typed, QStringLiteral("tr")), QStringLiteral("istanbul"));
    QCOMPARE(fold(typed, QStringLiteral("en")), QStringLiteral("istanbul"));
    QCOMPARE(fold(QStringLiteral("avukatınız"), QStringLiteral("tr")), QStringLiteral("avukatiniz"));
    QCOMPARE(fold(QStringLiteral("Ücretsiz"), QStringLiteral("tr")), QStringLiteral("ucretsiz"));
    QCOMPARE(fold(QStringLiteral("ŞİŞLİ"), QStringLiteral("tr")), QStringLiteral("sisli"));
    QCOMPARE(fold(QStringLiteral("Görüşmeğe"), QStringLiteral("tr")), QStringLiteral("gorusmege"));
}

void tst_TextFolding::ukrainianCase()
{
    const QString uk = QStringLiteral("uk");
    QCOMPARE(fold(QStringLiteral("КИЇВ"), uk), QStringLiteral("київ"));
    QCOMPARE(fold(QStringLiteral("Київ"), uk), QStringLiteral("київ"));
    QCOMPARE(fold(QStringLiteral("ҐАНОК"), uk), QStringLiteral("ґанок"));
    // Letters of their own in Ukrainian stay apart: ї/і, й/и, ґ/г, є/е.
    QVERIFY(fold(QStringLiteral("ї"), uk) != fold(QStringLiteral("і"), uk));
    QVERIFY(fold(QStringLiteral("й"), uk) != fold(QStringLiteral("и"), uk));
    QVERIFY(fold(QStringLiteral("ґ"), uk) != fold(QStringLiteral("г"), uk));
    QVERIFY(fold(QStringLiteral("є"), uk) != fold(QStringLiteral("е"), uk));
    // A stress mark in a dictionary spelling goes.
    QCOMPARE(fold(QStringLiteral("ви\u0301хід"), uk), QStringLiteral("вихід"));
}

void tst_TextFolding::tigrinyaIsUnchanged()
{
    for (const QString &word : { QStringLiteral("ጠበቓኹም"), QStringLiteral("ዑቕባ"), QStringLiteral("ኣብ") })
        QCOMPARE(fold(word, QStringLiteral("ti")), word);
}

void tst_TextFolding::frenchAndOtherLatinAccents_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("folded");
    QTest::newRow("étrangers") << QStringLiteral("Étrangers") << QStringLiteral("etrangers");
    QTest::newRow("connaît") << QStringLiteral("connaît") << QStringLiteral("connait");
    QTest::newRow("élève") << QStringLiteral("ÉLÈVE") << QStringLiteral("eleve");
    QTest::newRow("ça") << QStringLiteral("Ça") << QStringLiteral("ca");
    QTest::newRow("cœur") << QStringLiteral("cœur") << QStringLiteral("coeur");
    QTest::newRow("Noël") << QStringLiteral("Noël") << QStringLiteral("noel");
    QTest::newRow("Straße") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("Øresund") << QStringLiteral("Øresund") << QStringLiteral("oresund");
    QTest::newRow("Łódź") << QStringLiteral("Łódź") << QStringLiteral("lodz");
    QTest::newRow("decomposed é") << QStringLiteral("e\u0301tranger") << QStringLiteral("etranger");
    QTest::newRow("Dutch") << QStringLiteral("Één") << QStringLiteral("een");
}

void tst_TextFolding::frenchAndOtherLatinAccents()
{
    QFETCH(QString, written);
    QFETCH(QString, folded);
    QCOMPARE(fold(written, QStringLiteral("fr")), folded);
}

void tst_TextFolding::compatibilityForms()
{
    QCOMPARE(fold(QStringLiteral("\uFEFB"), QStringLiteral("ar")), QStringLiteral("لا")); // lam-alef ligature
    QCOMPARE(fold(QStringLiteral("\uFE8F\uFE91"), QStringLiteral("ar")),
             QStringLiteral("بب")); // presentation forms
    QCOMPARE(fold(QStringLiteral("ﬁle"), QStringLiteral("en")), QStringLiteral("file"));
    QCOMPARE(fold(QStringLiteral("ＡＢＣ１２"), QStringLiteral("en")), QStringLiteral("abc12")); // full width
    QCOMPARE(fold(QStringLiteral("\u202Bab\u202C"), QStringLiteral("en")),
             QStringLiteral("ab")); // bidi controls
}

void tst_TextFolding::foldingIsIdempotent()
{
    const QStringList samples = {
        QStringLiteral("مُحَامِيكَ"),   QStringLiteral("المقابلة"),      QStringLiteral("إجراءات"),
        QStringLiteral("خانۀ"),     QStringLiteral("می\u200Cخواهم"), QStringLiteral("۲۸"),
        QStringLiteral("پارێزەری"), QStringLiteral("ښځه"),           QStringLiteral("İstanbul"),
        QStringLiteral("KİŞİ"),     QStringLiteral("КИЇВ"),          QStringLiteral("ጠበቓኹም"),
        QStringLiteral("cœur"),     QStringLiteral("Straße"),        QStringLiteral("\uFDFA"),
        QStringLiteral("ǅemal"),
    };
    for (const QString &sample : samples) {
        for (const QString &language : { QStringLiteral("ar"), QStringLiteral("ckb") }) {
            const QString once = fold(sample, language);
            QCOMPARE(fold(once, language), once);
        }
    }
}

void tst_TextFolding::hostileInput()
{
    QCOMPARE(fold(QString(), QStringLiteral("ar")), QString());
    // A word of marks only, or of tatweel only, folds to nothing.
    QCOMPARE(fold(QStringLiteral("\u064B\u064C\u064D"), QStringLiteral("ar")), QString());
    QCOMPARE(fold(QStringLiteral("ـــ"), QStringLiteral("ar")), QString());
    // Unpaired surrogates (invalid UTF-16) are dropped, the rest stays.
    QString broken = QStringLiteral("ab");
    broken.insert(1, QChar(0xD800));
    broken.append(QChar(0xDC00));
    QCOMPARE(fold(broken, QStringLiteral("en")), QStringLiteral("ab"));
    QString reversedPair;
    reversedPair.append(QChar(0xDC00));
    reversedPair.append(QChar(0xD800));
    QCOMPARE(fold(reversedPair, QStringLiteral("en")), QString());
    // Huge words are cut, at a character boundary, to a bounded size: plain, multi-byte, and a
    // character whose compatibility form is 18 characters long.
    for (const QString &huge :
         { QString(100000, QLatin1Char('a')), QString(100000, QChar(0x0436)), QString(100000, QChar(0xFDFA)),
           QString(50000, QChar(0xD835)) + QString(50000, QChar(0xDC00)) }) {
        const std::string folded = rc::search::foldWord(
            std::u16string_view(reinterpret_cast<const char16_t *>(huge.utf16()), size_t(huge.size())),
            FoldingProfile::General);
        QVERIFY(folded.size() <= size_t(MaxTokenBytes));
        const QByteArray bytes(folded.data(), qsizetype(folded.size()));
        QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes); // valid UTF-8: nothing cut in half
    }
    // A surrogate pair split at the cut is not half kept.
    QString pairs;
    for (int i = 0; i < 200; ++i)
        pairs.append(QStringLiteral("\U0001D400")); // mathematical bold A
    const QString folded = fold(pairs, QStringLiteral("en"));
    QVERIFY(!folded.isEmpty());
    QCOMPARE(folded, QString(folded.size(), QLatin1Char('a')));
}

QTEST_GUILESS_MAIN(tst_TextFolding)
#include "tst_textfolding.moc"
