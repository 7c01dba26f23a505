#include "RecordFields.h"

#include <QComboBox>
#include <QJsonArray>
#include <QListWidget>

namespace frontier {

void RecordFields::set(QJsonObject& props, const QString& key, const QJsonValue& value)
{
    const bool empty = value.isNull() || value.isUndefined() ||
                       (value.isString() && value.toString().isEmpty()) ||
                       (value.isArray() && value.toArray().isEmpty());
    if (!empty)
        props.insert(key, value);
    else if (props.contains(key)) // as it was: "" stays "", [] stays [], else null
        props.insert(key, props.value(key).isString() || props.value(key).isArray()
                              ? props.value(key).type() == value.type() ? value : QJsonValue()
                              : QJsonValue());
}

QJsonArray RecordFields::strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList RecordFields::strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out << v.toString();
    return out;
}

void RecordFields::fillChecklist(QListWidget* list,
                                 const std::vector<std::pair<QString, QString>>& items,
                                 const QStringList& checked)
{
    for (const auto& [id, text] : items) {
        auto* item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList RecordFields::checkedIds(const QListWidget* list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void RecordFields::selectData(QComboBox* combo, const QString& id)
{
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
}

} // namespace frontier
