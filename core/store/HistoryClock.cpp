#include "HistoryClock.h"

#include <QDateTime>
#include <QMutex>

namespace dmc {

QString HistoryClock::now()
{
    static QMutex mutex;
    static QDateTime last;
    const QMutexLocker lock(&mutex);
    QDateTime time = QDateTime::currentDateTimeUtc();
    if (last.isValid() && time <= last)
        time = last.addMSecs(1);
    last = time;
    return time.toString(Qt::ISODateWithMs);
}

} // namespace dmc
