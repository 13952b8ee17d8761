#pragma once

#include <QString>

#include <optional>

namespace dmc {

class Dataset;

// Which reps a number is about: everyone, one region, one district or one rep.
// Membership is decided by the rep table (a rep's current district and region) applied to the
// owner of each snapshot row, so a deal belongs to the scope its owner had at that snapshot.
struct Scope
{
    enum class Kind { All, Region, District, Rep };

    Kind kind = Kind::All;
    QString value; // region / district name, or rep id; empty for All

    // "all", "region:NAME", "district:NAME", "rep:ID" (the kind word is case-insensitive).
    static std::optional<Scope> parse(const QString &text);
    static Scope all() { return {}; }
    static Scope region(const QString &name) { return {Kind::Region, name}; }
    static Scope district(const QString &name) { return {Kind::District, name}; }
    static Scope rep(const QString &id) { return {Kind::Rep, id}; }

    QString key() const; // the inverse of parse(): "district:East"
    // What a person reads: "All reps", "District East", a rep's name (translated).
    QString displayName(const Dataset &dataset) const;

    friend bool operator==(const Scope &a, const Scope &b) { return a.kind == b.kind && a.value == b.value; }
};

} // namespace dmc
