#include "sync/CanonicalJson.h"

#include <QTest>

using namespace rc::sync;
using json::Value;

// Canonical JSON as TUF uses it (securesystemslib / OLPC rules) and the strict parser in front of it.
class tst_CanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalForm_data();
    void canonicalForm();
    void roundTripIsStable_data();
    void roundTripIsStable();
    void keysSortedByUtf8Bytes();
    void escapesOnlyQuoteAndBackslash();
    void integersAtTheLimits();
    void hostileInputRefused_data();
    void hostileInputRefused();
    void truncatedInputRefusedAtEveryLength();
    void depthLimit();
    void sizeLimit();
    void valueApi();
};

void tst_CanonicalJson::canonicalForm_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("whitespace and order") << QByteArray(" { \"b\" : 1 ,\n \"a\" : [ true , false , null ] } ")
                                          << QByteArray("{\"a\":[true,false,null],\"b\":1}");
    QTest::newRow("nested") << QByteArray("{\"z\":{\"y\":{\"x\":[]}},\"a\":{}}")
                            << QByteArray("{\"a\":{},\"z\":{\"y\":{\"x\":[]}}}");
    QTest::newRow("escapes decoded, written raw")
        << QByteArray("[\"a\\u00e9\\n\\/\\t\"]") << QByteArray("[\"a\xc3\xa9\n/\t\"]");
    QTest::newRow("surrogate pair") << QByteArray("\"\\ud83d\\ude00\"") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::newRow("negative") << QByteArray("-12") << QByteArray("-12");
    QTest::newRow("empty string key") << QByteArray("{\"\":0}") << QByteArray("{\"\":0}");
}

void tst_CanonicalJson::canonicalForm()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    SyncError error;
    const std::optional<Value> value = json::parse(input, &error);
    QVERIFY2(value.has_value(), qPrintable(error.toString()));
    QCOMPARE(json::canonical(*value), expected);
}

void tst_CanonicalJson::roundTripIsStable_data()
{
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("metadata-like") << QByteArray(
        "{\"signatures\":[{\"keyid\":\"ab\",\"sig\":\"cd\"}],\"signed\":{\"_type\":\"timestamp\",\"expires\":"
        "\"2030-01-01T00:00:00Z\","
        "\"meta\":{\"snapshot.json\":{\"version\":1}},\"spec_version\":\"1.0.31\",\"version\":1}}");
    QTest::newRow("quotes and backslashes") << QByteArray("[\"a\\\"b\\\\c\"]");
    QTest::newRow("unicode") << QByteArray("{\"\xd8\xa7\xd9\x84\":\"\xe1\x88\x80\"}");
}

void tst_CanonicalJson::roundTripIsStable()
{
    QFETCH(QByteArray, canonical);
    SyncError error;
    const std::optional<Value> value = json::parse(canonical, &error);
    QVERIFY2(value.has_value(), qPrintable(error.toString()));
    QCOMPARE(json::canonical(*value), canonical);
    QCOMPARE(*json::parse(json::canonical(*value), &error), *value);
}

void tst_CanonicalJson::keysSortedByUtf8Bytes()
{
    // Code point order, which is UTF-8 byte order (not UTF-16 order: U+FF5E sorts before U+1F600 in
    // UTF-16 but after it by code point).
    Value object = Value::object();
    object.insert(QByteArray("\xf0\x9f\x98\x80"), Value::integer(1)); // U+1F600
    object.insert(QByteArray("\xef\xbd\x9e"), Value::integer(2)); // U+FF5E
    object.insert("B", Value::integer(3));
    object.insert("a", Value::integer(4));
    QCOMPARE(json::canonical(object),
             QByteArray("{\"B\":3,\"a\":4,\"\xef\xbd\x9e\":2,\"\xf0\x9f\x98\x80\":1}"));
}

void tst_CanonicalJson::escapesOnlyQuoteAndBackslash()
{
    // securesystemslib escapes only '\' and '"'; control characters are written as they are.
    QCOMPARE(json::canonical(Value::string(QByteArray("q\"b\\n\nt\t\x01"))),
             QByteArray("\"q\\\"b\\\\n\nt\t\x01\""));
}

void tst_CanonicalJson::integersAtTheLimits()
{
    SyncError error;
    QCOMPARE(json::parse("9223372036854775807", &error)->toInteger(), std::numeric_limits<qint64>::max());
    QCOMPARE(json::parse("-9223372036854775808", &error)->toInteger(), std::numeric_limits<qint64>::min());
    QVERIFY(!json::parse("9223372036854775808", &error));
    QVERIFY(!json::parse("-9223372036854775809", &error));
    QVERIFY(!json::parse("99999999999999999999999", &error));
    QCOMPARE(error.code, SyncErrorCode::MalformedJson);
}

