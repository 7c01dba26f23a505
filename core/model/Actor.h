#pragma once

#include <QString>
#include <QStringList>

namespace frontier {

/// \brief An armed or governing actor that can hold a side of a crossing.
struct Actor {
    QString id;
    QString name;
    QString shortName;
    QString kind;     ///< state-forces, rebel-group, militia, jihadist-group, external-force, …
    QString parentId; ///< the larger actor it belongs to; empty if none
    QStringList aliasesEn;
    QStringList aliasesAr;
    QStringList aliasesKu;
    QString color; ///< "#rrggbb" from actors.json; empty: the Style's default palette
    friend bool operator==(const Actor&, const Actor&) = default;
};

} // namespace frontier
