#include "CrsDialog.h"

#include "geo/CrsCatalog.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace frontier {
namespace {

/// The catalogue as a read-only table: id, name, kind.
class CatalogModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(CrsCatalog::entries().size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        const CrsCatalog::Entry& e = CrsCatalog::entries()[static_cast<std::size_t>(index.row())];
        switch (index.column()) {
        case 0:
            return e.id();
        case 1:
            return e.name;
        default:
            return e.kind == CrsCatalog::Kind::Projected ? CrsDialog::tr("projected")
                                                         : CrsDialog::tr("geographic");
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
            return {};
        return section == 0   ? CrsDialog::tr("Code")
               : section == 1 ? CrsDialog::tr("Name")
                              : CrsDialog::tr("Type");
    }
};

} // namespace

CrsDialog::CrsDialog(const QString& current, QWidget* parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_view(new QTableView(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Choose projection"));
    m_proxy->setSourceModel(new CatalogModel(m_proxy));
    m_proxy->setFilterKeyColumn(-1); // code and name (and type)
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter by name or code, e.g. UTM zone 38N or 32638"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->setColumnWidth(0, 110);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, ok,
            [ok](const QModelIndex& index) { ok->setEnabled(index.isValid()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        selectRow(0);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(560, 420);
    const auto& all = CrsCatalog::entries();
    const CrsCatalog::Entry* entry = CrsCatalog::find(current);
    selectRow(entry ? m_proxy
                          ->mapFromSource(m_proxy->sourceModel()->index(
                              static_cast<int>(entry - all.data()), 0))
                          .row()
                    : 0);
}

QString CrsDialog::selectedId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_proxy->index(index.row(), 0).data().toString() : QString();
}

int CrsDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

void CrsDialog::selectRow(int row)
{
    if (row < 0 || row >= m_proxy->rowCount()) {
        m_view->setCurrentIndex({});
        return;
    }
    m_view->setCurrentIndex(m_proxy->index(row, 0));
    m_view->scrollTo(m_view->currentIndex());
}

bool CrsDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down in the filter move through the list, so the keyboard never leaves the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace frontier
