// 10,000 random actions (4,000 under AddressSanitizer) on the real window, offscreen, from a fixed
// seed: clicks (on the map, its crossings, the swimlane, the panels), drags, the wheel, keys, the
// slider, docks, layers, label languages, CRS edits good and bad, and the dialogs opened and
// closed. Nothing may crash, and every kCheckEvery actions the window must still be sound. A
// failure names the seed and the action, and lists the actions before it.
#include "ImageCompare.h"
#include "UiTest.h"
#include "render/MapRenderer.h"
#include "render/RenderCache.h"
#include "render/SelectionOverlay.h"
#include "time/TimeController.h"
#include "ui/DateField.h"
#include "ui/EventTickSlider.h"
#include "ui/FeaturePanel.h"
#include "ui/LayersPanel.h"
#include "ui/MapCanvas.h"
#include "ui/MeasureTool.h"
#include "ui/SearchBox.h"
#include "ui/SwimlaneChart.h"
#include "ui/SwipeTool.h"
#include "ui/TimelinePanel.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <deque>
#include <random>

#include <unistd.h>

namespace frontier {
namespace {

constexpr std::uint32_t kSeed = 20240605;
// AddressSanitizer makes every action three to four times slower; fewer keep the suite's
// per-test limit of 300 s with a wide margin on a loaded machine.
#ifdef __SANITIZE_ADDRESS__
constexpr int kActions = 4000;
#else
constexpr int kActions = 10000;
#endif
constexpr int kCheckEvery = 50;

/// \brief Chooses and performs random actions on a window. Only std::mt19937's raw output is
/// used (its sequence is fixed by the standard; the distributions are not), so a seed makes the
/// same choices anywhere (only the play timer's ticks depend on the clock).
class Monkey {
public:
    Monkey(MainWindow& window, std::uint32_t seed) : m_window(window), m_random(seed) {}

    /// Performs one action; returns what it did.
    QString act()
    {
        using Action = QString (Monkey::*)();
        static const std::vector<std::pair<int, Action>> actions{
            {10, &Monkey::clickMap},   {6, &Monkey::clickCrossing}, {8, &Monkey::dragMap},
            {8, &Monkey::wheelMap},    {16, &Monkey::pressKey},     {3, &Monkey::search},
            {6, &Monkey::moveSlider},  {5, &Monkey::clickSwimlane}, {3, &Monkey::dragSwimlane},
            {8, &Monkey::clickPanel},  {2, &Monkey::toggleDock},    {4, &Monkey::toggleLayer},
            {3, &Monkey::setLabels},   {3, &Monkey::editCrs},       {2, &Monkey::changeSpeed},
            {2, &Monkey::editDate},    {3, &Monkey::clickHistory},  {1, &Monkey::openDialog},
            {1, &Monkey::useBookmark}, {3, &Monkey::closePopups},   {1, &Monkey::openBadDataset},
        };
        static const int total = [] {
            int sum = 0;
            for (const auto& a : actions)
                sum += a.first;
            return sum;
        }();
        int r = below(total);
        for (const auto& [weight, action] : actions) {
            if (r < weight)
                return (this->*action)();
            r -= weight;
        }
        return {};
    }

    /// Dialogs the safety net had to close: each is a dialog an action left waiting in exec().
    int strayDialogs() const { return m_strayDialogs; }

