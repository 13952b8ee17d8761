#pragma once

#include <QSettings>
#include <QVariant>

namespace dmc::ui {

// One typed QSettings entry: the key and its fallback live together, so no string key is
// repeated around the code (see Settings.h for the list).
template<typename T>
class Setting
{
public:
    Setting(const char *key, T fallback = T{})
        : m_key(QLatin1String(key))
        , m_fallback(std::move(fallback))
    {
    }
    // A key built at run time (a database's own settings, see DatabaseSettings.h).
    Setting(QString key, T fallback)
        : m_key(std::move(key))
        , m_fallback(std::move(fallback))
    {
    }

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        return stored.isValid() ? stored.template value<T>() : m_fallback;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    // Entries written together share one QSettings, whose destructor writes the file once; an
    // entry that already holds the value is not written.
    void setValue(QSettings &settings, const T &value) const
    {
        // Compared as T: the file gives an int back as its text.
        const QVariant stored = settings.value(m_key);
        if (!stored.isValid() || stored.template value<T>() != value)
            settings.setValue(m_key, QVariant::fromValue(value));
    }
    bool isSet() const { return QSettings().contains(m_key); }
    void clear() const { QSettings().remove(m_key); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_fallback;
};

} // namespace dmc::ui
