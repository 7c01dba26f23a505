#include "ChangesPanel.h"

#include "AtlasModel.h"
#include "DateField.h"
#include "report/ChangeList.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace frontier {
namespace {

constexpr int kFeatureRole = Qt::UserRole;

// The numbered sources of a change: "outlet — title (date)".
QString sourcesTip(const Dataset& d, const Change& c)
{
    QStringList lines;
    for (int s : ChangeList::sources(d, c)) {
        const Source& source = d.sources()[static_cast<std::size_t>(s)];
        lines << QStringLiteral("%1. %2 — %3 (%4)")
                     .arg(lines.size() + 1)
                     .arg(source.outlet, source.title, source.publishedText());
    }
    return lines.isEmpty() ? ChangesPanel::tr("No source covers the later date.")
                           : lines.join(u'\n');
}

} // namespace

ChangesPanel::ChangesPanel(AtlasModel& model, QWidget* parent)
    : QWidget(parent), m_model(model),
      m_since(new DateField(AtlasModel::minimumDate(), AtlasModel::maximumDate(), this)),
      m_clear(new QPushButton(tr("Clear"), this)), m_summary(new QLabel(this)),
      m_list(new QListWidget(this))
{
    m_since->setObjectName(QStringLiteral("changesSince"));
    m_since->setAccessibleName(tr("Compare with"));
    m_clear->setObjectName(QStringLiteral("changesClear"));
    m_clear->setToolTip(tr("Stop comparing"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Changes"));
    m_list->setAccessibleDescription(
        tr("What changed between the compare date and the map's date; Enter selects the feature"));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Compare with"), this));
    row->addWidget(m_since);
    row->addWidget(m_clear);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_since, &DateField::dateEntered, &m_model, &AtlasModel::setCompareDate);
    connect(m_clear, &QPushButton::clicked, this, [this] { m_model.setCompareDate(Date{}); });
    connect(m_list, &QListWidget::itemClicked, this, &ChangesPanel::activate);
    connect(m_list, &QListWidget::itemActivated, this, &ChangesPanel::activate);
    connect(&m_model, &AtlasModel::dateChanged, this, &ChangesPanel::refresh);
    connect(&m_model, &AtlasModel::compareDateChanged, this, &ChangesPanel::refresh);
    connect(&m_model, &AtlasModel::datasetChanged, this, &ChangesPanel::refresh);
    refresh();
}

void ChangesPanel::refresh()
{
    m_list->clear();
    const Date since = m_model.compareDate();
    m_clear->setEnabled(since.isValid());
    if (!since.isValid()) {
        m_since->clear();
        m_summary->setText(
            tr("Type a date to list what changed between it and the map's date; the map marks "
               "the same changes with dashed rings."));
        return;
    }
    m_since->showDate(since);
    const Date from = std::min(since, m_model.date()), to = std::max(since, m_model.date());
    const Dataset& d = m_model.dataset();
    const std::vector<Change> changes = ChangeList::between(m_model.timeline(), from, to);
    m_summary->setText(
        tr("%1 change(s) from %2 to %3").arg(changes.size()).arg(from.toString(), to.toString()));
    for (const Change& c : changes) {
        auto* item =
            new QListWidgetItem(ChangeList::describe(d, c) + u'\n' + ChangeList::facts(d, c));
        item->setToolTip(sourcesTip(d, c));
        item->setData(kFeatureRole, c.feature);
        m_list->addItem(item);
    }
}

void ChangesPanel::activate(QListWidgetItem* item)
{
    if (const int feature = item->data(kFeatureRole).toInt(); feature >= 0)
        m_model.setSelectedFeature(feature);
}

} // namespace frontier
