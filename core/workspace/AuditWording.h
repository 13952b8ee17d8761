#pragma once

#include "store/AuditEntry.h"

#include <QCoreApplication>

namespace dmc {

// How the audit trail reads to a person, the same in the History dock, the undo stack and the
// `history` command: kinds, fields and stored values in the chosen language (statuses and
// ratings by name, dates and numbers through TextFormat). Describes; never judges.
class AuditWording
{
    Q_DECLARE_TR_FUNCTIONS(dmc::AuditWording)

public:
    static QString kindName(AuditKind kind);
    static QString fieldName(const QString &field);
    // A stored value as shown ("—" for none).
    static QString value(const QString &field, const QString &stored);
    // What the entry is about: "Acme renewal (stale stage)", a rep, a week's coaching note, a set.
    static QString subject(const AuditEntry &entry);
    // "note on Acme renewal": the undo stack's text ("Undo note on Acme renewal").
    static QString undoText(const AuditEntry &entry);
    // The entry's fields, values and date-time on one line each: "Note", "—", "Waiting on the CFO".
    static QString fields(const AuditEntry &entry);
    static QString oldValues(const AuditEntry &entry);
    static QString newValues(const AuditEntry &entry);
    // The local date and time of an ISO UTC stamp.
    static QString when(const QString &isoUtc);
};

} // namespace dmc
