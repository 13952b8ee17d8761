#pragma once

#include "PocBoard.h"
#include "PocDigest.h"

#include <QDate>

namespace dmc {

// Builds the weekly POC digest from the POC board of the as-of (docs/definitions.md#weekly-poc-digest):
// the dated rows of each POC read for the window (since, as-of].
class PocDigestBuilder
{
public:
    static PocDigest build(const PocBoard &board, const QDate &since, const QString &scopeName);
};

} // namespace dmc
