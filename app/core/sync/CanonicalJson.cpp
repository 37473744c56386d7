#include "CanonicalJson.h"

#include <algorithm>
#include <limits>

namespace rc::sync::json {

Value Value::boolean(bool value)
{
    Value v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

Value Value::integer(qint64 value)
{
    Value v;
    v.m_type = Type::Integer;
    v.m_integer = value;
    return v;
}

Value Value::string(const QByteArray &utf8)
{
    Value v;
    v.m_type = Type::String;
    v.m_string = utf8;
    return v;
}

Value Value::string(const QString &text)
{
    return string(text.toUtf8());
}

Value Value::array(Array items)
{
    Value v;
    v.m_type = Type::Array;
    v.m_array = std::move(items);
    return v;
}

Value Value::object()
{
    Value v;
    v.m_type = Type::Object;
    return v;
}

namespace {

bool keyLess(const Value::Member &member, QByteArrayView key)
{
    return QByteArrayView(member.first) < key;
}

} // namespace

const Value *Value::find(QByteArrayView key) const
{
    if (m_type != Type::Object)
        return nullptr;
    const auto at = std::lower_bound(m_object.begin(), m_object.end(), key, keyLess);
    return at != m_object.end() && QByteArrayView(at->first) == key ? &at->second : nullptr;
}

void Value::insert(const QByteArray &key, Value value)
{
    if (m_type == Type::Null)
        m_type = Type::Object;
    if (m_type != Type::Object)
        return;
    const auto at = std::lower_bound(m_object.begin(), m_object.end(), QByteArrayView(key), keyLess);
    if (at != m_object.end() && at->first == key)
        at->second = std::move(value);
    else
        m_object.insert(at, Member(key, std::move(value)));
}

void Value::append(Value value)
{
    if (m_type == Type::Null)
        m_type = Type::Array;
    if (m_type == Type::Array)
        m_array.push_back(std::move(value));
}

bool Value::operator==(const Value &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Integer:
        return m_integer == other.m_integer;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array:
        return m_array == other.m_array;
    case Type::Object:
        return m_object == other.m_object;
    }
    return false;
}

// A recursive-descent parser over the raw bytes. Every branch checks bounds before it reads.
class Parser
{
public:
    Parser(QByteArrayView bytes, const ParseLimits &limits)
        : m_data(bytes.data())
        , m_size(bytes.size())
        , m_limits(limits)
    {
    }

    std::optional<Value> document(SyncError *error)
    {
        Value value;
        bool ok = false;
        if (m_size > m_limits.maxBytes) {
            fail(QStringLiteral("document of %1 bytes is larger than the limit of %2")
                     .arg(m_size)
                     .arg(m_limits.maxBytes));
        } else if (m_size >= 3 && quint8(m_data[0]) == 0xEF && quint8(m_data[1]) == 0xBB
                   && quint8(m_data[2]) == 0xBF) {
            fail(QStringLiteral("byte order mark"));
        } else {
            skipWhitespace();
            ok = parseValue(&value, 0);
            if (ok) {
                skipWhitespace();
                if (m_at != m_size) {
                    fail(QStringLiteral("trailing data after the JSON value"));
                    ok = false;
                }
            }
        }
        if (!ok) {
            if (error)
                *error = syncError(SyncErrorCode::MalformedJson, m_message);
            return std::nullopt;
        }
        return value;
    }

private:
    bool fail(const QString &what)
    {
        if (m_message.isEmpty())
            m_message = QStringLiteral("%1 at byte %2").arg(what).arg(m_at);
        return false;
    }

    bool atEnd() const { return m_at >= m_size; }
    char peek() const { return m_data[m_at]; }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }

    bool literal(const char *word, Value value, Value *out)
    {
        const qsizetype length = qsizetype(qstrlen(word));
        if (m_size - m_at < length || QByteArrayView(m_data + m_at, length) != QByteArrayView(word, length))
            return fail(QStringLiteral("unexpected character"));
        m_at += length;
        *out = std::move(value);
        return true;
    }

