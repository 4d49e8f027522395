#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace tl {

class ScheduleController;
class ScheduleListModel;
struct Schedule;

// The Schedules panel: each schedule's interval, next run, last run (failures in red) and
// rows, with Add, Edit, Pause/Resume, Run now and Remove. Changes go straight to the
// workspace; runs go through the ScheduleController.
class SchedulesPanel : public QWidget {
    Q_OBJECT
public:
    SchedulesPanel(ScheduleListModel &model, ScheduleController &controller,
                   QWidget *parent = nullptr);

    void setWorkspace(const QString &path) { m_path = path; }
    // Add or edit: the dialog, then the workspace (public for tests, which fill the dialog).
    void edit(const Schedule *existing);

private:
    void changeEvent(QEvent *event) override;
    void retranslate();
    void updateButtons();
    const Schedule *selected() const;
    void togglePause();
    void remove();
    void report(const QString &error);

    QString m_path;
    ScheduleListModel &m_model;
    ScheduleController &m_controller;
    QTableView *m_view;
    QToolButton *m_add, *m_edit, *m_pause, *m_runNow, *m_remove;
    QLabel *m_status;
};

} // namespace tl
