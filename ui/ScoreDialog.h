#pragma once

#include "store/DatasetInfo.h"
#include "text/ScoreJob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tl {

// Dataset ▸ Add score column…: which text column to score, into which column, with which
// scorer (lexicon, dictionary, the analyst's own command) and language; "score every row
// again" for a new model. The scoring itself runs in the background (ScoreController).
class ScoreDialog : public QDialog {
    Q_OBJECT
public:
    ScoreDialog(const DatasetInfo &info, QWidget *parent = nullptr);

    ScoreOptions options() const;
    void showError(const QString &message);

private:
    void updateFields();

    DatasetInfo m_info;
    QComboBox *m_column;
    QComboBox *m_into;
    QComboBox *m_scorer;
    QComboBox *m_language;
    QLineEdit *m_command;
    QSpinBox *m_timeout;
    QCheckBox *m_rescore;
    QLabel *m_explanation;
    QLabel *m_error;
    bool m_intoEdited = false;
};

} // namespace tl
