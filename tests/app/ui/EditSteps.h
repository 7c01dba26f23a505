#pragma once

// The analyst's steps of an edit in the window, with real keys and clicks: shared by the tests
// of editing a folder's dataset and a database's.
#include "UiTest.h"
#include "ui/EventDialog.h"
#include "ui/FeaturePanel.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace frontier::test {

/// Makes the window active again, as after a dialog closed, so its shortcuts reach it.
inline void activate(MainWindow& window)
{
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
}

/// Presses `keys` on the window and returns the event dialog they open.
inline EventDialog* openEventDialog(MainWindow& window, QKeySequence keys)
{
    QTest::keySequence(&window, keys);
    EventDialog* dialog = nullptr;
    EXPECT_TRUE(waitFor([&] {
        dialog = window.findChild<EventDialog*>();
        return dialog && dialog->isVisible();
    }));
    return dialog;
}

inline QPushButton* okButton(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

/// Selects the history row of event `id` by clicking it.
inline void clickHistoryRow(MainWindow& window, const QString& id)
{
    QListWidget* history = window.featurePanel()->history();
    const int event = window.model().dataset().eventIndex(id);
    window.featurePanel()->showEvent(event);
    QListWidgetItem* item = history->currentItem();
    ASSERT_TRUE(item);
    history->scrollToItem(item);
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {},
                      history->visualItemRect(item).center());
    ASSERT_EQ(window.featurePanel()->currentEvent(), event);
}

/// Replaces the text of the event dialog's summary by typing `summary`.
inline void typeSummary(EventDialog* dialog, const QString& summary)
{
    auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
    ASSERT_TRUE(text);
    text->setFocus();
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    // Typed as one key event: QTest's key clicks know only ASCII keys.
    QTest::sendKeyEvent(QTest::Click, text, Qt::Key_unknown, summary, Qt::NoModifier);
}

/// Edits the summary of event `id` through F2 and OK.
inline void editSummary(MainWindow& window, const QString& id, const QString& summary)
{
    clickHistoryRow(window, id);
    EventDialog* dialog = openEventDialog(window, QKeySequence(Qt::Key_F2));
    ASSERT_TRUE(dialog);
    typeSummary(dialog, summary);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
}

/// Once a modal widget of type T is active, `act` on it (as the analyst would, in its event
/// loop); polled, so it also reaches a modal opened from another modal.
template <class T> void onModal(std::function<void(T*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto* modal = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

} // namespace frontier::test