    bool parseValue(Value *out, int depth)
    {
        if (atEnd())
            return fail(QStringLiteral("unexpected end of data"));
        switch (peek()) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            QByteArray text;
            if (!parseString(&text))
                return false;
            *out = Value::string(text);
            return true;
        }
        case 't':
            return literal("true", Value::boolean(true), out);
        case 'f':
            return literal("false", Value::boolean(false), out);
        case 'n':
            return literal("null", Value(), out);
        default:
            return parseNumber(out);
        }
    }

    bool parseNumber(Value *out)
    {
        const bool negative = !atEnd() && peek() == '-';
        if (negative)
            ++m_at;
        if (atEnd() || peek() < '0' || peek() > '9')
            return fail(QStringLiteral("unexpected character"));
        if (peek() == '0' && m_at + 1 < m_size && m_data[m_at + 1] >= '0' && m_data[m_at + 1] <= '9')
            return fail(QStringLiteral("number with a leading zero"));
        // Accumulate as a negative number: its range is one larger than the positive one.
        qint64 value = 0;
        constexpr qint64 Minimum = std::numeric_limits<qint64>::min();
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            const int digit = peek() - '0';
            if (value < (Minimum + digit) / 10)
                return fail(QStringLiteral("integer out of the 64-bit range"));
            value = value * 10 - digit;
            ++m_at;
        }
        if (!atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E'))
            return fail(QStringLiteral("floating-point number (only integers are allowed)"));
        if (negative && value == 0)
            return fail(QStringLiteral("negative zero"));
        if (!negative && value == Minimum)
            return fail(QStringLiteral("integer out of the 64-bit range"));
        *out = Value::integer(negative ? value : -value);
        return true;
    }

    static void appendUtf8(QByteArray *out, char32_t code)
    {
        if (code < 0x80) {
            out->append(char(code));
        } else if (code < 0x800) {
            out->append(char(0xC0 | (code >> 6)));
            out->append(char(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            out->append(char(0xE0 | (code >> 12)));
            out->append(char(0x80 | ((code >> 6) & 0x3F)));
            out->append(char(0x80 | (code & 0x3F)));
        } else {
            out->append(char(0xF0 | (code >> 18)));
            out->append(char(0x80 | ((code >> 12) & 0x3F)));
            out->append(char(0x80 | ((code >> 6) & 0x3F)));
            out->append(char(0x80 | (code & 0x3F)));
        }
    }

    bool hex4(char32_t *code)
    {
        if (m_size - m_at < 4)
            return fail(QStringLiteral("unexpected end of data in a \\u escape"));
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_data[m_at + i];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= char32_t(c - 'A' + 10);
            else
                return fail(QStringLiteral("bad \\u escape"));
        }
        m_at += 4;
        *code = value;
        return true;
    }

    bool escape(QByteArray *out)
    {
        if (atEnd())
            return fail(QStringLiteral("unexpected end of data in an escape"));
        const char c = peek();
        ++m_at;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out->append(c);
            return true;
        case 'b':
            out->append('\b');
            return true;
        case 'f':
            out->append('\f');
            return true;
        case 'n':
            out->append('\n');
            return true;
        case 'r':
            out->append('\r');
            return true;
        case 't':
            out->append('\t');
            return true;
        case 'u': {
            char32_t code = 0;
            if (!hex4(&code))
                return false;
            if (code >= 0xDC00 && code <= 0xDFFF)
                return fail(QStringLiteral("lone low surrogate escape"));
            if (code >= 0xD800 && code <= 0xDBFF) {
                char32_t low = 0;
                if (m_size - m_at < 2 || m_data[m_at] != '\\' || m_data[m_at + 1] != 'u')
                    return fail(QStringLiteral("lone high surrogate escape"));
                m_at += 2;
                if (!hex4(&low))
                    return false;
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail(QStringLiteral("lone high surrogate escape"));
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, code);
            return true;
        }
        default:
            --m_at;
            return fail(QStringLiteral("unknown escape"));
        }
    }

    // One UTF-8 sequence starting at m_at (a lead byte >= 0x80), validated as RFC 3629 says.
    bool utf8Sequence(QByteArray *out)
    {
        const quint8 lead = quint8(peek());
        int length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            code = lead & 0x1F;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            code = lead & 0x0F;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            code = lead & 0x07;
            minimum = 0x10000;
        } else {
            return fail(QStringLiteral("invalid UTF-8"));
        }
        if (m_size - m_at < length)
            return fail(QStringLiteral("truncated UTF-8"));
        for (int i = 1; i < length; ++i) {
            const quint8 next = quint8(m_data[m_at + i]);
            if ((next & 0xC0) != 0x80)
                return fail(QStringLiteral("invalid UTF-8"));
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return fail(QStringLiteral("invalid UTF-8 (overlong, surrogate or out of range)"));
        out->append(m_data + m_at, length);
        m_at += length;
        return true;
    }

    bool parseString(QByteArray *out)
    {
        ++m_at; // the opening quote
        while (true) {
            if (atEnd())
                return fail(QStringLiteral("unterminated string"));
            const char c = peek();
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c == '\\') {
                ++m_at;
                if (!escape(out))
                    return false;
            } else if (quint8(c) < 0x20) {
                return fail(QStringLiteral("control character in a string"));
            } else if (quint8(c) < 0x80) {
                out->append(c);
                ++m_at;
            } else if (!utf8Sequence(out)) {
                return false;
            }
        }
    }

    bool parseArray(Value *out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return fail(QStringLiteral("nested deeper than %1").arg(m_limits.maxDepth));
        ++m_at;
        Value array = Value::array();
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            ++m_at;
            *out = std::move(array);
            return true;
        }
        while (true) {
            skipWhitespace();
            Value item;
            if (!parseValue(&item, depth))
                return false;
            array.m_array.push_back(std::move(item));
            skipWhitespace();
            if (atEnd())
                return fail(QStringLiteral("unterminated array"));
            if (peek() == ',') {
                ++m_at;
                continue;
            }
            if (peek() == ']') {
                ++m_at;
                *out = std::move(array);
                return true;
            }
            return fail(QStringLiteral("expected ',' or ']'"));
        }
    }

    bool parseObject(Value *out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return fail(QStringLiteral("nested deeper than %1").arg(m_limits.maxDepth));
        ++m_at;
        Value object = Value::object();
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            ++m_at;
            *out = std::move(object);
            return true;
        }
        while (true) {
            skipWhitespace();
            if (atEnd() || peek() != '"')
                return fail(QStringLiteral("expected a string key"));
            QByteArray key;
            if (!parseString(&key))
                return false;
            skipWhitespace();
            if (atEnd() || peek() != ':')
                return fail(QStringLiteral("expected ':'"));
            ++m_at;
            skipWhitespace();
            Value member;
            if (!parseValue(&member, depth))
                return false;
            object.m_object.emplace_back(std::move(key), std::move(member));
            skipWhitespace();
            if (atEnd())
                return fail(QStringLiteral("unterminated object"));
            if (peek() == ',') {
                ++m_at;
                continue;
            }
            if (peek() == '}') {
                ++m_at;
                break;
            }
            return fail(QStringLiteral("expected ',' or '}'"));
        }
        // Sort by key bytes; two equal neighbours are a duplicate key, which is refused: two readers
        // could otherwise see different values in the same signed document.
        std::stable_sort(object.m_object.begin(), object.m_object.end(),
                         [](const Value::Member &a, const Value::Member &b) { return a.first < b.first; });
        for (size_t i = 1; i < object.m_object.size(); ++i) {
            if (object.m_object[i - 1].first == object.m_object[i].first)
                return fail(
                    QStringLiteral("duplicate key \"%1\"").arg(QString::fromUtf8(object.m_object[i].first)));
        }
        *out = std::move(object);
        return true;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_at = 0;
    ParseLimits m_limits;
    QString m_message;
};

