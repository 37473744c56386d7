// The rc_icu FTS5 tokenizer (search/IcuTokenizer): word boundaries in every script the content uses,
// byte offsets, apostrophes, hostile input, and the tokenizer inside SQLite.
#include "search/IcuTokenizer.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QTest>

using rc::search::Token;
using rc::search::tokenize;
using rc::search::TokenizeFor;
using rc::search::words;
using rc::storage::Database;

namespace {

QStringList texts(const QList<Token> &tokens)
{
    QStringList result;
    for (const Token &token : tokens)
        result.append(token.colocated ? QStringLiteral("+") + token.text : token.text);
    return result;
}

QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList result;
    for (const char16_t *item : items)
        result.append(QString::fromUtf16(item));
    return result;
}

// A content-like FTS5 table in memory with the tokenizer registered.
bool openIndex(Database &db, const QString &tokenizer)
{
    return db.openInMemory() && rc::search::registerIcuTokenizer(db.handle())
        && db.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = '%1', prefix = '2')")
                       .arg(tokenizer));
}

qint64 matches(Database &db, const QString &query)
{
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?1"));
    if (!stmt.bind(1, query).step())
        return -1;
    return stmt.integer(0);
}

} // namespace

class tst_IcuTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arabicWords();
    void persianWords();
    void soraniAndPashtoWords();
    void tigrinyaWordsSplit();
    void cyrillicAndLatinWords();
    void numbersAreWords();
    void apostrophesSplitAndJoin();
    void offsetsAreUtf8Bytes();
    void queriesHaveNoAlternativeForms();
    void invalidUtf8();
    void emptyAndSpaceOnly();
    void hugeTokensAndText();
    void randomBytesNeverBreakTheRules();
    void worksInsideFts5();
    void soraniTableKeepsLettersApart();
    void badTokenizerArgumentsAreRefused();
    void everyConnectionHasTheTokenizer();
};

void tst_IcuTokenizer::arabicWords()
{
    QCOMPARE(words(QStringLiteral("لَكَ الحَقُّ فِي مُحَامٍ مَجَّانِيٍّ (advocaat)."), QStringLiteral("ar")),
             list({ u"لک", u"الحق", u"فی", u"محام", u"مجانی", u"advocaat" }));
    QCOMPARE(words(QStringLiteral("المحـــامي، على؟"), QStringLiteral("ar")), list({ u"المحامی", u"علی" }));
}

void tst_IcuTokenizer::persianWords()
{
    QCOMPARE(words(QStringLiteral("وکیل شما می\u200Cتواند، ظرف ۲۸ روز."), QStringLiteral("fa")),
             list({ u"وکیل", u"شما", u"میتواند", u"ظرف", u"28", u"روز" }));
}

void tst_IcuTokenizer::soraniAndPashtoWords()
{
    QCOMPARE(words(QStringLiteral("لە هۆڵەندا پارێزەرەکەت یارمەتیت دەدات."), QStringLiteral("ckb")),
             list({ u"لە", u"هۆڵەندا", u"پارێزەرەکەت", u"یارمەتیت", u"دەدات" }));
    QCOMPARE(words(QStringLiteral("ښځه او نارینه دواړه ګټه اخلي."), QStringLiteral("ps")),
             list({ u"ښځه", u"او", u"نارینه", u"دواړه", u"ګټه", u"اخلی" }));
}

void tst_IcuTokenizer::tigrinyaWordsSplit()
{
    // Ethiopic words are split at spaces, at the Ethiopic word space ፡ and at ። and ፣.
    QCOMPARE(words(QStringLiteral("ነጻ ጠበቓ ንምርካብ መሰል ኣሎኩም፡ጠበቓኹም ኣብ ቃለ-መሕትት ክሕግዘኩም እዩ።ሓቂ፣ሓሶት"),
                   QStringLiteral("ti")),
             list({ u"ነጻ", u"ጠበቓ", u"ንምርካብ", u"መሰል", u"ኣሎኩም", u"ጠበቓኹም", u"ኣብ", u"ቃለ", u"መሕትት", u"ክሕግዘኩም",
                    u"እዩ", u"ሓቂ", u"ሓሶት" }));
}

