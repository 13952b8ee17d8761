#pragma once

#include <QFrame>

class QLabel;

namespace dmc::ui {

// One cockpit number: caption, value and the change since the compare-to snapshot. Clicking
// it (or Enter / Space when focused) asks to show the deals behind it.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    enum class Trend { Neutral, Up, Down };

    explicit KpiTile(const QString &objectName, QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value, const QString &detail = {});
    // `favourable` colours the delta: a rise in won is favourable, a rise in gap is not.
    void setDelta(const QString &delta, Trend trend, bool favourable);
    void setDrillable(bool drillable);
    bool isDrillable() const { return m_drillable; }
    QString value() const;
    QString detail() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_delta;
    bool m_drillable = false;
};

} // namespace dmc::ui