std::optional<Value> parse(QByteArrayView bytes, SyncError *error, const ParseLimits &limits)
{
    Parser parser(bytes, limits);
    return parser.document(error);
}

namespace {

void writeString(QByteArray *out, const QByteArray &text)
{
    out->append('"');
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out->append('\\');
        out->append(c);
    }
    out->append('"');
}

void write(QByteArray *out, const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        out->append("null");
        return;
    case Value::Type::Bool:
        out->append(value.toBool() ? "true" : "false");
        return;
    case Value::Type::Integer:
        out->append(QByteArray::number(value.toInteger()));
        return;
    case Value::Type::String:
        writeString(out, value.toUtf8());
        return;
    case Value::Type::Array: {
        out->append('[');
        bool first = true;
        for (const Value &item : value.items()) {
            if (!first)
                out->append(',');
            first = false;
            write(out, item);
        }
        out->append(']');
        return;
    }
    case Value::Type::Object: {
        out->append('{');
        bool first = true;
        for (const auto &[key, member] : value.members()) {
            if (!first)
                out->append(',');
            first = false;
            writeString(out, key);
            out->append(':');
            write(out, member);
        }
        out->append('}');
        return;
    }
    }
}

} // namespace

QByteArray canonical(const Value &value)
{
    QByteArray out;
    write(&out, value);
    return out;
}

} // namespace rc::sync::json
