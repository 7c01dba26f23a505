#include "DatasetController.h"

#include "AtlasModel.h"
#include "RecentDatasets.h"
#include "db/DatasetSource.h"
#include "db/SharedDatasetWatcher.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace frontier {

DatasetController::DatasetController(AtlasModel& model, QWidget* window)
    : QObject(window), m_model(model), m_window(window),
      m_watcher(new SharedDatasetWatcher(model, this))
{
    connect(m_watcher, &SharedDatasetWatcher::message, this, &DatasetController::message);
}

bool DatasetController::open(const QString& path)
{
    if (m_maySwitch && !m_maySwitch())
        return false;
    const LoadProblems problems = m_model.openDataset(path);
    if (!problems.empty()) {
        showProblems(path, problems, tr("The current dataset stays open."));
        return false;
    }
    RecentDatasets::add(path);
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DatasetController::addRecentMenu(QMenu* file)
{
    QMenu* menu = file->addMenu(tr("Open &recent"));
    menu->setObjectName(QStringLiteral("recentDatasets"));
    // Built as it opens, so it lists what was opened since, here or in another window.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const QStringList paths = RecentDatasets::paths();
        for (const QString& path : paths) {
            const bool there = QDir(path).exists();
            QAction* a = menu->addAction(QDir::toNativeSeparators(path) +
                                             (there ? QString() : tr(" (missing)")),
                                         this, [this, path] { open(path); });
            a->setEnabled(there);
        }
        if (paths.isEmpty())
            menu->addAction(tr("No datasets opened yet"))->setEnabled(false);
        menu->addSeparator();
        menu->addAction(tr("&Clear the list"), this, &RecentDatasets::clear)
            ->setEnabled(!paths.isEmpty());
    });
}

void DatasetController::ask()
{
    const QString path = QFileDialog::getExistingDirectory(m_window, tr("Open dataset folder"),
                                                           m_model.dataset().origin());
    if (!path.isEmpty())
        open(path);
}

void DatasetController::showProblems(const QString& location, const LoadProblems& problems,
                                     const QString& consequence)
{
    const QString path = DatasetSource::displayName(location);
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("datasetProblems"));
    dialog->setWindowTitle(tr("Dataset not opened"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* summary = new QLabel(tr("<b>%1</b> was not opened: %2 problem(s). %3")
                                   .arg(QDir::toNativeSeparators(path).toHtmlEscaped())
                                   .arg(problems.size())
                                   .arg(consequence.toHtmlEscaped()),
                               dialog);
    summary->setWordWrap(true);
    // Every reason in view, not behind "Show Details…": file, feature, field and reason each.
    auto* list = new QPlainTextEdit(dialog);
    list->setObjectName(QStringLiteral("problemList"));
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QStringList lines;
    for (const LoadProblem& p : problems)
        lines << p.toString();
    qWarning("frontier-atlas: %s was not opened (%s):\n  %s", qUtf8Printable(path),
             qUtf8Printable(consequence), qUtf8Printable(lines.join(QStringLiteral("\n  "))));
    list->setPlainText(lines.join(QLatin1Char('\n')));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog->resize(520, 240); // the map stays in view behind it
    dialog->open();
}

} // namespace frontier
