#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace tl {

class ScheduleController;
class ScheduleHistoryView;
class ScheduleListModel;
struct Schedule;

// The Schedules panel: each schedule's interval, next run, last run (failures in red) and
// rows, with Add, Edit, Pause/Resume, Run now and Remove, and the selected one's recent runs
// as a small chart. Changes go straight to the
// workspace; runs go through the ScheduleController.
class SchedulesPanel : public QWidget {
    Q_OBJECT
public:
    SchedulesPanel(ScheduleListModel &model, ScheduleController &controller,
                   QWidget *parent = nullptr);

    void setWorkspace(const QString &path) { m_path = path; }
    // Add or edit: the dialog, then the workspace (public for tests, which fill the dialog).
    void edit(const Schedule *existing);
    ScheduleHistoryView *history() const { return m_history; }

private:
    void changeEvent(QEvent *event) override;
    void retranslate();
    void updateButtons();
    const Schedule *selected() const;
    void togglePause();
    void remove();
    void report(const QString &error);
    void showHistory();

    QString m_path;
    ScheduleListModel &m_model;
    ScheduleController &m_controller;
    QTableView *m_view;
    QToolButton *m_add, *m_edit, *m_pause, *m_runNow, *m_remove;
    QLabel *m_status;
    ScheduleHistoryView *m_history;
};

} // namespace tl
