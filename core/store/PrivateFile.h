#pragma once

#include <QFileDevice>

namespace dmc {

// A database or actions file holds a DM's notes: only its owner reads or writes it.
inline constexpr auto privateFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace dmc
