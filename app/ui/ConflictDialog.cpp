#include "ConflictDialog.h"

#include "db/RecordDiff.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace frontier {

ConflictDialog::ConflictDialog(const Record& mine, const std::optional<StoredRecord>& theirs,
                               QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflict: %1").arg(mine.id));
    auto* intro = new QLabel(
        theirs ? tr("Someone else saved <b>%1</b> (now revision %2) since you began editing it. "
                    "Nothing has been overwritten: choose what to keep.")
                     .arg(mine.id.toHtmlEscaped())
                     .arg(theirs->revision)
               : tr("Someone else deleted <b>%1</b> since you began editing it. Nothing has "
                    "been overwritten: choose what to keep.")
                     .arg(mine.id.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    const Record server = theirs ? theirs->record : Record{};
    const std::vector<FieldChange> fields = RecordDiff::fields(server, mine);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Your version and the server's, field by field"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Server's")});
    m_table->setRowCount(static_cast<int>(fields.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    int differing = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const FieldChange& f = fields[static_cast<std::size_t>(row)];
        const bool differs = f.differs();
        differing += differs;
        // The mark is in the text as well as the colour, for screen readers and in greyscale.
        auto* name = new QTableWidgetItem(differs ? QStringLiteral("≠ ") + f.field : f.field);
        const QStringList values{RecordDiff::text(f.after), RecordDiff::text(f.before)};
        m_table->setItem(row, 0, name);
        for (int column = 1; column <= 2; ++column) {
            auto* item = new QTableWidgetItem(values[column - 1]);
            item->setToolTip(values[column - 1]);
            m_table->setItem(row, column, item);
        }
        for (int column = 0; column <= 2 && differs; ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setBackground(QColor(255, 236, 179));
            item->setForeground(Qt::black);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // Rows as tall as their wrapped text once the columns have their widths.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);
    auto* count = new QLabel(tr("%n field(s) differ, marked ≠.", nullptr, differing), this);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keepTheirs =
        buttons->addButton(tr("Keep &theirs (drop mine)"), QDialogButtonBox::DestructiveRole);
    keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    keepTheirs->setEnabled(theirs.has_value());
    QPushButton* keepMine =
        buttons->addButton(tr("&Overwrite with mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    QPushButton* merge = buttons->addButton(tr("&Edit a merge…"), QDialogButtonBox::ActionRole);
    merge->setObjectName(QStringLiteral("editMerge"));
    merge->setEnabled(theirs.has_value());
    QPushButton* later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setDefault(true); // Enter overwrites nothing
    later->setObjectName(QStringLiteral("decideLater"));
    connect(keepTheirs, &QPushButton::clicked, this, [this] { choose(Choice::KeepTheirs); });
    connect(keepMine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(merge, &QPushButton::clicked, this, [this] { choose(Choice::EditMerge); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    resize(900, 560); // fits a 1366x768 screen with the window's title bar
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace frontier