void tst_IcuTokenizer::cyrillicAndLatinWords()
{
    QCOMPARE(words(QStringLiteral("Адвокат у КИЄВІ, та в Києві!"), QStringLiteral("uk")),
             list({ u"адвокат", u"у", u"києві", u"та", u"в", u"києві" }));
    QCOMPARE(words(QStringLiteral("Vous avez droit à un avocat—gratuit."), QStringLiteral("fr")),
             list({ u"vous", u"avez", u"droit", u"a", u"un", u"avocat", u"gratuit" }));
    QCOMPARE(words(QStringLiteral("Ücretsiz avukatınız, İstanbul."), QStringLiteral("tr")),
             list({ u"ucretsiz", u"avukatiniz", u"istanbul" }));
}

void tst_IcuTokenizer::numbersAreWords()
{
    QCOMPARE(words(QStringLiteral("Call 020-1234567 within 28 days, ١٤ or ۱۴."), QStringLiteral("en")),
             list({ u"call", u"020", u"1234567", u"within", u"28", u"days", u"14", u"or", u"14" }));
}

void tst_IcuTokenizer::apostrophesSplitAndJoin()
{
    // The parts are tokens; the joined word sits with the first part, so both spellings match.
    QCOMPARE(texts(tokenize(QStringLiteral("L'avocat").toUtf8(), QStringLiteral("fr"))),
             list({ u"l", u"+lavocat", u"avocat" }));
    // Ukrainian apostrophe, typed three ways.
    for (const QString &word :
         { QStringLiteral("пам'ять"), QStringLiteral("пам\u2019ять"), QStringLiteral("пам\u02BCять") })
        QCOMPARE(texts(tokenize(word.toUtf8(), QStringLiteral("uk"))), list({ u"пам", u"+память", u"ять" }));
    QCOMPARE(texts(tokenize(QStringLiteral("İstanbul'dan").toUtf8(), QStringLiteral("tr"))),
             list({ u"istanbul", u"+istanbuldan", u"dan" }));
    const QList<Token> tokens = tokenize(QStringLiteral("L'avocat").toUtf8(), QStringLiteral("fr"));
    QCOMPARE(tokens.at(1).start, 0);
    QCOMPARE(tokens.at(1).end, 8);
    QCOMPARE(tokens.at(2).start, 2);
}

void tst_IcuTokenizer::offsetsAreUtf8Bytes()
{
    // é is 2 bytes, ж 2, 𝐀 (mathematical bold A) 4: offsets count bytes of the original text.
    const QByteArray text = QStringLiteral("é ж \U0001D400b مُحَامٍ").toUtf8();
    const QList<Token> tokens = tokenize(text, QStringLiteral("en"));
    QCOMPARE(tokens.size(), 4);
    QCOMPARE(tokens.at(0).text, QStringLiteral("e"));
    QCOMPARE(std::make_pair(tokens.at(0).start, tokens.at(0).end), std::make_pair(0, 2));
    QCOMPARE(std::make_pair(tokens.at(1).start, tokens.at(1).end), std::make_pair(3, 5));
    QCOMPARE(tokens.at(2).text, QStringLiteral("ab"));
    QCOMPARE(std::make_pair(tokens.at(2).start, tokens.at(2).end), std::make_pair(6, 11));
    QCOMPARE(tokens.at(3).text, QStringLiteral("محام"));
    QCOMPARE(text.mid(tokens.at(3).start, tokens.at(3).end - tokens.at(3).start),
             QStringLiteral("مُحَامٍ").toUtf8());
}

void tst_IcuTokenizer::queriesHaveNoAlternativeForms()
{
    QCOMPARE(texts(tokenize(QStringLiteral("l'avocat").toUtf8(), QStringLiteral("fr"), TokenizeFor::Query)),
             list({ u"l", u"avocat" }));
}

