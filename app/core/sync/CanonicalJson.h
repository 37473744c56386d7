#pragma once

#include "SyncError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace rc::sync::json {

// A JSON value as TUF's canonical JSON knows it (OLPC canonical JSON, as securesystemslib writes it):
// null, booleans, 64-bit integers, strings, arrays and objects. There are no floating-point numbers.
// Strings are kept as UTF-8 bytes; object members are kept sorted by the UTF-8 bytes of their keys
// (which is Unicode code point order, the order securesystemslib sorts in) and are unique.
class Value
{
public:
    enum class Type
    {
        Null,
        Bool,
        Integer,
        String,
        Array,
        Object
    };
    using Array = std::vector<Value>;
    using Member = std::pair<QByteArray, Value>;
    using Object = std::vector<Member>;

    Value() = default;
    static Value boolean(bool value);
    static Value integer(qint64 value);
    static Value string(const QByteArray &utf8);
    static Value string(const QString &text);
    static Value array(Array items = {});
    static Value object();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInteger() const { return m_type == Type::Integer; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    qint64 toInteger() const { return m_integer; }
    const QByteArray &toUtf8() const { return m_string; }
    QString toQString() const { return QString::fromUtf8(m_string); }
    const Array &items() const { return m_array; }
    const Object &members() const { return m_object; }

    // The member named `key`, or nullptr (also for a value that is not an object).
    const Value *find(QByteArrayView key) const;
    // Sets member `key` (replacing an existing one); turns a null value into an object first.
    void insert(const QByteArray &key, Value value);
    // Appends to an array; turns a null value into an array first.
    void append(Value value);

    bool operator==(const Value &other) const;
    bool operator!=(const Value &other) const { return !(*this == other); }

private:
    friend class Parser;

    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_integer = 0;
    QByteArray m_string;
    Array m_array;
    Object m_object;
};

struct ParseLimits
{
    // Larger documents are refused before a byte is parsed; metadata is tens of kilobytes.
    qsizetype maxBytes = 32 * 1024 * 1024;
    // Arrays and objects nested deeper than this are refused (TUF metadata needs about 6).
    int maxDepth = 32;
};

// Parses one JSON document strictly: RFC 8259 syntax, UTF-8 only (no byte order mark, no overlong
// forms, no surrogates, no lone \u surrogate escapes), no duplicate object keys, integers only (any
// fraction or exponent is refused, as is -0 and anything outside 64 bits), nothing but whitespace
// after the value. On failure: nullopt and a MalformedJson error saying where and why.
std::optional<Value> parse(QByteArrayView bytes, SyncError *error, const ParseLimits &limits = {});

// The canonical form: no insignificant whitespace, object keys sorted by their UTF-8 bytes, integers
// in decimal, strings as raw UTF-8 in which only '\' and '"' are escaped (by a backslash).
QByteArray canonical(const Value &value);

} // namespace rc::sync::json
