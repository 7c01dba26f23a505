#include "Bookmark.h"

#include "WindowSession.h"

#include <QJsonDocument>
#include <QSettings>

namespace frontier {

std::vector<Bookmark> Bookmark::load(QSettings& s)
{
    std::vector<Bookmark> out;
    const int n = s.beginReadArray(QStringLiteral("bookmarks"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        const auto extent =
            WindowSession::extentFromText(s.value(QStringLiteral("extent")).toString());
        const auto date = Date::parse(s.value(QStringLiteral("date")).toString());
        const QString crs = s.value(QStringLiteral("crs")).toString();
        QStringList ignored; // a layer whose style does not read back is left out
        std::vector<SavedLayer> layers = SavedLayer::fromJson(
            QJsonDocument::fromJson(s.value(QStringLiteral("layers")).toString().toUtf8()).array(),
            ignored);
        if (extent && date && !crs.isEmpty())
            out.push_back({s.value(QStringLiteral("name")).toString(), crs, *extent, *date,
                           std::move(layers)});
    }
    s.endArray();
    return out;
}

void Bookmark::save(QSettings& s, const std::vector<Bookmark>& bookmarks)
{
    s.remove(QStringLiteral("bookmarks"));
    s.beginWriteArray(QStringLiteral("bookmarks"), static_cast<int>(bookmarks.size()));
    for (int i = 0; i < static_cast<int>(bookmarks.size()); ++i) {
        const Bookmark& b = bookmarks[static_cast<std::size_t>(i)];
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), b.name);
        s.setValue(QStringLiteral("crs"), b.crs);
        s.setValue(QStringLiteral("extent"), WindowSession::extentText(b.extent));
        s.setValue(QStringLiteral("date"), b.date.toString());
        s.setValue(QStringLiteral("layers"),
                   QString::fromUtf8(
                       QJsonDocument(SavedLayer::toJson(b.layers)).toJson(QJsonDocument::Compact)));
    }
    s.endArray();
}

} // namespace frontier