    /// The safety net against a test waiting forever, run by a timer: closes a dialog that has
    /// waited in its own event loop since the last run (the test's loop never runs exec(); a
    /// box shown with open() does not wait). One just opened gets its time: under load the
    /// timer can come before the action's own closer.
    void closeStrayDialog()
    {
        // A menu a press opened (a tool button's, the tool bar's overflow) runs its own event
        // loop: the next action could never come. Closing it is what a user's click away does.
        if (QWidget* popup = QApplication::activePopupWidget()) {
            popup->close();
            return;
        }
        auto* dialog = QThread::currentThread()->loopLevel() > 0
                           ? qobject_cast<QDialog*>(QApplication::activeModalWidget())
                           : nullptr;
        if (!dialog || dialog != m_waiting) {
            m_waiting = dialog;
            return;
        }
        ++m_strayDialogs;
        m_waiting = nullptr;
        dialog->reject();
    }

private:
    int below(int n) { return static_cast<int>(m_random() % static_cast<std::uint32_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> T pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }
    QPoint pointIn(const QWidget* w)
    {
        return {below(std::max(1, w->width())), below(std::max(1, w->height()))};
    }
    Qt::KeyboardModifiers modifiers()
    {
        return pick<Qt::KeyboardModifiers>({Qt::NoModifier, Qt::NoModifier, Qt::NoModifier,
                                            Qt::ShiftModifier, Qt::ControlModifier,
                                            Qt::ControlModifier | Qt::ShiftModifier});
    }
    static QString at(QPoint p) { return QStringLiteral("(%1,%2)").arg(p.x()).arg(p.y()); }

    void drag(QWidget* w, QPoint from, int steps, const QString& what, QString& log)
    {
        QTest::mousePress(w, Qt::LeftButton, {}, from);
        QPoint p = from;
        for (int i = 0; i < steps; ++i) {
            p += QPoint(below(81) - 40, below(81) - 40);
            QTest::mouseMove(w, p);
        }
        QTest::mouseRelease(w, Qt::LeftButton, {}, p);
        log = QStringLiteral("drag %1 %2 → %3").arg(what, at(from), at(p));
    }

    QString clickMap()
    {
        const QPoint p = pointIn(m_window.canvas());
        QTest::mouseClick(m_window.canvas(), Qt::LeftButton, modifiers(), p);
        return QStringLiteral("click map ") + at(p);
    }

    QString clickCrossing()
    {
        const int crossings = static_cast<int>(m_window.timeline().dataset().crossings().size());
        const int c = below(crossings);
        const QPoint p =
            m_window.canvas()->crossingPosition(c).toPoint() + QPoint(below(7) - 3, below(7) - 3);
        QTest::mouseClick(m_window.canvas(), Qt::LeftButton, {}, p);
        return QStringLiteral("click crossing %1 at %2").arg(c).arg(at(p));
    }

    QString dragMap()
    {
        QString log;
        drag(m_window.canvas(), pointIn(m_window.canvas()), 1 + below(6), QStringLiteral("map"),
             log);
        return log;
    }

    QString wheelMap()
    {
        const QPoint p = pointIn(m_window.canvas());
        const int delta = (below(7) - 3) * 120 + (chance(20) ? below(119) - 59 : 0);
        QWheelEvent wheel(p, m_window.canvas()->mapToGlobal(p), QPoint(), QPoint(0, delta),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_window.canvas(), &wheel);
        return QStringLiteral("wheel %1 at %2").arg(delta).arg(at(p));
    }

    QString pressKey()
    {
        // The window's shortcuts and the map's keys; never Ctrl+Q, and the dialogs' own
        // shortcuts only through openDialog(), which closes them.
        const int key = pick<int>(
            {Qt::Key_Left,  Qt::Key_Right,    Qt::Key_Up,     Qt::Key_Down,     Qt::Key_Plus,
             Qt::Key_Minus, Qt::Key_Equal,    Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home,
             Qt::Key_End,   Qt::Key_Space,    Qt::Key_Escape, Qt::Key_Return,   Qt::Key_Tab,
             Qt::Key_H,     Qt::Key_F,        Qt::Key_A,      Qt::Key_0,        Qt::Key_M,
             Qt::Key_W,     Qt::Key_Backspace});
        Qt::KeyboardModifiers mods = modifiers();
        if (key == Qt::Key_H || key == Qt::Key_F)
            mods = Qt::ControlModifier; // Home view, Find
        QWidget* target =
            chance(70) ? m_window.canvas()
                       : (QApplication::focusWidget() ? QApplication::focusWidget() : &m_window);
        if (target == m_window.canvas())
            m_window.canvas()->setFocus();
        QTest::keyClick(target, static_cast<Qt::Key>(key), mods);
        return QStringLiteral("key %1 (modifiers %2) to %3")
            .arg(QKeySequence(key).toString())
            .arg(mods.toInt())
            .arg(target->objectName());
    }

    QString search()
    {
        QTest::keyClick(m_window.canvas(), Qt::Key_F, Qt::ControlModifier);
        const QString text =
            pick<QString>({QStringLiteral("qaim"), QStringLiteral("tanf"), QStringLiteral("rabia"),
                           QStringLiteral("al"), QStringLiteral("البوكمال"), QStringLiteral("zzz"),
                           QStringLiteral("2019"), QString()});
        const int length = below(static_cast<int>(text.size()) + 1);
        for (const QChar ch : text.left(length))
            QTest::sendKeyEvent(QTest::Click, m_window.searchBox(), Qt::Key_unknown, QString(ch),
                                Qt::NoModifier);
        const int end =
            pick<int>({Qt::Key_Return, Qt::Key_Escape, Qt::Key_Down, Qt::Key_Backspace, 0});
        if (end != 0)
            QTest::keyClick(m_window.searchBox(), static_cast<Qt::Key>(end));
        return QStringLiteral("search \"%1\" then %2").arg(text.left(length)).arg(end);
    }

    QString moveSlider()
    {
        EventTickSlider* slider = m_window.timelinePanel()->slider();
        if (chance(50)) {
            const QPoint p = pointIn(slider);
            QTest::mouseClick(slider, Qt::LeftButton, {}, p);
            return QStringLiteral("click slider at ") + at(p);
        }
        if (chance(50)) {
            QString log;
            drag(slider, QPoint(slider->positionOf(slider->value()), slider->height() / 2),
                 1 + below(4), QStringLiteral("slider"), log);
            return log;
        }
        const int value = below(slider->maximum() + 1);
        slider->setValue(value);
        return QStringLiteral("slider to %1").arg(value);
    }

    QString clickSwimlane()
    {
        SwimlaneChart* chart = m_window.timelinePanel()->chart();
        const QPoint p = pointIn(chart);
        QTest::mouseClick(chart, Qt::LeftButton, {}, p);
        return QStringLiteral("click swimlane at ") + at(p);
    }

    QString dragSwimlane()
    {
        QString log;
        drag(m_window.timelinePanel()->chart(), pointIn(m_window.timelinePanel()->chart()),
             1 + below(6), QStringLiteral("swimlane"), log);
        return log;
    }

    /// A click on any visible widget of a dock: buttons, boxes, labels, the docks' own title bar.
    QString clickPanel()
    {
        std::vector<QWidget*> widgets;
        for (QDockWidget* dock : m_window.findChildren<QDockWidget*>())
            for (QWidget* w : dock->findChildren<QWidget*>())
                if (w->isVisible() && !qobject_cast<QComboBox*>(w) &&
                    !qobject_cast<QAbstractSpinBox*>(w))
                    widgets.push_back(w);
        if (widgets.empty())
            return QStringLiteral("click panel: none shown");
        QWidget* w = pick(widgets);
        const QPoint p = pointIn(w);
        QTest::mouseClick(w, Qt::LeftButton, {}, p);
        return QStringLiteral("click %1 \"%2\" at %3")
            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), at(p));
    }

