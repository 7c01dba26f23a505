#include "EditJournal.h"

#include "io/AtomicFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace frontier {
namespace {

QByteArray lineOf(const PendingEdit& edit)
{
    const QJsonObject object{{QStringLiteral("kind"), static_cast<int>(edit.kind)},
                             {QStringLiteral("base"), edit.baseRevision},
                             {QStringLiteral("id"), edit.record.id},
                             {QStringLiteral("properties"), edit.record.properties},
                             {QStringLiteral("geometry"), edit.record.geometry}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<PendingEdit> editOf(const QByteArray& line)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    const int kind = object.value(QStringLiteral("kind")).toInt(-1);
    if (kind < 0 || kind > static_cast<int>(RecordKind::Area) ||
        !object.value(QStringLiteral("id")).isString())
        return std::nullopt;
    PendingEdit edit;
    edit.kind = static_cast<RecordKind>(kind);
    edit.baseRevision = object.value(QStringLiteral("base")).toInteger();
    edit.record.id = object.value(QStringLiteral("id")).toString();
    edit.record.properties = object.value(QStringLiteral("properties")).toObject();
    edit.record.geometry = object.value(QStringLiteral("geometry"));
    return edit;
}

} // namespace

std::vector<PendingEdit> EditJournal::edits() const
{
    std::vector<PendingEdit> edits;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return edits;
    while (!file.atEnd())
        if (auto edit = editOf(file.readLine()))
            edits.push_back(std::move(*edit));
    return edits;
}

QString EditJournal::append(const PendingEdit& edit)
{
    std::vector<PendingEdit> all = edits();
    const auto older = std::find_if(all.begin(), all.end(), [&](const PendingEdit& e) {
        return e.kind == edit.kind && e.record.id == edit.record.id;
    });
    if (older == all.end()) {
        all.push_back(edit);
    } else {
        // The revision it was edited from is the older edit's: the newer never reached the server.
        const qint64 base = older->baseRevision;
        all.erase(older);
        all.push_back(edit);
        all.back().baseRevision = base;
    }
    return replace(all);
}

QString EditJournal::drop(RecordKind kind, const QString& id)
{
    std::vector<PendingEdit> all = edits();
    const auto kept = std::remove_if(all.begin(), all.end(), [&](const PendingEdit& e) {
        return e.kind == kind && e.record.id == id;
    });
    if (kept == all.end())
        return {};
    all.erase(kept, all.end());
    return replace(all);
}

QString EditJournal::replace(const std::vector<PendingEdit>& edits)
{
    if (edits.empty())
        return !QFile::exists(m_path) || QFile::remove(m_path)
                   ? QString()
                   : QCoreApplication::translate("frontier::EditJournal",
                                                 "%1: cannot remove the journal")
                         .arg(m_path);
    QDir().mkpath(QFileInfo(m_path).path());
    QByteArray bytes;
    for (const PendingEdit& edit : edits)
        bytes += lineOf(edit);
    return AtomicFiles::save({{m_path, bytes}});
}

} // namespace frontier
