#include "ScoreDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace tl {

ScoreDialog::ScoreDialog(const DatasetInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_column(new QComboBox(this))
    , m_into(new QComboBox(this))
    , m_scorer(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_command(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_rescore(new QCheckBox(tr("Score every row again (replaces the scores)"), this))
    , m_explanation(new QLabel(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Add score column to %1").arg(info.name));
    for (const Column &c : info.columns) {
        if (c.type == ColumnType::Text)
            m_column->addItem(c.name);
    }
    // The score column can be a new name or an earlier score column to bring up to date.
    m_into->setEditable(true);
    for (const Column &c : info.columns) {
        if (c.type == ColumnType::Real)
            m_into->addItem(c.name);
    }
    m_scorer->addItem(tr("Sentiment lexicon (−1 to 1)"), QStringLiteral("lexicon"));
    m_scorer->addItem(tr("Dictionary word (1 or 0)"), QStringLiteral("dictionary"));
    m_scorer->addItem(tr("My own model (a command)"), QStringLiteral("command"));
    m_language->addItem(tr("Automatic (by script)"), QStringLiteral("auto"));
    m_language->addItem(tr("Korean"), QStringLiteral("ko"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_command->setPlaceholderText(QStringLiteral("python3 tools/scorers/hf_sentiment.py MODEL"));
    m_timeout->setRange(1, 24 * 3600);
    m_timeout->setValue(300);
    m_timeout->setSuffix(tr(" s"));
    m_column->setObjectName(QStringLiteral("column"));
    m_into->setObjectName(QStringLiteral("into"));
    m_scorer->setObjectName(QStringLiteral("scorer"));
    m_language->setObjectName(QStringLiteral("language"));
    m_command->setObjectName(QStringLiteral("command"));
    m_rescore->setObjectName(QStringLiteral("rescore"));
    m_error->setObjectName(QStringLiteral("error"));
    m_explanation->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Text column:"), m_column);
    form->addRow(tr("Score column:"), m_into);
    form->addRow(tr("Scorer:"), m_scorer);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Command:"), m_command);
    form->addRow(tr("Silence allowed:"), m_timeout);
    form->addRow(QString(), m_rescore);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Score"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scorer, &QComboBox::currentIndexChanged, this, &ScoreDialog::updateFields);
    connect(m_column, &QComboBox::currentTextChanged, this, [this](const QString &column) {
        if (!m_intoEdited)
            m_into->setEditText(ScoreJob::defaultInto(column));
    });
    connect(m_into, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        m_intoEdited = text != ScoreJob::defaultInto(m_column->currentText());
    });
    m_into->setEditText(ScoreJob::defaultInto(m_column->currentText()));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_column->count() > 0);
    if (m_column->count() == 0)
        showError(tr("%1 has no text column to score.").arg(info.name));
    updateFields();
}

void ScoreDialog::updateFields() {
    const QString kind = m_scorer->currentData().toString();
    const bool command = kind == QLatin1String("command");
    m_command->setEnabled(command);
    m_timeout->setEnabled(command);
    m_language->setEnabled(!command);
    if (kind == QLatin1String("lexicon"))
        m_explanation->setText(
            tr("Scores each text's sentiment from the Korean and English polarity lexicons, "
               "with negation (\"not good\", \"좋지 않다\") and degree words."));
    else if (kind == QLatin1String("dictionary"))
        m_explanation->setText(tr("1 when the text is one word of the hunspell dictionary "
                                  "(\"사랑\"), 0 for anything else (\"뷸뫄\")."));
    else
        m_explanation->setText(
            tr("Runs your model as a program: it reads {\"id\", \"text\"} lines on its input "
               "and writes {\"id\", \"score\", \"label\"} lines. See tools/scorers."));
}

ScoreOptions ScoreDialog::options() const {
    ScoreOptions options;
    options.dataset = m_info.name;
    options.column = m_column->currentText();
    options.into = m_into->currentText().trimmed();
    options.scorer = m_scorer->currentData().toString();
    options.language = m_language->currentData().toString();
    if (options.scorer == QLatin1String("command")) {
        options.command = m_command->text().trimmed();
        options.timeoutSeconds = m_timeout->value();
    }
    options.rescore = m_rescore->isChecked();
    return options;
}

void ScoreDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace tl
