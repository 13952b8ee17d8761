#include "HistorySnapshots.h"

#include "domain/FiscalCalendar.h"
#include "domain/IsoDateDigits.h"
#include "domain/Opportunity.h"
#include "import/ImportSession.h"
#include "store/SnapshotSink.h"
#include "domain/Money.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace dmc {

namespace {

// "yyyy-MM-dd" of a Julian day into `out`; an empty view for no date.
std::string_view isoText(qint32 day, char (&out)[10])
{
    if (day == 0)
        return {};
    int year = 0;
    int month = 0;
    int day_ = 0;
    QDate::fromJulianDay(day).getDate(&year, &month, &day_);
    if (!IsoDateDigits::write(year, month, day_, out))
        return {};
    return {out, 10};
}

// The "yyyy-MM-dd" text of every day in a range, written once: a year of weeks writes three
// dates per row, millions of times.
class DayTexts
{
public:
    void cover(qint32 day)
    {
        if (day == 0)
            return;
        m_first = m_first == 0 ? day : std::min(m_first, day);
        m_last = std::max(m_last, day);
    }
    void build()
    {
        constexpr qint32 MaxDays = 200000; // beyond five centuries, days are written one by one
        if (m_first == 0 || m_last - m_first >= MaxDays)
            return;
        m_texts.resize(size_t(m_last - m_first + 1));
        for (qint32 day = m_first; day <= m_last; ++day) {
            char *out = m_texts[size_t(day - m_first)].data();
            char text[10];
            if (isoText(day, text).empty())
                std::fill(out, out + 10, '\0');
            else
                std::copy(text, text + 10, out);
        }
    }
    std::string_view text(qint32 day, char (&scratch)[10]) const
    {
        if (day == 0)
            return {};
        if (day >= m_first && size_t(day - m_first) < m_texts.size() && m_texts[size_t(day - m_first)][0] != '\0')
            return {m_texts[size_t(day - m_first)].data(), 10};
        return isoText(day, scratch);
    }

private:
    qint32 m_first = 0;
    qint32 m_last = 0;
    std::vector<std::array<char, 10>> m_texts;
};

std::string_view bytes(const QByteArray &text)
{
    return {text.constData(), size_t(text.size())};
}

} // namespace

qint16 HistorySnapshots::stageIndex(const QString &name)
{
    if (const auto it = m_stageIndex.constFind(name); it != m_stageIndex.constEnd())
        return *it;
    const auto index = qint16(m_stageNames.size());
    m_stageNames.push_back(name.toUtf8());
    m_stageIndex.insert(name, index);
    return index;
}

QByteArray HistorySnapshots::interned(const QString &text)
{
    auto it = m_interned.find(text);
    if (it == m_interned.end())
        it = m_interned.insert(text, text.toUtf8());
    return *it;
}

std::vector<HistorySnapshots::LatestStage> HistorySnapshots::sortChanges(qsizetype deals)
{
    // Held through the whole write: not the up to twice as much the reading grew it to.
    m_changes.shrink_to_fit();
    std::sort(m_changes.begin(), m_changes.end(), [](const Change &a, const Change &b) {
        if (a.deal != b.deal)
            return a.deal < b.deal;
        if (a.at != b.at)
            return a.at < b.at;
        return a.line < b.line;
    });
    // A change that keeps the stage keeps the day the deal entered it.
    std::vector<LatestStage> latest(static_cast<size_t>(deals), LatestStage{});
    m_stageEntered.resize(m_changes.size());
    for (size_t i = 0; i < m_changes.size(); ++i) {
        const Change &change = m_changes[i];
        const bool same = i > 0 && m_changes[i - 1].deal == change.deal && m_changes[i - 1].stage == change.stage;
        m_stageEntered[i] = same ? m_stageEntered[i - 1] : qint32(change.at / DayMs);
        if (change.deal >= 0 && change.deal < deals)
            latest[size_t(change.deal)] = {change.stage, m_stageEntered[i]};
    }
    return latest;
}

QDate HistorySnapshots::firstChangeDay() const
{
    qint64 first = 0;
    for (const Change &change : m_changes)
        if (first == 0 || change.at < first)
            first = change.at;
    return first == 0 ? QDate() : QDate::fromJulianDay(first / DayMs);
}

void HistorySnapshots::setDeals(const std::vector<Opportunity> &deals, const QDate &asOf)
{
    m_deals.clear();
    m_deals.reserve(deals.size());
    for (const Opportunity &o : deals) {
        Deal deal;
        deal.id = o.id.toUtf8();
        deal.owner = interned(o.ownerId);
        deal.currency = interned(o.currency);
        deal.createdDay = dayOf(o.createdDate);
        deal.closeDay = dayOf(o.closeDate);
        deal.stageEnteredDay = dayOf(o.stageEnteredDate);
        deal.lastActivityDay = dayOf(o.lastActivityDate);
        deal.stage = stageIndex(o.stage);
        deal.category = o.category;
        deal.hasAmount = o.amount.has_value();
        deal.amount = o.amount.value_or(0);
        m_deals.push_back(std::move(deal));
    }
    // Each deal's run of changes (sorted by deal position).
    size_t next = 0;
    for (size_t i = 0; i < m_deals.size(); ++i) {
        while (next < m_changes.size() && m_changes[next].deal < qint32(i))
            ++next;
        m_deals[i].firstChange = qint32(next);
        while (next < m_changes.size() && m_changes[next].deal == qint32(i))
            ++next;
        m_deals[i].endChange = qint32(next);
    }
    // The snapshot table's primary key is (as_of, opportunity_id): rows in that order append.
    std::sort(m_deals.begin(), m_deals.end(), [](const Deal &a, const Deal &b) { return a.id < b.id; });

    m_dates.clear();
    m_expectedRows = 0;
    if (!asOf.isValid())
        return;
    QDate first = asOf;
    if (const QDate changed = firstChangeDay(); changed.isValid() && changed < first)
        first = changed;
    for (QDate monday = FiscalCalendar::weekStart(first); monday <= asOf; monday = monday.addDays(7))
        m_dates.push_back(std::min(monday.addDays(6), asOf));
    // Rows: every week from the deal's first change (or its creation, without history) on.
    for (const Deal &deal : m_deals) {
        const qint32 from = deal.firstChange < deal.endChange ? qint32(m_changes[size_t(deal.firstChange)].at / DayMs)
                                                              : deal.createdDay;
        m_expectedRows += std::count_if(m_dates.begin(), m_dates.end(),
                                        [from](const QDate &date) { return date.toJulianDay() >= from; });
    }
}