void tst_IcuTokenizer::invalidUtf8()
{
    // Ill-formed bytes end a word and are never part of one.
    const QByteArray text("abc\xff\xfe"
                          "def\xc3",
                          9);
    const QList<Token> tokens = tokenize(text, QStringLiteral("en"));
    QCOMPARE(texts(tokens), list({ u"abc", u"def" }));
    QCOMPARE(std::make_pair(tokens.at(1).start, tokens.at(1).end), std::make_pair(5, 8));
    // Overlong encodings, encoded surrogates (CESU), a truncated sequence, NUL bytes.
    QCOMPARE(texts(tokenize(QByteArray("\xc0\xaf"
                                       "x\xed\xa0\x80"
                                       "y\xf0\x9f",
                                       9),
                            QStringLiteral("en"))),
             list({ u"x", u"y" }));
    QCOMPARE(texts(tokenize(QByteArray("ab\0cd", 5), QStringLiteral("en"))), list({ u"ab", u"cd" }));
}

void tst_IcuTokenizer::emptyAndSpaceOnly()
{
    QVERIFY(tokenize(QByteArray(), QStringLiteral("ar")).isEmpty());
    QVERIFY(tokenize(QByteArray("   \n\t  "), QStringLiteral("ar")).isEmpty());
    QVERIFY(tokenize(QStringLiteral("،.؟!«»…—").toUtf8(), QStringLiteral("ar")).isEmpty());
    QVERIFY(tokenize(QStringLiteral("\u064B\u064C ـــ").toUtf8(), QStringLiteral("ar")).isEmpty());
}

void tst_IcuTokenizer::hugeTokensAndText()
{
    // One word of 1 MB is one short token covering the whole word.
    const QByteArray word(1 << 20, 'a');
    const QList<Token> tokens = tokenize(word, QStringLiteral("en"));
    QCOMPARE(tokens.size(), 1);
    QVERIFY(tokens.first().text.toUtf8().size() <= rc::search::MaxTokenBytes);
    QCOMPARE(tokens.first().start, 0);
    QCOMPARE(tokens.first().end, word.size());
    // 4 MB of text (the largest value a pack may hold) in every script.
    const QByteArray sentence
        = QStringLiteral("مُحَامِيكَ المَجَّانِيّ وکیل می\u200Cتواند پارێزەری ښځه İstanbul Київ ጠበቓኹም cœur ").toUtf8();
    QByteArray big;
    while (big.size() < 4 * 1024 * 1024)
        big += sentence;
    const QList<Token> many = tokenize(big, QStringLiteral("ar"));
    QCOMPARE(many.size(), 10 * (big.size() / sentence.size()));
}

void tst_IcuTokenizer::randomBytesNeverBreakTheRules()
{
    QRandomGenerator random(20261202);
    const QByteArray pieces[] = { QStringLiteral("مُحَا").toUtf8(),
                                  QStringLiteral("ێە").toUtf8(),
                                  QByteArray("\xff"),
                                  QByteArray("'"),
                                  QByteArray(" "),
                                  QStringLiteral("İı").toUtf8(),
                                  QByteArray("\xe2\x80"),
                                  QStringLiteral("ጠበ").toUtf8(),
                                  QStringLiteral("\u200C").toUtf8(),
                                  QByteArray("9") };
    for (int round = 0; round < 3000; ++round) {
        QByteArray text;
        const int length = int(random.bounded(64));
        for (int i = 0; i < length; ++i) {
            if (random.bounded(2) == 0)
                text += char(random.bounded(256));
            else
                text += pieces[random.bounded(int(std::size(pieces)))];
        }
        for (const Token &token : tokenize(text, round % 2 ? QStringLiteral("ckb") : QStringLiteral("ar"))) {
            QVERIFY(!token.text.isEmpty());
            QVERIFY2(token.start >= 0 && token.start < token.end && token.end <= text.size(),
                     text.toHex().constData());
            QVERIFY(!token.text.contains(QChar(0xFFFD)));
            QVERIFY(token.text.toUtf8().size() <= rc::search::MaxTokenBytes);
        }
    }
}

