#include "IcuTokenizer.h"

#include <QRegularExpression>

#include <limits>
#include <memory>
#include <new>
#include <sqlite3.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <vector>

namespace rc::search {

namespace {

using TokenCallback
    = int (*)(void *context, int flags, const char *token, int tokenBytes, int start, int end);

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC' || c == u'\uFF07';
}

std::unique_ptr<icu::BreakIterator> newWordIterator()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(iterator) : nullptr;
}

// One run of the tokenizer over `text`. `words` is used for this call only (FTS5 may call again from
// inside a callback, so nothing is shared between calls).
int tokenizeText(icu::BreakIterator &words, FoldingProfile profile, bool document, const char *text,
                 int textBytes, void *context, TokenCallback emit)
{
    if (!text || textBytes <= 0)
        return SQLITE_OK;

    // UTF-8 to UTF-16, remembering where each UTF-16 unit starts in the input. Ill-formed sequences
    // become U+FFFD, which is never part of a word.
    std::vector<char16_t> units;
    std::vector<int> offsets;
    units.reserve(size_t(textBytes));
    offsets.reserve(size_t(textBytes) + 1);
    const auto *bytes = reinterpret_cast<const uint8_t *>(text);
    for (int32_t i = 0; i < textBytes;) {
        const int start = i;
        UChar32 c;
        U8_NEXT(bytes, i, textBytes, c);
        if (c < 0)
            c = 0xFFFD;
        if (U_IS_BMP(c)) {
            units.push_back(char16_t(c));
            offsets.push_back(start);
        } else {
            units.push_back(U16_LEAD(c));
            units.push_back(U16_TRAIL(c));
            offsets.push_back(start);
            offsets.push_back(start);
        }
    }
    offsets.push_back(textBytes);

    UErrorCode status = U_ZERO_ERROR;
    UText *ut = utext_openUChars(nullptr, units.data(), int64_t(units.size()), &status);
    if (U_FAILURE(status))
        return SQLITE_NOMEM;
    words.setText(ut, status);
    if (U_FAILURE(status)) {
        utext_close(ut);
        return SQLITE_ERROR;
    }

    // Emits the folded form of units [from, to); sets *emitted when there was one.
    auto emitWord = [&](int32_t from, int32_t to, int flags, bool *emitted) {
        const std::string folded
            = foldWord(std::u16string_view(units.data() + from, size_t(to - from)), profile);
        *emitted = !folded.empty();
        if (folded.empty())
            return int(SQLITE_OK);
        return emit(context, flags, folded.data(), int(folded.size()), offsets[size_t(from)],
                    offsets[size_t(to)]);
    };

    int rc = SQLITE_OK;
    std::vector<std::pair<int32_t, int32_t>> parts;
    int32_t start = words.first();
    for (int32_t end = words.next(); end != icu::BreakIterator::DONE && rc == SQLITE_OK;
         start = end, end = words.next()) {
        if (words.getRuleStatus() < UBRK_WORD_NONE_LIMIT)
            continue; // spaces, punctuation, symbols
        // The parts between apostrophes, each a token of its own.
        parts.clear();
        int32_t partStart = start;
        for (int32_t i = start; i <= end; ++i) {
            if (i < end && !isApostrophe(units[size_t(i)]))
                continue;
            if (i > partStart)
                parts.emplace_back(partStart, i);
            partStart = i + 1;
        }
        const bool hasApostrophe = parts.size() != 1 || parts.front() != std::make_pair(start, end);
        for (size_t k = 0; k < parts.size() && rc == SQLITE_OK; ++k) {
            bool emitted = false;
            rc = emitWord(parts[k].first, parts[k].second, 0, &emitted);
            if (rc != SQLITE_OK || k != 0 || !emitted || !document || !hasApostrophe)
                continue;
            // The whole word without its apostrophes, at the position of its first part.
            std::u16string joined;
            for (int32_t j = start; j < end; ++j) {
                if (!isApostrophe(units[size_t(j)]))
                    joined.push_back(units[size_t(j)]);
            }
            const std::string folded = foldWord(joined, profile);
            if (!folded.empty())
                rc = emit(context, FTS5_TOKEN_COLOCATED, folded.data(), int(folded.size()),
                          offsets[size_t(start)], offsets[size_t(end)]);
        }
    }
    utext_close(ut);
    return rc;
}

struct Tokenizer
{
    FoldingProfile profile = FoldingProfile::General;
    std::unique_ptr<icu::BreakIterator> words; // the prototype; each call works on a clone
};

int createTokenizer(void *, const char **arguments, int argumentCount, Fts5Tokenizer **out)
{
    *out = nullptr;
    try {
        auto tokenizer = std::make_unique<Tokenizer>();
        if (argumentCount > 1)
            return SQLITE_ERROR;
        if (argumentCount == 1) {
            static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
            const QString language = QString::fromUtf8(arguments[0]);
            if (!languageCode.match(language).hasMatch())
                return SQLITE_ERROR;
            tokenizer->profile = foldingProfileFor(language);
        }
        tokenizer->words = newWordIterator();
        if (!tokenizer->words)
            return SQLITE_ERROR;
        *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer.release());
        return SQLITE_OK;
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    }
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Tokenizer *>(tokenizer);
}

int runTokenizer(Fts5Tokenizer *instance, void *context, int flags, const char *text, int textBytes,
                 TokenCallback emit)
{
    try {
        const auto *tokenizer = reinterpret_cast<const Tokenizer *>(instance);
        std::unique_ptr<icu::BreakIterator> words(tokenizer->words->clone());
        if (!words)
            return SQLITE_NOMEM;
        const bool document = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
        return tokenizeText(*words, tokenizer->profile, document, text, textBytes, context, emit);
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

int collectToken(void *context, int flags, const char *token, int tokenBytes, int start, int end)
{
    auto *tokens = static_cast<QList<Token> *>(context);
    tokens->append({ QString::fromUtf8(token, tokenBytes), start, end, (flags & FTS5_TOKEN_COLOCATED) != 0 });
    return SQLITE_OK;
}

} // namespace

bool registerIcuTokenizer(sqlite3 *db, QString *error)
{
    fts5_api *api = db ? fts5Api(db) : nullptr;
    if (!api || api->iVersion < 2) {
        if (error)
            *error = QStringLiteral("SQLite has no FTS5");
        return false;
    }
    fts5_tokenizer methods { &createTokenizer, &deleteTokenizer, &runTokenizer };
    const int rc = api->xCreateTokenizer(api, IcuTokenizerName, nullptr, &methods, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("cannot register the search tokenizer: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

QList<Token> tokenize(const QByteArray &utf8, const QString &language, TokenizeFor purpose)
{
    QList<Token> tokens;
    const std::unique_ptr<icu::BreakIterator> words = newWordIterator();
    if (!words || utf8.size() > std::numeric_limits<int>::max())
        return tokens;
    tokenizeText(*words, foldingProfileFor(language), purpose == TokenizeFor::Document, utf8.constData(),
                 int(utf8.size()), &tokens, &collectToken);
    return tokens;
}

QStringList words(const QString &text, const QString &language)
{
    QStringList result;
    for (const Token &token : tokenize(text.toUtf8(), language, TokenizeFor::Query))
        result.append(token.text);
    return result;
}

} // namespace rc::search
