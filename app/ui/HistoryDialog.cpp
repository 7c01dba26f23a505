#include "HistoryDialog.h"

#include "AtlasModel.h"
#include "db/DatasetSource.h"
#include "db/DatasetStore.h"
#include "db/DbError.h"
#include "db/RecordDiff.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace frontier {

HistoryDialog::HistoryDialog(const QString& id, const std::vector<AuditEntry>& entries,
                             QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(id));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Changes to %1, the oldest first").arg(id));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("When (UTC)"), tr("Who"), tr("Revision"), tr("Field"), tr("Old"), tr("New")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    const auto addRow = [this](const AuditEntry& e, const QString& field, const QString& before,
                               const QString& after) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{e.changedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                e.changedBy,
                                e.revision > 0 ? QLocale().toString(e.revision) : tr("deleted"),
                                field,
                                before,
                                after};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    };
    for (const AuditEntry& e : entries) {
        if (e.oldValue.isEmpty())
            addRow(e, tr("(created)"), {}, {});
        else if (e.newValue.isEmpty())
            addRow(e, tr("(deleted)"), {}, {});
        for (const FieldChange& c :
             e.oldValue.isEmpty() ? std::vector<FieldChange>{} : e.fieldChanges())
            addRow(e, c.field, RecordDiff::text(c.before), RecordDiff::text(c.after));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 480); // fits a 1366x768 screen
    m_table->setFocus();
}

void HistoryDialog::showFor(const AtlasModel& model, int event, QWidget* parent)
{
    const QString origin = model.dataset().origin();
    if (!DatasetSource::isDatabase(origin)) {
        QMessageBox::information(parent, tr("Event history"),
                                 tr("The history of changes needs a server: this dataset is a "
                                    "folder. Open a shared dataset (a PostgreSQL database) to "
                                    "see who changed an event, when, and what."));
        return;
    }
    if (event < 0) {
        QMessageBox::information(parent, tr("Event history"),
                                 tr("Select an event in the history of a crossing or sector "
                                    "first."));
        return;
    }
    const QString id = model.dataset().events()[static_cast<std::size_t>(event)].id;
    try {
        HistoryDialog dialog(id, DatasetStore(origin).history(RecordKind::Event, id), parent);
        dialog.exec();
    } catch (const DbError& e) {
        QMessageBox::warning(parent, tr("Event history"),
                             tr("The history of %1 cannot be read: %2").arg(id, e.message()));
    }
}

} // namespace frontier
