#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <vector>

namespace dmc {

class Dataset;

// One change point of a deal's qualification: the date it took effect and one phrase per field
// that changed, old value to new ("Champion: partial → confirmed").
struct QualificationChange
{
    QDate date;
    QStringList parts;
};

// Describes the qualification history of a deal (docs/definitions.md#qualification-history):
// what the deal's history pane lists beside its snapshots. Facts only: field, old and new value.
class QualificationChanges
{
    Q_DECLARE_TR_FUNCTIONS(dmc::QualificationChanges)

public:
    // The deal's changes, oldest first (none when its values never changed in the data).
    static std::vector<QualificationChange> of(const Dataset &dataset, qint32 opportunity);
};

} // namespace dmc
