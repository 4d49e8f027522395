#pragma once

#include <QByteArray>
#include <QString>

namespace tl::SvgTextRuns {

// Qt's SVG generator writes a line of text as one <text> per script run, each placed at the
// x where Qt's own fonts ended the run before ("리뷰 수 " then "per year"), and names the font
// by Qt's alias "Sans Serif". Other renderers (rsvg, Inkscape, browsers) have other fonts, so
// the runs overlap or drift apart. This joins the runs of each line back into one <text> at the
// first run's position and names real font families, ending with the generic sans-serif.
QByteArray whole(const QByteArray &svg, const QString &fontFamilies);

// The families to name: the one Qt draws the UI font with, a Korean one when installed.
QString installedFamilies();

} // namespace tl::SvgTextRuns
