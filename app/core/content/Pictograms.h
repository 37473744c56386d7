#pragma once

#include <QStringList>

namespace rc::content {

// The names of the pictograms the app can draw (assets/pictograms/<name>.svg), sorted. The list is
// made from that folder when the build is configured, so that the pack lint can tell an author that a
// topic's icon has no pictogram without rc_core depending on the interface.
const QStringList &pictogramNames();

} // namespace rc::content
