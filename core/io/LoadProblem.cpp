#include "LoadProblem.h"

namespace frontier {

QString LoadProblem::toString() const
{
    QString text = file;
    if (!feature.isEmpty())
        text += QStringLiteral(": feature '%1'").arg(feature);
    if (!field.isEmpty())
        text += QStringLiteral(", field '%1'").arg(field);
    return text + QStringLiteral(": ") + reason;
}

} // namespace frontier
