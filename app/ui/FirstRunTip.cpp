#include "FirstRunTip.h"

#include "SettingsFormat.h"
#include "render/MapRenderer.h"
#include "render/SymbolPainter.h"
#include "time/Timeline.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace frontier {
namespace {

const QString kShown = QStringLiteral("tips/readingTheMapShown");

// al-Qaim / Albu Kamal as it stood on 30 September 2019, 2.5 times the map's size.
QPixmap exampleDisc(const MapRenderer& renderer)
{
    const Dataset& d = renderer.timeline().dataset();
    const auto colour = [&](const char* actor) {
        const int i = d.actorIndex(QString::fromLatin1(actor));
        return i < 0 ? renderer.style().unknownActor
                     : renderer.actorColors()[static_cast<std::size_t>(i)];
    };
    SymbolPainter::CrossingLook look;
    look.sy.color = colour("syria-gov");
    look.iq.color = colour("iraq");
    look.iq.with = {colour("pmf")};
    look.status = CrossingStatus::Open;
    const double scale = 2.5;
    QPixmap pixmap(QSize(100, 100));
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    SymbolPainter(renderer.style()).drawCrossing(painter, QPointF(50, 50), look, scale);
    return pixmap;
}

} // namespace

FirstRunTip::FirstRunTip(const MapRenderer& renderer, QWidget* window) : QFrame(window)
{
    setObjectName(QStringLiteral("firstRunTip"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Reading the map"));
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Reading the map")), this);
    auto* disc = new QLabel(this);
    disc->setPixmap(exampleDisc(renderer));
    disc->setAccessibleName(tr("A crossing's disc"));
    auto* text = new QLabel(
        tr("<p><b>Each crossing is a disc.</b> Its <b>west half</b> is the Syrian side and its "
           "<b>east half</b> the Iraqi side, each in the colour of who held it on the map's "
           "date; hatched where no source covers it. A small dot on the rim is a force "
           "alongside (here the PMF with Iraq).</p>"
           "<p>The <b>ring</b> is the crossing's status: solid open, dashed restricted, barred "
           "closed, dotted unknown. <b>~</b> marks a date known only to the month or year, "
           "<b>?</b> sources that disagree: click the crossing to read both claims.</p>"
           "<p>The bands along the border line show who held each stretch, Syrian side west, "
           "Iraqi side east.</p>"
           "<p><b>The swimlane</b> under the map shows the same over 2012–2025: a row per side "
           "of each crossing and sector, and a status row; the red line is the map's date. "
           "Click a row to select it, drag the slider or press Left/Right to move the date.</p>"),
        this);
    text->setObjectName(QStringLiteral("tipText"));
    text->setWordWrap(true);
    text->setFixedWidth(330);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(disc, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

FirstRunTip* FirstRunTip::open(const MapRenderer& renderer, QWidget* window)
{
    auto* tip = new FirstRunTip(renderer, window);
    tip->setAttribute(Qt::WA_DeleteOnClose);
    tip->adjustSize();
    tip->place();
    window->installEventFilter(tip);
    tip->show();
    tip->raise();
    tip->findChild<QDialogButtonBox*>()->setFocus(); // Escape closes it at once
    return tip;
}

void FirstRunTip::place()
{
    // Not over the map it explains.
    const QWidget* window = parentWidget();
    const int x = window->isRightToLeft() ? 24 : std::max(0, window->width() - width() - 24);
    move(x, std::min(90, std::max(0, window->height() - height())));
}

bool FirstRunTip::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void FirstRunTip::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool FirstRunTip::showOnce(const MapRenderer& renderer, QWidget* window)
{
    QSettings settings;
    if (settings.value(kShown).toBool())
        return false;
    settings.setValue(kShown, true);
    (void)SettingsFormat::save(settings); // unsaved, it shows again next time: no harm
    open(renderer, window);
    return true;
}

} // namespace frontier
