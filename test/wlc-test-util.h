/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_TEST_UTIL_H
#define WLC_TEST_UTIL_H

/**
 * \file
 * \ingroup wlc-tests
 * Small helpers shared by the test suites (test-only, not installed).
 */

#include <filesystem>
#include <string>

namespace ns3
{
namespace wlctest
{

/**
 * The module's source directory. NS_TEST_SOURCEDIR is absolute in the standalone build and
 * relative to the ns-3 top directory ("contrib/wlc/test") inside an ns-3 tree; ns-3's own
 * TestCase::CreateDataDirFilename needs an ns-3 source tree, which the standalone build lacks.
 * \return the directory that holds CMakeLists.txt, or "" if it cannot be found
 */
inline std::string
ModuleSourceDir()
{
    std::filesystem::path testDir(NS_TEST_SOURCEDIR);
    if (testDir.is_relative())
    {
        // walk up from the working directory until the relative path resolves
        for (auto dir = std::filesystem::current_path(); !dir.empty(); dir = dir.parent_path())
        {
            if (std::filesystem::exists(dir / testDir / ".." / "CMakeLists.txt"))
            {
                return (dir / testDir / "..").lexically_normal().string();
            }
            if (dir == dir.parent_path())
            {
                break;
            }
        }
        return "";
    }
    return (testDir / "..").lexically_normal().string();
}

/**
 * A fresh, empty directory for the files of one test (pcaps, CSV files).
 * \param name a name for the directory, unique among the tests
 * \return its path
 */
inline std::string
FreshTempDir(const std::string& name)
{
    auto dir = std::filesystem::temp_directory_path() / ("wlc-test-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

} // namespace wlctest
} // namespace ns3

#endif /* WLC_TEST_UTIL_H */
