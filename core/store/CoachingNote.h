#pragma once

#include <QDate>
#include <QString>

namespace dmc {

// The DM's coaching note for one rep and week (weeks start Monday).
struct CoachingNote
{
    QString repId;
    QDate weekStart;
    QString note;
    QString author;
    QString updatedAt;
    int version = 0; // 0 until stored
};

} // namespace dmc
