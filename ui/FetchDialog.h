#pragma once

#include "sources/gmarket/GmarketBestSource.h"
#include "sources/kobis/KobisDailySource.h"
#include "sources/maple/MapleRankingSource.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace tl {

// Fetch from the web: the source, its parameters (dates as date pickers), and its key. A key
// typed here lives in memory for this session only; the environment variable is used when set.
class FetchDialog : public QDialog {
    Q_OBJECT
public:
    enum class SourceKind { KobisDaily, MapleRanking, GmarketBest };

    explicit FetchDialog(QWidget *parent = nullptr);

    SourceKind source() const;
    KobisOptions kobisOptions() const;
    MapleOptions mapleOptions() const;
    GmarketOptions gmarketOptions() const;
    bool needsKey() const { return source() != SourceKind::GmarketBest; }
    // The key typed, else the environment's; empty when neither.
    QString key() const;
    void setSource(SourceKind kind);
    void setKey(const QString &key);
    void setBaseUrl(const QString &url);

private:
    void updateKeyNote();

    QComboBox *m_source;
    QStackedWidget *m_forms;
    QDateEdit *m_kobisFrom;
    QDateEdit *m_kobisTo;
    QCheckBox *m_kobisDetails;
    QDateEdit *m_mapleDate;
    QSpinBox *m_maplePages;
    QLineEdit *m_mapleWorld;
    QListWidget *m_gmarketCategories;
    QLineEdit *m_key;
    QLabel *m_keyNote;
    QLineEdit *m_baseUrl;
};

} // namespace tl
