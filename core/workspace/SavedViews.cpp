#include "SavedViews.h"

#include "store/Database.h"
#include "store/PersonalSettings.h"

namespace dmc {

namespace {

const QString KeyPrefix = QStringLiteral("view:");

} // namespace

SavedViews::SavedViews(const Database &database)
    : m_database(database)
{
}

std::vector<SavedView> SavedViews::views() const
{
    std::vector<SavedView> found;
    for (const auto &[key, value] : PersonalSettings(m_database).values(KeyPrefix))
        if (auto view = SavedView::fromJson(key.mid(KeyPrefix.size()), value.toUtf8()))
            found.push_back(std::move(*view));
    return found;
}

std::optional<SavedView> SavedViews::view(const QString &name) const
{
    const auto stored = PersonalSettings(m_database).value(KeyPrefix + name.trimmed());
    return stored ? SavedView::fromJson(name.trimmed(), stored->toUtf8()) : std::nullopt;
}

Status SavedViews::save(const SavedView &view)
{
    const QString name = view.name.trimmed();
    if (name.isEmpty() || name.size() > 80)
        return Error{Error::Kind::Usage, tr("A view's name is 1 to 80 characters.")};
    return PersonalSettings(m_database).setValue(KeyPrefix + name, QString::fromUtf8(view.toJson()));
}

Status SavedViews::remove(const QString &name)
{
    return PersonalSettings(m_database).remove(KeyPrefix + name.trimmed());
}

} // namespace dmc
