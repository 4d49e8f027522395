#include "FetchDialog.h"

#include "sources/Secrets.h"

#include "models/TaskRunner.h"

#include "ui/SourceForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tl {

FetchDialog::FetchDialog(QWidget *parent)
    : QDialog(parent)
    , m_sources(sourceCatalog())
    , m_source(new QComboBox(this))
    , m_forms(new QStackedWidget(this))
    , m_key(new QLineEdit(this))
    , m_rememberKey(new QCheckBox(tr("Remember the key in the keychain"), this))
    , m_keyNote(new QLabel(this))
    , m_baseUrl(new QLineEdit(this))
    , m_keyError(new QLabel(this)) {
    setWindowTitle(tr("Fetch from the web"));
    setMinimumWidth(480); // wide enough that the key note wraps to two or three lines
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    for (const SourceDescription &source : std::as_const(m_sources)) {
        m_source->addItem(source.title, source.id);
        m_forms->addWidget(new SourceForm(source.parameters, m_forms));
    }
    top->addRow(tr("Source:"), m_source);
    layout->addLayout(top);
    layout->addWidget(m_forms);

    auto *access = new QFormLayout;
    m_key->setEchoMode(QLineEdit::Password);
    access->addRow(tr("API key:"), m_key);
    access->addRow(QString(), m_rememberKey);
    m_keyNote->setWordWrap(true);
    // Room for the longest note: a wrapped label under-reports its height to the dialog.
    m_keyNote->setMinimumHeight(m_keyNote->fontMetrics().lineSpacing() * 3);
    m_keyNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    access->addRow(QString(), m_keyNote);
    m_keyError->setObjectName(QStringLiteral("keyError"));
    m_keyError->setWordWrap(true);
    m_keyError->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_keyError->hide();
    access->addRow(QString(), m_keyError);
    access->addRow(tr("Server:"), m_baseUrl);
    layout->addLayout(access);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_fetchButton = buttons->button(QDialogButtonBox::Ok);
    m_fetchButton->setText(tr("Fetch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_source, &QComboBox::currentIndexChanged, this, &FetchDialog::showForm);
    connect(m_source, &QComboBox::currentIndexChanged, this, &FetchDialog::updateKeyNote);
    connect(m_key, &QLineEdit::textChanged, this, &FetchDialog::updateKeyNote);
    connect(m_key, &QLineEdit::textChanged, m_keyError, &QWidget::hide);
    connect(m_rememberKey, &QCheckBox::toggled, this, &FetchDialog::updateKeyNote);
    showForm(0);
    updateKeyNote();
}

void FetchDialog::showForm(int index) {
    // Only the shown form counts for the dialog's size: KOBIS's three fields do not get the
    // height of REST's seven.
    for (int i = 0; i < m_forms->count(); ++i)
        m_forms->widget(i)->setSizePolicy(
            i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_forms->setCurrentIndex(index);
    adjustSize();
}

const SourceDescription &FetchDialog::source() const {
    return m_sources.at(std::max(0, m_source->currentIndex()));
}

SourceValues FetchDialog::values() const {
    return static_cast<SourceForm *>(m_forms->currentWidget())->values();
}

QString FetchDialog::baseUrl() const {
    return m_baseUrl->text().trimmed();
}

void FetchDialog::setSource(const QString &id) {
    m_source->setCurrentIndex(m_source->findData(id));
}

SourceForm *FetchDialog::form(const QString &id) const {
    const int index = m_source->findData(id);
    return index < 0 ? nullptr : static_cast<SourceForm *>(m_forms->widget(index));
}

void FetchDialog::setKey(const QString &key) {
    m_key->setText(key);
}

void FetchDialog::setBaseUrl(const QString &url) {
    m_baseUrl->setText(url);
}

QString FetchDialog::typedKey() const {
    return m_key->text().trimmed();
}

bool FetchDialog::rememberKey() const {
    return m_rememberKey->isChecked() && !typedKey().isEmpty();
}

QString FetchDialog::key() const {
    const QString typed = typedKey();
    if (!typed.isEmpty() || !needsKey())
        return typed;
    const QString environment =
        qEnvironmentVariable(source().keyVariable.toLatin1().constData()).trimmed();
    return environment.isEmpty() && m_keychain.first == source().keyVariable ? m_keychain.second
                                                                             : environment;
}

void FetchDialog::accept() {
    if (!needsKey() || !key().isEmpty()) {
        QDialog::accept();
        return;
    }
    // No key typed or in the environment: the keychain may have one. It can be slow to
    // answer, so it is asked off the GUI thread; without a key the form stays, as typed.
    m_fetchButton->setEnabled(false);
    const QString variable = source().keyVariable;
    auto found = std::make_shared<QString>();
    TaskRunner::shared().run(
        this, QStringLiteral("keychain"),
        [variable, found](TaskControl &) {
            *found = Secrets::fromKeychain(variable);
            return Status::success();
        },
        [this, variable, found](const Status &) {
            m_fetchButton->setEnabled(true);
            if (found->isEmpty()) {
                m_keyError->setText(
                    tr("This source needs an API key: type it here, or set %1.").arg(variable));
                m_keyError->show();
                m_key->setFocus();
                return;
            }
            m_keychain = {variable, *found};
            QDialog::accept();
        });
}

void FetchDialog::updateKeyNote() {
    m_key->setEnabled(needsKey());
    m_rememberKey->setEnabled(needsKey() && !m_key->text().trimmed().isEmpty());
    m_baseUrl->setPlaceholderText(source().defaultBaseUrl.isEmpty() ? tr("the address given")
                                                                    : source().defaultBaseUrl);
    if (!needsKey()) {
        m_keyNote->setText(tr("This source needs no key."));
        return;
    }
    const QString variable = source().keyVariable;
    if (!m_key->text().trimmed().isEmpty())
        m_keyNote->setText(m_rememberKey->isChecked()
                               ? tr("The key goes into the OS keychain, never into a file.")
                               : tr("The key is kept in memory for this session only."));
    else if (!qEnvironmentVariable(variable.toLatin1().constData()).trimmed().isEmpty())
        m_keyNote->setText(tr("Using the key in %1.").arg(variable));
    else
        m_keyNote->setText(tr("Enter a key, or set %1 before starting Trendlens; a key kept "
                              "in the keychain is used too.")
                               .arg(variable));
}

} // namespace tl