void tst_IcuTokenizer::worksInsideFts5()
{
    Database db;
    QVERIFY2(openIndex(db, QStringLiteral("rc_icu")), qPrintable(db.lastError()));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES ('مُحَامِيكَ المَجَّانِيّ في المُقَابَلَةِ'), "
                                   "('وکیل شما می\u200Cتواند ۲۸ روز'), ('İstanbul''dan avukatınız'), "
                                   "('L''avocat connaît les étrangers')")));
    // Arabic typed without tashkeel, with Persian letters, teh marbuta as heh.
    QCOMPARE(matches(db, QStringLiteral("محامیک")), 1);
    QCOMPARE(matches(db, QStringLiteral("\"المقابله\"")), 1);
    QCOMPARE(matches(db, QStringLiteral("\"وكيل\" \"ميتواند\" 28")), 1);
    QCOMPARE(matches(db, QStringLiteral("ISTANBUL")), 1);
    QCOMPARE(matches(db, QStringLiteral("\"avukatiniz\"")), 1);
    QCOMPARE(matches(db, QStringLiteral("\"avocat\" \"etrangers\"")), 1);
    QCOMPARE(matches(db, QStringLiteral("\"lavocat\"")), 1);
    QCOMPARE(matches(db, QStringLiteral("\"l'avocat\"")), 1);
    // Prefix queries go through the tokenizer too.
    QCOMPARE(matches(db, QStringLiteral("\"المجا\"*")), 1);
    QCOMPARE(matches(db, QStringLiteral("\"İst\"*")), 1);
    // Highlights are placed on the original text.
    auto stmt = db.prepare(QStringLiteral("SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1"));
    QVERIFY(stmt.bind(1, QStringLiteral("محامیک")).step());
    QCOMPARE(stmt.text(0), QStringLiteral("[مُحَامِيكَ] المَجَّانِيّ في المُقَابَلَةِ"));
    // The index is consistent.
    QVERIFY2(db.exec(QStringLiteral("INSERT INTO t(t) VALUES ('integrity-check')")),
             qPrintable(db.lastError()));
}

void tst_IcuTokenizer::soraniTableKeepsLettersApart()
{
    Database sorani;
    QVERIFY(openIndex(sorani, QStringLiteral("rc_icu ckb")));
    QVERIFY(sorani.exec(QStringLiteral("INSERT INTO t VALUES ('پارێزەری خۆڕایی')")));
    QCOMPARE(matches(sorani, QStringLiteral("\"پارێزەری\"")), 1);
    QCOMPARE(matches(sorani, QStringLiteral("\"پارێزهری\"")), 0); // ه is not ە in Sorani
    QCOMPARE(matches(sorani, QStringLiteral("\"خۆڕايي\"")), 1); // Arabic yeh typed for Sorani yeh

    // The same text in a table for Persian and Arabic would match both spellings.
    Database general;
    QVERIFY(openIndex(general, QStringLiteral("rc_icu fa")));
    QVERIFY(general.exec(QStringLiteral("INSERT INTO t VALUES ('پارێزەری خۆڕایی')")));
    QCOMPARE(matches(general, QStringLiteral("\"پارێزهری\"")), 1);
}

void tst_IcuTokenizer::badTokenizerArgumentsAreRefused()
{
    for (const QString &arguments : { QStringLiteral("rc_icu ar ckb"), QStringLiteral("rc_icu ''"),
                                      QStringLiteral("rc_icu ARABIC"), QStringLiteral("rc_icu a.b") }) {
        Database db;
        QVERIFY(db.openInMemory() && rc::search::registerIcuTokenizer(db.handle()));
        QVERIFY2(
            !db.exec(
                QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = \"%1\")").arg(arguments)),
            qPrintable(arguments));
    }
}

void tst_IcuTokenizer::everyConnectionHasTheTokenizer()
{
    // storage::Database registers it when it opens, so any connection can create and read the
    // content schema's search tables.
    Database db;
    QVERIFY(db.openInMemory());
    QVERIFY2(db.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'rc_icu ckb')")),
             qPrintable(db.lastError()));
    QVERIFY(!rc::search::registerIcuTokenizer(nullptr));
}

QTEST_GUILESS_MAIN(tst_IcuTokenizer)
#include "tst_icutokenizer.moc"