Status HistorySnapshots::run(Database &database, SnapshotObserver *observer)
{
    SnapshotSink sink(database, observer);
    if (Status opened = sink.open(); !opened)
        return opened;
    std::array<QByteArray, ForecastCategoryCount> categoryKeys;
    for (int c = 0; c < ForecastCategoryCount; ++c)
        categoryKeys[size_t(c)] = forecastCategoryKey(ForecastCategory(c)).toUtf8();
    const QByteArray noStage;
    auto stageName = [&](qint16 stage) -> const QByteArray & {
        return stage >= 0 && size_t(stage) < m_stageNames.size() ? m_stageNames[size_t(stage)] : noStage;
    };

    DayTexts days;
    for (const Change &change : m_changes)
        days.cover(change.closeDay);
    for (const qint32 day : m_stageEntered)
        days.cover(day);
    for (const Deal &deal : m_deals) {
        days.cover(deal.closeDay);
        days.cover(deal.stageEnteredDay);
        days.cover(deal.lastActivityDay);
    }
    days.build();

    std::vector<qint32> cursor(m_deals.size());
    for (size_t i = 0; i < m_deals.size(); ++i)
        cursor[i] = m_deals[i].firstChange;

    qint64 written = 0;
    for (const QDate &date : m_dates) {
        if (m_session.cancelled())
            return ImportSession::cancelledError();
        const qint32 today = qint32(date.toJulianDay());
        const qint64 endOfDay = (qint64(today) + 1) * DayMs - 1;
        char asOfText[10];
        const std::string_view asOf = isoText(today, asOfText);
        for (size_t i = 0; i < m_deals.size(); ++i) {
            const Deal &deal = m_deals[i];
            qint32 closeDay = deal.closeDay;
            qint32 stageEntered = deal.stageEnteredDay;
            qint16 stage = deal.stage;
            ForecastCategory category = deal.category;
            std::optional<Cents> amount = deal.hasAmount ? std::optional<Cents>(deal.amount) : std::nullopt;
            if (deal.firstChange < deal.endChange) {
                qint32 &at = cursor[i];
                while (at < deal.endChange && m_changes[size_t(at)].at <= endOfDay)
                    ++at;
                if (at == deal.firstChange)
                    continue; // not created yet at that date
                const Change &state = m_changes[size_t(at - 1)];
                closeDay = state.closeDay;
                stageEntered = m_stageEntered[size_t(at - 1)];
                stage = state.stage;
                category = state.category;
                amount = state.hasAmount ? std::optional<Cents>(state.amount) : std::nullopt;
            } else if (deal.createdDay != 0 && deal.createdDay > today) {
                continue; // no history: the deal as it stands, from its creation on
            }
            if (++written % 1000 == 0 && m_session.cancelled())
                return ImportSession::cancelledError();
            const qint32 lastActivity = deal.lastActivityDay <= today ? deal.lastActivityDay : 0;
            char closeText[10];
            char enteredText[10];
            char activityText[10];
            SnapshotSink::Utf8Row row;
            row.asOf = asOf;
            row.opportunityId = bytes(deal.id);
            row.ownerId = bytes(deal.owner);
            row.stage = bytes(stageName(stage));
            row.category = bytes(categoryKeys[size_t(category)]);
            row.amount = amount;
            row.currency = bytes(deal.currency);
            row.closeDate = days.text(closeDay, closeText);
            row.stageEnteredDate = days.text(stageEntered, enteredText);
            row.lastActivityDate = days.text(lastActivity, activityText);
            if (sink.acceptsUtf8()) {
                if (Status added = sink.addUtf8(row); !added)
                    return added;
                continue;
            }
            // Another database (PostgreSQL): the typed row.
            auto text = [](std::string_view view) { return QString::fromUtf8(view.data(), qsizetype(view.size())); };
            auto dateOf = [](qint32 day) { return day != 0 ? QDate::fromJulianDay(day) : QDate(); };
            SnapshotRow typed;
            typed.asOf = date;
            typed.opportunityId = text(row.opportunityId);
            typed.ownerId = text(row.ownerId);
            typed.stage = text(row.stage);
            typed.category = category;
            typed.amount = amount;
            typed.currency = text(row.currency);
            typed.closeDate = dateOf(closeDay);
            typed.stageEnteredDate = dateOf(stageEntered);
            typed.lastActivityDate = dateOf(lastActivity);
            if (Status added = sink.add(typed); !added)
                return added;
        }
    }
    m_stored = sink.rows();
    return Done{};
}

} // namespace dmc
