#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace frontier {

/// \brief A printed page: A4 or Letter, portrait or landscape, named by a code such as
/// "a4-landscape".
struct PageFormat {
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;

    /// a4-landscape, a4-portrait, letter-landscape, letter-portrait; nothing for another code.
    static std::optional<PageFormat> fromCode(const QString& code);
    static QString acceptedCodes(); ///< "a4-landscape, a4-portrait, …" for messages
    QString code() const;
    /// The page in inches, oriented.
    QSizeF inches() const;
    QPageLayout pageLayout() const; ///< for QPdfWriter, without margins

    friend bool operator==(const PageFormat&, const PageFormat&) = default;
};

} // namespace frontier
