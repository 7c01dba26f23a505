#include "LayerSpec.h"

#include "LocalFile.h"
#include "PgConnection.h"

#include <QFileInfo>

namespace frontier {

LayerSpec LayerSpec::parse(const QString& spec)
{
    const qsizetype colon = spec.lastIndexOf(u':');
    if (colon <= 0 || QFileInfo::exists(spec) || LocalFile::isVirtual(spec) ||
        PgConnection::isConnection(spec))
        return {spec, {}};
    return {spec.left(colon), spec.mid(colon + 1)};
}

} // namespace frontier