    QString toggleDock()
    {
        const auto docks = m_window.findChildren<QDockWidget*>();
        QDockWidget* dock = docks[below(static_cast<int>(docks.size()))];
        if (chance(25)) {
            dock->setFloating(!dock->isFloating());
            return QStringLiteral("float %1: %2").arg(dock->objectName()).arg(dock->isFloating());
        }
        dock->toggleViewAction()->trigger();
        return QStringLiteral("toggle %1: %2").arg(dock->objectName()).arg(dock->isVisible());
    }

    QString toggleLayer()
    {
        const auto boxes = m_window.layersPanel()->findChildren<QCheckBox*>();
        QCheckBox* box = boxes[below(static_cast<int>(boxes.size()))];
        box->click();
        return QStringLiteral("toggle \"%1\": %2").arg(box->text()).arg(box->isChecked());
    }

    QString setLabels()
    {
        const auto buttons = m_window.layersPanel()->findChildren<QRadioButton*>();
        QRadioButton* button = buttons[below(static_cast<int>(buttons.size()))];
        button->click();
        return QStringLiteral("labels ") + button->text();
    }

    QString editCrs()
    {
        const QString crs = pick<QString>(
            {QStringLiteral("EPSG:32637"), QStringLiteral("32638"), QStringLiteral("default"),
             QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"), QStringLiteral("EPSG:3031"),
             QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:"), QStringLiteral("nowhere"),
             QStringLiteral("+proj=bogus"), QString()});
        QLineEdit* edit = m_window.layersPanel()->crsEdit();
        edit->setText(crs);
        if (chance(50))
            QTest::keyClick(edit, Qt::Key_Return);
        else
            m_window.setCrs(crs);
        return QStringLiteral("CRS \"%1\"").arg(crs);
    }

