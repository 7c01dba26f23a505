#include "AboutDialog.h"

#include "model/Dataset.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace frontier {

QString AboutDialog::shortHash(const Dataset& dataset)
{
    return QString::fromLatin1(dataset.contentHash().left(12));
}

AboutDialog::AboutDialog(const Dataset& dataset, QWidget* parent)
    : QDialog(parent), m_text(new QLabel(this))
{
    setWindowTitle(tr("About Frontier Atlas"));
    const QString origin = QDir::toNativeSeparators(dataset.origin());
    // The licences of maps/README.md's "Sources and licences" table.
    m_text->setText(
        tr("<h3>Frontier Atlas %1</h3>"
           "<p>Crossings of the Iraq–Syria frontier and who held them, 2012–2025, traced to "
           "dated, sourced events.</p>"
           "<p><b>Dataset:</b> %2<br>%3<br>SHA-256 <tt>%4</tt></p>"
           "<p><b>Bundled data licences</b><br>"
           "Natural Earth 1:10m cultural vectors v4.1.0 (countries, governorates): public "
           "domain<br>"
           "GSHHG 2.3.7 WDBII borders and rivers (frontier, rivers): LGPL-3.0-or-later</p>")
            .arg(QStringLiteral(FRONTIER_VERSION),
                 QFileInfo(dataset.origin()).fileName().toHtmlEscaped(), origin.toHtmlEscaped(),
                 shortHash(dataset)));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

} // namespace frontier
