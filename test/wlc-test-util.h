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

#include "ns3/mac48-address.h"
#include "ns3/test.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

/**
 * Like NS_TEST_ASSERT_MSG_EQ, but always leaves DoRun() on failure: the ns-3 runner continues
 * after a failed NS_TEST_ASSERT unless --stop-on-failure is given, and what follows would then
 * dereference a missing body or index past a short list.
 */
#define WLC_REQUIRE_EQ(actual, limit, msg)                                                         \
    do                                                                                             \
    {                                                                                              \
        if (!((actual) == (limit)))                                                                \
        {                                                                                          \
            NS_TEST_EXPECT_MSG_EQ(actual, limit, msg);                                             \
            return;                                                                                \
        }                                                                                          \
    } while (false)

/// Like NS_TEST_ASSERT_MSG_NE, but always leaves DoRun() on failure (see WLC_REQUIRE_EQ).
#define WLC_REQUIRE_NE(actual, limit, msg)                                                         \
    do                                                                                             \
    {                                                                                              \
        if ((actual) == (limit))                                                                   \
        {                                                                                          \
            NS_TEST_EXPECT_MSG_NE(actual, limit, msg);                                             \
            return;                                                                                \
        }                                                                                          \
    } while (false)

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

/**
 * Parse hex digits, independently of the module's own parsers (WpaCrypto::ParseHex), so that
 * expected images do not depend on the code under test.
 * \param text hex digits, spaces allowed
 * \return the bytes
 */
inline std::vector<uint8_t>
HexBytes(const std::string& text)
{
    std::vector<uint8_t> bytes;
    std::string digits;
    for (char c : text)
    {
        if (c != ' ')
        {
            digits.push_back(c);
        }
    }
    for (std::size_t i = 0; i + 1 < digits.size(); i += 2)
    {
        bytes.push_back(static_cast<uint8_t>(std::stoul(digits.substr(i, 2), nullptr, 16)));
    }
    return bytes;
}

/**
 * Format bytes for readable failures: compare HexString(actual) with HexString(expected) and
 * the test log shows both images.
 * \param bytes a byte image
 * \return it in hex, each byte followed by a space ("0a 1b ")
 */
inline std::string
HexString(const std::vector<uint8_t>& bytes)
{
    std::string text;
    char buffer[4];
    for (uint8_t b : bytes)
    {
        std::snprintf(buffer, sizeof(buffer), "%02x ", b);
        text += buffer;
    }
    return text;
}

/// \param text characters \return their bytes
inline std::vector<uint8_t>
TextBytes(const std::string& text)
{
    return std::vector<uint8_t>(text.begin(), text.end());
}

/// \param parts byte images \return their concatenation
inline std::vector<uint8_t>
ConcatBytes(std::initializer_list<std::vector<uint8_t>> parts)
{
    std::vector<uint8_t> all;
    for (const auto& part : parts)
    {
        all.insert(all.end(), part.begin(), part.end());
    }
    return all;
}

/// \param first first value \param count how many \return the bytes first, first + 1, ...
inline std::vector<uint8_t>
Sequence(uint8_t first, std::size_t count)
{
    std::vector<uint8_t> bytes(count);
    for (std::size_t i = 0; i < count; ++i)
    {
        bytes[i] = static_cast<uint8_t>(first + i);
    }
    return bytes;
}

/// \param mac a MAC address \return its 6 bytes
inline std::vector<uint8_t>
MacBytes(Mac48Address mac)
{
    std::vector<uint8_t> bytes(6);
    mac.CopyTo(bytes.data());
    return bytes;
}

/**
 * Split comma-separated text (RoamMonitor::WriteCsv) into cells, without unquoting.
 * \param csv the text
 * \return the cells of each line, header first; a trailing comma gives an empty last cell
 */
inline std::vector<std::vector<std::string>>
CsvCells(const std::string& csv)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(csv);
    std::string line;
    while (std::getline(lines, line))
    {
        std::vector<std::string> cells;
        std::istringstream cellStream(line);
        std::string cell;
        while (std::getline(cellStream, cell, ','))
        {
            cells.push_back(cell);
        }
        if (!line.empty() && line.back() == ',')
        {
            cells.emplace_back();
        }
        rows.push_back(cells);
    }
    return rows;
}

} // namespace wlctest
} // namespace ns3

#endif /* WLC_TEST_UTIL_H */
