#pragma once

#include <QString>
#include <QStringView>

#include <string>
#include <string_view>

namespace rc::search {

// How a word is folded before it goes into the search index or into a query, so that a word matches
// however it was typed. Both sides go through the same function, so only the rules matter, not which
// of the equal forms is kept. In this order:
//
// 1. NFKC with case folding (ICU's NFKC_Casefold): upper and lower case match, presentation forms and
//    ligatures become plain letters (Arabic ﻻ is ل ا, ﬁ is f i), and characters that are invisible by
//    definition go: ZWNJ (Persian می‌خواهم matches میخواهم), ZWJ, direction marks, soft
//    hyphens.
// 2. Turkish i: I, İ, ı and i are all i, in every language. Turkish lower-casing alone (I to ı) would
//    make "Istanbul" miss "istanbul", and Turkish readers often type without Turkish letters, so all
//    four spellings of Istanbul match. The price: Turkish words that differ only in ı/i match each
//    other, which a search can afford.
// 3. Latin diacritics go: é, è, ê are e; ç is c, ş is s, ğ is g, ö is o; ø, đ, ł, ħ lose their stroke;
//    æ and œ are ae and oe; ß is ss (by case folding). Other scripts keep their letters: Cyrillic й
//    and ї stay (they are letters of their own in Ukrainian), Ethiopic syllables stay.
// 4. Combining marks of the Latin, Greek, Cyrillic, Arabic, Hebrew, Syriac, Armenian and Ethiopic
//    scripts go: Arabic tashkeel (harakat U+064B-U+065F, superscript alef U+0670, Quranic marks),
//    stress marks, Ethiopic gemination marks. Tatweel (U+0640) goes.
// 5. Digits of every script are ASCII digits: Arabic-Indic ٠-٩ and Persian ۰-۹ are 0-9 (٫ is '.').
// 6. Arabic letter forms, by profile:
//    - General (ar, fa, prs, ps and every language not in Arabic script): ي ى ی are one letter, ك ک
//      are one, أ إ آ ٱ ا are one, ة ۀ ە ھ ه are one. Letters with hamza (ئ ؤ) stay: hamza is not
//      tashkeel when it is part of the letter. Pashto letters (ټ ډ ړ ښ ږ ګ ڼ ې ۍ) are never touched.
//    - Sorani (ckb): only what Arabic keyboards make of Sorani letters is unified (ي ى ی, ك ک).
//      ە (U+06D5, the vowel e) stays apart from ه and ھ, ة stays, alef forms stay, and the Kurdish
//      letters ێ ۆ ڵ ڕ ڤ are never touched.
// 7. A word longer than MaxWordUnits UTF-16 units is cut before folding, and its folded form is cut at
//    MaxTokenBytes bytes (at a character boundary): hostile text cannot make one token huge.
enum class FoldingProfile
{
    General,
    Sorani
};

// The profile for text in `language` (a content language code such as "ar" or "ckb").
FoldingProfile foldingProfileFor(QStringView language);

constexpr int MaxWordUnits = 128;
constexpr int MaxTokenBytes = 160;

// Folds one word (UTF-16, as a word break iterator found it) to its form in the index, in UTF-8.
// Unpaired surrogates are dropped. May return an empty string (a word of marks only).
std::string foldWord(std::u16string_view word, FoldingProfile profile);

// The same for Qt strings, for tests and callers that have a QString.
QString foldWord(const QString &word, FoldingProfile profile);

} // namespace rc::search
