#include "TextFolding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

namespace rc::search {

namespace {

const icu::Normalizer2 *nfkcCasefold()
{
    static const icu::Normalizer2 *const instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
        return U_SUCCESS(status) ? normalizer : nullptr;
    }();
    return instance;
}

const icu::Normalizer2 *nfd()
{
    static const icu::Normalizer2 *const instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFDInstance(status);
        return U_SUCCESS(status) ? normalizer : nullptr;
    }();
    return instance;
}

bool isMark(UChar32 c)
{
    const int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK;
}

// Combining marks that are accents, vowel signs or cantillation in scripts whose words are written
// without them as often as with them. Marks of scripts where they are part of the spelling (the
// Brahmic scripts, for instance) stay.
bool isDroppedMark(UChar32 c)
{
    const int8_t type = u_charType(c);
    if (type != U_NON_SPACING_MARK && type != U_ENCLOSING_MARK)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
    case USCRIPT_INHERITED:
    case USCRIPT_COMMON:
    case USCRIPT_LATIN:
    case USCRIPT_GREEK:
    case USCRIPT_CYRILLIC:
    case USCRIPT_ARABIC:
    case USCRIPT_SYRIAC:
    case USCRIPT_HEBREW:
    case USCRIPT_ARMENIAN:
    case USCRIPT_ETHIOPIC:
        return true;
    default:
        return false;
    }
}

// Latin letters without a canonical decomposition that readers type without their stroke or as two
// letters.
bool appendLatinSpecial(UChar32 c, icu::UnicodeString &out)
{
    switch (c) {
    case 0x0131: // ı dotless i (Turkish)
        out.append(u'i');
        return true;
    case 0x00F8: // ø
        out.append(u'o');
        return true;
    case 0x0111: // đ
        out.append(u'd');
        return true;
    case 0x0142: // ł
        out.append(u'l');
        return true;
    case 0x0127: // ħ
        out.append(u'h');
        return true;
    case 0x0167: // ŧ
        out.append(u't');
        return true;
    case 0x00E6: // æ
        out.append(u"ae", 2);
        return true;
    case 0x0153: // œ
        out.append(u"oe", 2);
        return true;
    default:
        return false;
    }
}

// The Arabic-script letter `c` stands for in the index, by profile; `c` itself when it stays.
UChar32 arabicLetter(UChar32 c, FoldingProfile profile)
{
    switch (c) {
    // What Arabic keyboards type for Persian and Kurdish yeh and kaf: the same letter everywhere.
    case 0x064A: // ي Arabic yeh
    case 0x0649: // ى alef maksura
        return 0x06CC; // ی Farsi yeh
    case 0x0643: // ك Arabic kaf
        return 0x06A9; // ک keheh
    default:
        break;
    }
    if (profile == FoldingProfile::Sorani)
        return c;
    switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ alef wasla
        return 0x0627; // ا
    case 0x0629: // ة teh marbuta
    case 0x06C0: // ۀ heh with yeh above (Persian ezafe)
    case 0x06D5: // ە ae: a letter of its own in Sorani only, which has its own profile
    case 0x06BE: // ھ heh doachashmee
        return 0x0647; // ه
    default:
        return c;
    }
}

void appendFolded(UChar32 c, FoldingProfile profile, icu::UnicodeString &out)
{
    if (U_IS_SURROGATE(c) || c == 0xFFFD || c == 0x0640 /* tatweel */ || isDroppedMark(c))
        return;
    if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
        const int32_t value = u_charDigitValue(c);
        if (value >= 0 && value <= 9) {
            out.append(char16_t(u'0' + value));
            return;
        }
    }
    if (c == 0x066B) { // ٫ Arabic decimal separator
        out.append(u'.');
        return;
    }
    if (c == 0x066C) { // ٬ Arabic thousands separator
        out.append(u',');
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_LATIN) {
        if (appendLatinSpecial(c, out))
            return;
        icu::UnicodeString decomposition;
        if (const icu::Normalizer2 *decompose = nfd();
            decompose && decompose->getDecomposition(c, decomposition)) {
            for (int32_t i = 0; i < decomposition.length();) {
                const UChar32 part = decomposition.char32At(i);
                i += U16_LENGTH(part);
                if (!isMark(part) && !appendLatinSpecial(part, out))
                    out.append(part);
            }
            return;
        }
    } else if (script == USCRIPT_ARABIC) {
        c = arabicLetter(c, profile);
    }
    out.append(c);
}

// Cuts UTF-8 text at `maxBytes` without splitting a character.
void truncateUtf8(std::string &text, size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return;
    size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    text.resize(cut);
}

} // namespace

FoldingProfile foldingProfileFor(QStringView language)
{
    return language == u"ckb" ? FoldingProfile::Sorani : FoldingProfile::General;
}

std::string foldWord(std::u16string_view word, FoldingProfile profile)
{
    size_t length = word.size();
    if (length > size_t(MaxWordUnits)) {
        length = MaxWordUnits;
        if (U16_IS_LEAD(word[length - 1]))
            --length;
    }
    const icu::UnicodeString input(false, word.data(), int32_t(length)); // read-only alias
    icu::UnicodeString normalized;
    const icu::Normalizer2 *normalizer = nfkcCasefold();
    if (!normalizer)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    normalizer->normalize(input, normalized, status);
    if (U_FAILURE(status))
        return {};

    icu::UnicodeString folded;
    for (int32_t i = 0; i < normalized.length();) {
        const UChar32 c = normalized.char32At(i);
        i += U16_LENGTH(c);
        appendFolded(c, profile, folded);
    }
    std::string utf8;
    folded.toUTF8String(utf8);
    truncateUtf8(utf8, MaxTokenBytes);
    return utf8;
}

QString foldWord(const QString &word, FoldingProfile profile)
{
    const std::string folded = foldWord(
        std::u16string_view(reinterpret_cast<const char16_t *>(word.utf16()), size_t(word.size())), profile);
    return QString::fromUtf8(folded.data(), qsizetype(folded.size()));
}

} // namespace rc::search
