#pragma once

#include <QString>

namespace hoego
{

// Names and places that every part of Hoego agrees on.
namespace AppInfo
{
QString version();          // "0.1.0"
QString applicationId();    // "org.hoego.Hoego": the installed .desktop file, icon and AppStream id
void applyToApplication();  // application name etc. on the running QCoreApplication
QString defaultJournalPath(); // $HOEGO_JOURNAL, else hoego.sqlite in the app-data folder
} // namespace AppInfo

} // namespace hoego
