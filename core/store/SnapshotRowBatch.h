#pragma once

#include "store/SnapshotSink.h"

#include <QtGlobal>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmc {

// Snapshot rows in stored form (SnapshotSink::Utf8Row) with their bytes copied into one buffer
// per batch, so thousands of rows cost two allocations and a batch stays valid while the side
// that filled it moves on. The batches two threads hand rows over in: the streamed snapshots
// file (SnapshotBatch) and the image built from an import's rows (SnapshotFeed).
struct SnapshotRowBatch
{
    // The text columns in bind order (as_of ... last_activity_date, amount apart).
    enum Field {
        AsOf,
        Opportunity,
        Owner,
        Stage,
        Category,
        Currency,
        CloseDate,
        StageEntered,
        LastActivity,
        FieldCount
    };

    struct Row
    {
        std::array<quint32, FieldCount> offset{};
        std::array<quint32, FieldCount> size{};
        std::optional<Cents> amount;
    };

    std::string bytes;
    std::vector<Row> rows;

    void clearRows()
    {
        bytes.clear();
        rows.clear();
    }

    void append(Row &row, Field field, std::string_view text)
    {
        row.offset[field] = quint32(bytes.size());
        row.size[field] = quint32(text.size());
        bytes.append(text);
    }

    std::string_view text(const Row &row, Field field) const
    {
        return std::string_view(bytes).substr(row.offset[field], row.size[field]);
    }

    // A whole row, copied.
    void add(const SnapshotSink::Utf8Row &from)
    {
        Row &row = rows.emplace_back();
        append(row, AsOf, from.asOf);
        append(row, Opportunity, from.opportunityId);
        append(row, Owner, from.ownerId);
        append(row, Stage, from.stage);
        append(row, Category, from.category);
        append(row, Currency, from.currency);
        append(row, CloseDate, from.closeDate);
        append(row, StageEntered, from.stageEnteredDate);
        append(row, LastActivity, from.lastActivityDate);
        row.amount = from.amount;
    }

    // A row as views into this batch's bytes.
    SnapshotSink::Utf8Row utf8Row(const Row &row) const
    {
        SnapshotSink::Utf8Row out;
        out.asOf = text(row, AsOf);
        out.opportunityId = text(row, Opportunity);
        out.ownerId = text(row, Owner);
        out.stage = text(row, Stage);
        out.category = text(row, Category);
        out.amount = row.amount;
        out.currency = text(row, Currency);
        out.closeDate = text(row, CloseDate);
        out.stageEnteredDate = text(row, StageEntered);
        out.lastActivityDate = text(row, LastActivity);
        return out;
    }
};

} // namespace dmc
