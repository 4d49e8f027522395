#include "FetchDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tl {

namespace {

const char *keyVariable(FetchDialog::SourceKind kind) {
    return kind == FetchDialog::SourceKind::KobisDaily ? "TRENDLENS_KOBIS_KEY"
                                                       : "TRENDLENS_NEXON_KEY";
}

QDateEdit *dateEdit(const QDate &date, QWidget *parent) {
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

FetchDialog::FetchDialog(QWidget *parent)
    : QDialog(parent)
    , m_source(new QComboBox(this))
    , m_forms(new QStackedWidget(this))
    , m_kobisFrom(dateEdit(QDate::currentDate().addDays(-7), this))
    , m_kobisTo(dateEdit(QDate::currentDate().addDays(-1), this))
    , m_kobisDetails(new QCheckBox(tr("Also fetch each new movie's details"), this))
    , m_mapleDate(dateEdit(QDate::currentDate().addDays(-1), this))
    , m_maplePages(new QSpinBox(this))
    , m_mapleWorld(new QLineEdit(this))
    , m_gmarketCategories(new QListWidget(this))
    , m_key(new QLineEdit(this))
    , m_keyNote(new QLabel(this))
    , m_baseUrl(new QLineEdit(this)) {
    setWindowTitle(tr("Fetch from the web"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_source->addItem(tr("KOBIS daily box office"));
    m_source->addItem(tr("MapleStory overall ranking (Nexon)"));
    m_source->addItem(tr("Gmarket best-100 (one snapshot)"));
    top->addRow(tr("Source:"), m_source);
    layout->addLayout(top);

    auto *kobis = new QWidget(m_forms);
    auto *kobisForm = new QFormLayout(kobis);
    kobisForm->addRow(tr("From:"), m_kobisFrom);
    kobisForm->addRow(tr("To:"), m_kobisTo);
    m_kobisDetails->setChecked(true);
    kobisForm->addRow(QString(), m_kobisDetails);
    m_forms->addWidget(kobis);
    auto *maple = new QWidget(m_forms);
    auto *mapleForm = new QFormLayout(maple);
    mapleForm->addRow(tr("Day:"), m_mapleDate);
    m_maplePages->setRange(0, 10000);
    m_maplePages->setSpecialValueText(tr("all"));
    mapleForm->addRow(tr("Pages:"), m_maplePages);
    m_mapleWorld->setPlaceholderText(tr("every world"));
    mapleForm->addRow(tr("World:"), m_mapleWorld);
    m_forms->addWidget(maple);
    auto *gmarket = new QWidget(m_forms);
    auto *gmarketForm = new QFormLayout(gmarket);
    QJsonObject recipe;
    if (GmarketBestSource::loadRecipe({}, recipe)) {
        const QJsonObject categories = recipe.value(QStringLiteral("categories")).toObject();
        for (auto it = categories.begin(); it != categories.end(); ++it) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1 (%2)").arg(it.value().toString(), it.key()),
                                    m_gmarketCategories);
            item->setData(Qt::UserRole, it.key());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    gmarketForm->addRow(tr("Categories:"), m_gmarketCategories);
    m_forms->addWidget(gmarket);
    layout->addWidget(m_forms);

    auto *access = new QFormLayout;
    m_key->setEchoMode(QLineEdit::Password);
    access->addRow(tr("API key:"), m_key);
    m_keyNote->setWordWrap(true);
    access->addRow(QString(), m_keyNote);
    m_baseUrl->setPlaceholderText(tr("the service's own address"));
    access->addRow(tr("Server:"), m_baseUrl);
    layout->addLayout(access);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Fetch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_source, &QComboBox::currentIndexChanged, m_forms, &QStackedWidget::setCurrentIndex);
    connect(m_source, &QComboBox::currentIndexChanged, this, &FetchDialog::updateKeyNote);
    connect(m_key, &QLineEdit::textChanged, this, &FetchDialog::updateKeyNote);
    updateKeyNote();
}

FetchDialog::SourceKind FetchDialog::source() const {
    return SourceKind(m_source->currentIndex());
}

void FetchDialog::setSource(SourceKind kind) {
    m_source->setCurrentIndex(int(kind));
}

void FetchDialog::setKey(const QString &key) {
    m_key->setText(key);
}

void FetchDialog::setBaseUrl(const QString &url) {
    m_baseUrl->setText(url);
}

QString FetchDialog::key() const {
    const QString typed = m_key->text().trimmed();
    return typed.isEmpty() ? qEnvironmentVariable(keyVariable(source())).trimmed() : typed;
}

void FetchDialog::updateKeyNote() {
    m_key->setEnabled(needsKey());
    if (!needsKey()) {
        m_keyNote->setText(tr("This source needs no key."));
        return;
    }
    const QString variable = QString::fromLatin1(keyVariable(source()));
    if (!m_key->text().trimmed().isEmpty())
        m_keyNote->setText(tr("The key is kept in memory for this session only."));
    else if (!qEnvironmentVariable(keyVariable(source())).trimmed().isEmpty())
        m_keyNote->setText(tr("Using the key in %1.").arg(variable));
    else
        m_keyNote->setText(tr("Enter a key, or set %1 before starting Trendlens.").arg(variable));
}

KobisOptions FetchDialog::kobisOptions() const {
    KobisOptions options;
    options.from = m_kobisFrom->date();
    options.to = m_kobisTo->date();
    options.details = m_kobisDetails->isChecked();
    if (!m_baseUrl->text().trimmed().isEmpty())
        options.baseUrl = m_baseUrl->text().trimmed();
    return options;
}

GmarketOptions FetchDialog::gmarketOptions() const {
    GmarketOptions options;
    for (int i = 0; i < m_gmarketCategories->count(); ++i) {
        if (m_gmarketCategories->item(i)->checkState() == Qt::Checked)
            options.categories.append(m_gmarketCategories->item(i)->data(Qt::UserRole).toString());
    }
    if (!m_baseUrl->text().trimmed().isEmpty())
        options.baseUrl = m_baseUrl->text().trimmed();
    return options;
}

MapleOptions FetchDialog::mapleOptions() const {
    MapleOptions options;
    options.date = m_mapleDate->date();
    options.pages = m_maplePages->value();
    options.world = m_mapleWorld->text().trimmed();
    if (!m_baseUrl->text().trimmed().isEmpty())
        options.baseUrl = m_baseUrl->text().trimmed();
    return options;
}

} // namespace tl