void tst_CanonicalJson::hostileInputRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace only") << QByteArray("  \n");
    QTest::newRow("duplicate key") << QByteArray("{\"a\":1,\"a\":2}");
    QTest::newRow("duplicate key after escape") << QByteArray("{\"a\":1,\"\\u0061\":2}");
    QTest::newRow("duplicate nested") << QByteArray("{\"x\":{\"k\":1,\"j\":0,\"k\":1}}");
    QTest::newRow("float") << QByteArray("{\"version\":1.0}");
    QTest::newRow("exponent") << QByteArray("1e3");
    QTest::newRow("negative zero") << QByteArray("-0");
    QTest::newRow("leading zero") << QByteArray("01");
    QTest::newRow("plus sign") << QByteArray("+1");
    QTest::newRow("NaN") << QByteArray("NaN");
    QTest::newRow("trailing junk") << QByteArray("{} x");
    QTest::newRow("two values") << QByteArray("{}{}");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("trailing comma object") << QByteArray("{\"a\":1,}");
    QTest::newRow("single quotes") << QByteArray("['a']");
    QTest::newRow("unquoted key") << QByteArray("{a:1}");
    QTest::newRow("comment") << QByteArray("[1]//");
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf{}");
    QTest::newRow("invalid UTF-8 byte") << QByteArray("\"\xff\"");
    QTest::newRow("overlong slash") << QByteArray("\"\xc0\xaf\"");
    QTest::newRow("overlong 3-byte") << QByteArray("\"\xe0\x80\xaf\"");
    QTest::newRow("UTF-8 surrogate") << QByteArray("\"\xed\xa0\x80\"");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\"\xf4\x90\x80\x80\"");
    QTest::newRow("truncated sequence") << QByteArray("\"\xe2\x82\"");
    QTest::newRow("lone continuation") << QByteArray("\"\x80\"");
    QTest::newRow("lone high surrogate escape") << QByteArray("\"\\ud800\"");
    QTest::newRow("lone low surrogate escape") << QByteArray("\"\\udc00\"");
    QTest::newRow("reversed surrogates") << QByteArray("\"\\udc00\\ud800\"");
    QTest::newRow("bad escape") << QByteArray("\"\\x41\"");
    QTest::newRow("short unicode escape") << QByteArray("\"\\u12\"");
    QTest::newRow("raw control character") << QByteArray("\"a\nb\"");
    QTest::newRow("NUL outside string") << QByteArray("[1,\0 2]", 7);
    QTest::newRow("unterminated string") << QByteArray("\"abc");
    QTest::newRow("unterminated array") << QByteArray("[1,2");
    QTest::newRow("unterminated object") << QByteArray("{\"a\":1");
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
    QTest::newRow("bare word") << QByteArray("tru");
}

void tst_CanonicalJson::hostileInputRefused()
{
    QFETCH(QByteArray, input);
    SyncError error;
    QVERIFY(!json::parse(input, &error).has_value());
    QCOMPARE(error.code, SyncErrorCode::MalformedJson);
    QVERIFY(!error.message.isEmpty());
}

void tst_CanonicalJson::truncatedInputRefusedAtEveryLength()
{
    const QByteArray document("{\"signed\":{\"a\":[1,2,{\"b\":\"\xd8\xa7\\u00e9\"}],\"t\":true},\"z\":null}");
    SyncError error;
    QVERIFY(json::parse(document, &error).has_value());
    for (qsizetype length = 0; length < document.size(); ++length)
        QVERIFY2(!json::parse(document.first(length), &error).has_value(),
                 qPrintable(QString::number(length)));
}

void tst_CanonicalJson::depthLimit()
{
    SyncError error;
    json::ParseLimits limits;
    limits.maxDepth = 32;
    const QByteArray ok = QByteArray(32, '[') + QByteArray(32, ']');
    QVERIFY(json::parse(ok, &error, limits).has_value());
    const QByteArray deep = QByteArray(33, '[') + QByteArray(33, ']');
    QVERIFY(!json::parse(deep, &error, limits).has_value());
    QVERIFY(error.message.contains(QLatin1String("nested")));
    // A hundred thousand levels: refused without exhausting the stack.
    const QByteArray hostile = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!json::parse(hostile, &error).has_value());
    const QByteArray objects = QByteArray("{\"a\":").repeated(50000) + "1" + QByteArray(50000, '}');
    QVERIFY(!json::parse(objects, &error).has_value());
}

void tst_CanonicalJson::sizeLimit()
{
    SyncError error;
    json::ParseLimits limits;
    limits.maxBytes = 1024;
    const QByteArray big = "\"" + QByteArray(2000, 'a') + "\"";
    QVERIFY(!json::parse(big, &error, limits).has_value());
    QVERIFY(error.message.contains(QLatin1String("larger than")));
    limits.maxBytes = 4096;
    QVERIFY(json::parse(big, &error, limits).has_value());
}

void tst_CanonicalJson::valueApi()
{
    Value object = Value::object();
    object.insert("b", Value::string(QStringLiteral("x")));
    object.insert("a", Value::integer(1));
    object.insert("b", Value::boolean(true)); // replaces
    QCOMPARE(object.members().size(), size_t(2));
    QVERIFY(object.find("b")->toBool());
    QVERIFY(!object.find("c"));
    QVERIFY(!Value::integer(1).find("a"));
    Value array;
    array.append(Value());
    QVERIFY(array.isArray());
    QCOMPARE(json::canonical(array), QByteArray("[null]"));
    QVERIFY(Value::integer(1) != Value::string(QByteArray("1")));
}

QTEST_GUILESS_MAIN(tst_CanonicalJson)
#include "tst_canonicaljson.moc"
