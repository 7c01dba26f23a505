#include "HighContrast.h"

#include "MapCanvas.h"
#include "SettingsFormat.h"
#include "SplitView.h"
#include "TimelinePanel.h"
#include "render/MapRenderer.h"
#include "render/Style.h"

#include <QAction>
#include <QApplication>
#include <QSettings>

namespace frontier {
namespace {

const QString kHighContrast = QStringLiteral("view/highContrast");

QPalette highContrastPalette()
{
    const QColor black(0, 0, 0), white(0xff, 0xff, 0xff), grey(0x44, 0x44, 0x44);
    QPalette p;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button,
                            QPalette::ToolTipBase, QPalette::AlternateBase, QPalette::Light})
        p.setColor(role, white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                            QPalette::ToolTipText, QPalette::Shadow, QPalette::Dark})
        p.setColor(role, black);
    p.setColor(QPalette::Mid, grey);
    p.setColor(QPalette::PlaceholderText, grey);
    p.setColor(QPalette::Highlight, QColor(0x00, 0x2f, 0x8a));
    p.setColor(QPalette::HighlightedText, white);
    p.setColor(QPalette::Link, QColor(0x00, 0x2f, 0x8a));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x66, 0x66, 0x66));
    return p;
}

} // namespace

HighContrast::HighContrast(MapCanvas& canvas, SplitView& split, TimelinePanel& timeline,
                           QWidget* window)
    : QObject(window), m_canvas(canvas), m_split(split), m_timeline(timeline),
      m_action(new QAction(tr("&High contrast"), this))
{
    m_action->setCheckable(true);
    m_action->setToolTip(
        tr("Black text on white, black outlines, wider lines and larger symbols, on the map and in "
           "the panels"));
    m_action->setChecked(QSettings().value(kHighContrast).toBool() ||
                         canvas.renderer().style() == Style::highContrast());
    if (m_action->isChecked())
        apply(true);
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        apply(on);
        QSettings settings;
        settings.setValue(kHighContrast, on);
        (void)SettingsFormat::save(settings); // the session's save reports a full disk
    });
}

void HighContrast::apply(bool on)
{
    const Style style = on ? Style::highContrast() : Style{};
    m_canvas.setStyle(style);
    if (MapCanvas* compare = m_split.compareCanvas())
        compare->setStyle(style);
    m_timeline.setStyle(style);
    // The palette before the first switch (the desktop's) is what "off" brings back.
    static const QPalette desktop = QApplication::palette();
    QApplication::setPalette(on ? highContrastPalette() : desktop);
}

} // namespace frontier
