#pragma once

#include "render/MapSettings.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace frontier {

class MapRenderer;

/// \brief What frames every page of a print layout: the margins; the title and subtitle above a
/// rule; below a rule at the foot, the provenance line and the page number, the credits and, on
/// the first page, where the sources are listed. Lines lead on the side the labels' language
/// reads from (the right in Arabic).
class PageFrame {
public:
    /// What the footer says besides the credits.
    struct Footer {
        QString provenance;
        int page = 0; ///< from 0
        int pageCount = 1;
        std::size_t sources = 0; ///< how many are numbered on the pages after the first
    };

    PageFrame(const MapRenderer& renderer, QSizeF pageSize, LabelLanguage language);

    /// Inside the margins.
    const QRectF& content() const { return m_content; }
    /// Where the header's rule is, with or without a subtitle.
    double headerBottom(bool subtitle) const;
    /// Where the footer's first line starts.
    double footerTop() const;
    /// The side a line of the language starts on, and the other.
    Qt::Alignment leading() const;
    Qt::Alignment trailing() const;
    /// A font of the map's family, in page units.
    QFont font(double px, bool bold = false) const;

    void paintHeader(QPainter& painter, const QString& title, const QString& subtitle) const;
    void paintFooter(QPainter& painter, const Footer& footer) const;

private:
    const MapRenderer& m_renderer;
    QRectF m_content;
    LabelLanguage m_language;
};

} // namespace frontier