    QString changeSpeed()
    {
        QComboBox* speed = m_window.timelinePanel()->speedBox();
        const int index = below(speed->count());
        speed->setCurrentIndex(index);
        return QStringLiteral("speed %1").arg(speed->currentText());
    }

    QString editDate()
    {
        DateField* edit = m_window.timelinePanel()->dateEdit();
        // Some outside the range, some impossible, some only a year or a month, some not dates.
        const int form = below(5);
        const QString year = QString::number(2000 + below(40));
        const QString month = QStringLiteral("%1").arg(1 + below(13), 2, 10, QLatin1Char('0'));
        const QString day = QStringLiteral("%1").arg(1 + below(31), 2, 10, QLatin1Char('0'));
        const QString forms[] = {year, year + u'-' + month, year + u'-' + month + u'-' + day,
                                 day + u'/' + month + u'/' + year,
                                 year + u'-' + month + u'-' + day + u'x'};
        const QString text = forms[form];
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, chance(80) ? Qt::Key_Return : Qt::Key_Escape);
        return QStringLiteral("date edit to ") + text;
    }

    QString clickHistory()
    {
        QListWidget* history = m_window.featurePanel()->history();
        if (history->count() == 0)
            return QStringLiteral("history: empty");
        QListWidgetItem* item = history->item(below(history->count()));
        history->scrollToItem(item);
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {},
                          history->visualItemRect(item).center());
        return QStringLiteral("click history row %1").arg(history->row(item));
    }

    /// Opens a dialog by its shortcut; a zero timer, run by the dialog's own event loop, plays
    /// with its fields and closes it (only the bookmark's is ever accepted: the exports would
    /// write files).
    QString openDialog()
    {
        const QKeySequence key = pick<QKeySequence>(
            {QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
             QKeySequence(Qt::CTRL | Qt::Key_O), QKeySequence(Qt::CTRL | Qt::Key_D),
             QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
        m_lastDialog = QStringLiteral("none opened"); // a modal box may block the shortcut
        QTimer::singleShot(0, &m_window, [this] { playWithDialog(); });
        QTest::keySequence(m_window.canvas(), key);
        return QStringLiteral("dialog %1 (%2)").arg(key.toString(), m_lastDialog);
    }

    void playWithDialog()
    {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        m_lastDialog = QString::fromLatin1(dialog->metaObject()->className());
        for (int i = below(4); i > 0; --i) {
            const auto boxes = dialog->findChildren<QCheckBox*>();
            if (!boxes.isEmpty())
                boxes[below(static_cast<int>(boxes.size()))]->click();
            const auto spins = dialog->findChildren<QAbstractSpinBox*>();
            if (!spins.isEmpty())
                spins[below(static_cast<int>(spins.size()))]->stepBy(below(2001) - 1000);
        }
        // A "Browse…" button opens a folder or file dialog over this one: close that first.
        for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
            if (qobject_cast<QDialogButtonBox*>(b->parentWidget()) || !chance(30))
                continue;
            QTimer::singleShot(0, dialog, [] {
                if (auto* inner = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                    inner->reject();
            });
            b->click();
            break;
        }
        if (auto* input = qobject_cast<QInputDialog*>(dialog); input && chance(50)) {
            input->setTextValue(QStringLiteral("monkey %1").arg(below(1000)));
            input->accept();
            return;
        }
        dialog->reject();
    }

    QString useBookmark()
    {
        if (m_window.bookmarks()->bookmarks().empty())
            return QStringLiteral("bookmark: none");
        const int i = below(static_cast<int>(m_window.bookmarks()->bookmarks().size()));
        m_window.bookmarks()->apply(i);
        return QStringLiteral("apply bookmark %1").arg(i);
    }

    QString closePopups()
    {
        int closed = 0;
        while (QWidget* popup = QApplication::activePopupWidget()) {
            popup->close();
            if (++closed > 5)
                break;
        }
        for (auto* box : m_window.findChildren<QMessageBox*>()) {
            if (!box->isVisible())
                continue;
            box->close();
            ++closed;
        }
        return QStringLiteral("closed %1 popup(s)").arg(closed);
    }

    QString openBadDataset()
    {
        m_window.datasets()->open(
            QStringLiteral(FRONTIER_TEST_DATA_DIR "/timeline/does-not-exist"));
        return QStringLiteral("open a missing dataset");
    }

    MainWindow& m_window;
    std::mt19937 m_random;
    QString m_lastDialog;
    QPointer<QDialog> m_waiting;
    int m_strayDialogs = 0;
};

char crashNote[64] = "before the first action";

extern "C" void reportCrash(int signal)
{
    const char lead[] = "\nMonkeyTest crashed at ";
    (void)!write(STDERR_FILENO, lead, sizeof lead - 1);
    (void)!write(STDERR_FILENO, crashNote, std::strlen(crashNote));
    (void)!write(STDERR_FILENO, "\n", 1);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/// \brief While it lives, a crash (or a failed Q_ASSERT, an abort) prints the seed and the
/// action it happened in, so the run can be replayed up to there.
class CrashNote {
public:
    CrashNote() { install(reportCrash); }
    ~CrashNote() { install(SIG_DFL); }
    CrashNote(const CrashNote&) = delete;
    CrashNote& operator=(const CrashNote&) = delete;
    void at(int action)
    {
        std::snprintf(crashNote, sizeof crashNote, "seed %u, action %d", kSeed, action);
    }

private:
    static void install(void (*handler)(int))
    {
        for (int signal : {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL})
            std::signal(signal, handler);
    }
};

/// \brief While it lives, drops the offscreen platform's warnings that it cannot raise, resize
/// hints or grab: thousands of them would bury a failure's own report in the log.
class QuietPlatform {
public:
    QuietPlatform() { s_previous = qInstallMessageHandler(filter); }
    ~QuietPlatform() { qInstallMessageHandler(s_previous); }
    QuietPlatform(const QuietPlatform&) = delete;
    QuietPlatform& operator=(const QuietPlatform&) = delete;

private:
    static void filter(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type != QtWarningMsg || !message.startsWith(u"This plugin does not support"))
            s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

bool finite(const MapRect& r)
{
    return std::isfinite(r.xmin) && std::isfinite(r.ymin) && std::isfinite(r.xmax) &&
           std::isfinite(r.ymax);
}

class MonkeyTest : public test::WindowTest {
protected:
    /// Empty when the window is sound, else what is wrong.
    QString unsound() const
    {
        if (!window->isVisible())
            return QStringLiteral("the window is gone");
        const Date date = window->timeController()->date();
        if (date < AtlasModel::minimumDate() || AtlasModel::maximumDate() < date)
            return QStringLiteral("date %1 out of range").arg(date.toString());
        if (window->canvas()->settings().date != date)
            return QStringLiteral("the map shows another date than the timeline");
        for (const MapRect& e :
             {window->canvas()->settings().extent, window->canvas()->visibleExtent()})
            if (!finite(e) || !(e.width() > 0) || !(e.height() > 0))
                return QStringLiteral("view extent %1,%2,%3,%4")
                    .arg(e.xmin)
                    .arg(e.ymin)
                    .arg(e.xmax)
                    .arg(e.ymax);
        // The canvas shows exactly what the renderer paints for its settings and the selection.
        const MapSettings s = window->canvas()->effectiveSettings();
        const QImage shown =
            window->canvas()->grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        RenderCache fresh; // the canvas draws through a cache too: a stale one would show here
        QImage expected = window->canvas()->renderer().renderImage(s, &fresh);
        {
            // In the canvas's order: the swipe's other date, the selection, the measured path.
            QPainter p(&expected);
            window->canvas()->swipeTool()->paint(p, s, &fresh);
            SelectionOverlay::paint(p, s, window->canvas()->renderer(),
                                    window->model().selectedFeature());
            window->canvas()->measureTool()->paint(p, s);
        }
        expected = expected.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        if (shown.size() != expected.size())
            return QStringLiteral("the map is %1x%2, its settings %3x%4")
                .arg(shown.width())
                .arg(shown.height())
                .arg(expected.width())
                .arg(expected.height());
        // The measuring tool's result box is a child widget over the map, not part of it.
        const QLabel* box = window->canvas()->measureTool()->resultBox();
        const QRect boxArea = box->isVisible() ? box->geometry() : QRect();
        // A shade of rounding is allowed: the canvas blends the view's sprites (ViewSprites).
        int differing = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x)
                differing += !boxArea.contains(x, y) &&
                             test::channelDifference(shown.pixel(x, y), expected.pixel(x, y)) > 2;
        if (differing > 0) {
            shown.save(QStringLiteral("monkey-shown.png"));
            expected.save(QStringLiteral("monkey-expected.png"));
            return QStringLiteral(
                       "the map shows something else than its settings (%1 pixels differ)")
                .arg(differing);
        }
        return {};
    }
};

TEST_F(MonkeyTest, RandomActionsLeaveTheWindowSound)
{
    QuietPlatform quiet;
    window->resize(640, 480);
    Monkey monkey(*window, kSeed);
    QTimer safetyNet; // a dialog no action closed would otherwise wait forever
    QObject::connect(&safetyNet, &QTimer::timeout, window.get(),
                     [&monkey] { monkey.closeStrayDialog(); });
    safetyNet.start(2000);
    CrashNote crash;
    std::deque<QString> recent;
    for (int i = 0; i < kActions; ++i) {
        crash.at(i);
        recent.push_back(QStringLiteral("%1: %2").arg(i).arg(monkey.act()));
        if (recent.size() > 12)
            recent.pop_front();
        QCoreApplication::processEvents();
        if ((i + 1) % kCheckEvery != 0 && i + 1 != kActions)
            continue;
        if (const QString wrong = unsound(); !wrong.isEmpty()) {
            QStringList log(recent.begin(), recent.end());
            FAIL() << "seed " << kSeed << ", after action " << i << ": " << wrong.toStdString()
                   << "\nlast actions:\n  " << log.join(QStringLiteral("\n  ")).toStdString();
        }
    }
    window->timeController()->pause();
    EXPECT_EQ(monkey.strayDialogs(), 0) << "seed " << kSeed << ": an action left a dialog open";
}

} // namespace
} // namespace frontier
