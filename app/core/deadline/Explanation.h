#pragma once

#include "DeadlineCalculator.h"

#include <QDate>
#include <QString>
#include <QStringList>

// The English text of a deadline's explanation. Every sentence comes from one small table of templates
// (Explanation.cpp), marked with QT_TRANSLATE_NOOP in the context "rc::deadline::Explanation" and looked
// up with QCoreApplication::translate, so the app can translate them later.
namespace rc::deadline::Explanation {

// "Monday 2025-04-21": English weekday and ISO date, whatever the locale.
QString day(const QDate &date);
// "Saturday 2025-04-26 (weekend; King's Day)", "Monday 2025-04-21 (Easter Monday)".
QString nonWorkingDay(const NonWorkingDay &day);
// One sentence for one step of `result`.
QString line(const ExplanationStep &step, const DeadlineResult &result);
// One sentence per step, in order.
QStringList lines(const DeadlineResult &result);

} // namespace rc::deadline::Explanation
