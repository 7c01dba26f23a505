#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class QComboBox;
class QListWidget;

namespace frontier {

/// The small conversions between an edit dialog's widgets and a record's JSON fields.
namespace RecordFields {
/// Sets `key` of `props` to `value`; an empty value (null, "", []) keeps the record's empty form
/// ("" or [], else null) where it had the key and is left out where it had not, so an unchanged
/// record writes the same line.
void set(QJsonObject& props, const QString& key, const QJsonValue& value);
QJsonArray strings(const QStringList& list);
QStringList strings(const QJsonValue& array);
/// A checkable list of (id, text), those in `checked` ticked.
void fillChecklist(QListWidget* list, const std::vector<std::pair<QString, QString>>& items,
                   const QStringList& checked);
QStringList checkedIds(const QListWidget* list);
/// Selects the item whose data is `id` (the first item, "none", when there is none).
void selectData(QComboBox* combo, const QString& id);
} // namespace RecordFields

} // namespace frontier
