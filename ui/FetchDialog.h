#pragma once

#include "sources/SourceCatalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tl {

class SourceForm;

// Fetch from the web: the source, a form generated from its parameters, its key and server.
// A key typed here is used for this session, or filed in the OS keychain when asked; else the
// environment variable's or the keychain's is used.
class FetchDialog : public QDialog {
    Q_OBJECT
public:
    explicit FetchDialog(QWidget *parent = nullptr);

    const SourceDescription &source() const;
    SourceValues values() const;
    // Empty: the service's own address.
    QString baseUrl() const;
    bool needsKey() const { return !source().keyVariable.isEmpty(); }
    // The key typed, else the environment's; empty when neither (the fetch then asks the
    // keychain, off the GUI thread).
    QString key() const;
    // Whether a typed key is to be filed in the keychain.
    bool rememberKey() const;
    QString typedKey() const;

    void setSource(const QString &id);
    SourceForm *form(const QString &id) const;
    void setKey(const QString &key);
    void setBaseUrl(const QString &url);

    // Fetch: only with a key when the source needs one; else the form says so and stays.
    void accept() override;

private:
    void showForm(int index);
    void updateKeyNote();

    QList<SourceDescription> m_sources;
    QComboBox *m_source;
    QStackedWidget *m_forms;
    QLineEdit *m_key;
    QCheckBox *m_rememberKey;
    QLabel *m_keyNote;
    QLineEdit *m_baseUrl;
    QLabel *m_keyError;
    QPushButton *m_fetchButton = nullptr;
    std::pair<QString, QString> m_keychain; // variable and the key the keychain gave for it
};

} // namespace tl
